import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ArticleText } from "@/components/article-text";
import { CorrectCommitmentForm, RetractArticleForm } from "@/components/correction-forms";
import { StanceBadge } from "@/components/stance-badge";
import { getSessionUser } from "@/lib/auth/session";
import { COMMITMENT_TYPE_INFO } from "@/lib/domain/taxonomy";
import { formatDay } from "@/lib/dates/iso-day";
import { getArticle } from "@/lib/queries/get-article";
import { countryPath } from "@/lib/reference/countries";
import { quoteSentence } from "@/lib/text/quote";
import { statementCards } from "@/lib/queries/statement-cards";

type ArticlePageProps = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const getArticleCached = cache(getArticle);

export async function generateMetadata({ params }: ArticlePageProps): Promise<Metadata> {
  const article = await getArticleCached((await params).id);
  if (!article) return { title: "Article not found" };
  return {
    title: article.title,
    description: `${article.outlet}, ${formatDay(article.publishedOn)}`,
    alternates: { canonical: `/articles/${article.id}` },
  };
}

/** Wraps a card in one element per statement id, so that `#statement-<id>` of each lands on the card. */
function StatementAnchors({ ids, children }: { ids: string[]; children: React.ReactNode }) {
  return ids.reduceRight<React.ReactNode>(
    (inner, id) => (
      <div id={`statement-${id}`} className="scroll-mt-4">
        {inner}
      </div>
    ),
    children,
  );
}

export default async function ArticlePage({ params, searchParams }: ArticlePageProps) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const [article, user] = await Promise.all([getArticleCached(id), getSessionUser()]);
  if (!article) notFound();
  const isEditor = user !== null;
  // Readers see what the tracker decided a statement says; editors also see the proposals
  // left undecided or rejected at review, marked, to correct them.
  const shown = article.statements
    .map((statement) => ({
      ...statement,
      commitments: isEditor
        ? statement.commitments
        : statement.commitments.filter((commitment) => commitment.reviewState === "accepted"),
    }))
    .filter((statement) => statement.commitments.length > 0);
  const cards = statementCards(shown);

  return (
    <article className="mx-auto max-w-4xl space-y-5">
      {query.published ? (
        <p
          className="rounded border border-emerald-300 bg-emerald-50 p-3 text-sm text-emerald-900"
          data-testid="published-banner"
        >
          Published. The accepted positions are now in the matrix.
        </p>
      ) : null}
      {query.duplicate ? (
        <p className="rounded border border-sky-300 bg-sky-50 p-3 text-sm text-sky-900" data-testid="duplicate-banner">
          This article is already in the tracker: here it is. Nothing was added twice.
        </p>
      ) : null}
      {article.retractedAt ? (
        <p
          className="rounded border border-rose-300 bg-rose-50 p-3 text-sm text-rose-900"
          data-testid="retracted-banner"
        >
          Retracted on {formatDay(article.retractedAt)}: {article.retractedNote}. Its positions are not in the matrix.
        </p>
      ) : null}
      <header>
        <h1 className="text-2xl font-semibold tracking-tight">{article.title}</h1>
        <p className="text-sm text-slate-600">
          {article.outlet} · {formatDay(article.publishedOn)}
          {article.url ? (
            <>
              {" · "}
              <a href={article.url} className="underline" rel="noopener noreferrer" target="_blank">
                original
              </a>
            </>
          ) : null}
        </p>
      </header>

      <section aria-label="Statements" className="space-y-3">
        <h2 className="text-lg font-medium">Statements</h2>
        {cards.length === 0 ? (
          <p className="text-sm text-slate-600">No statements were recorded from this article.</p>
        ) : null}
        {cards.map((card) => (
          // One card per sentence; each of its statements (one per country) keeps its own anchor.
          <StatementAnchors key={card.statements[0]!.id} ids={card.statements.map((statement) => statement.id)}>
            <div className="rounded-lg border border-slate-200 bg-white p-3" data-testid="statement">
              <blockquote className="border-l-4 border-slate-300 pl-3">{quoteSentence(card.sentence)}</blockquote>
              <p className="mt-1 text-xs text-slate-600">
                {card.bylines.join("; ")} ·{" "}
                {card.statements.map((statement, index) => (
                  <span key={statement.id}>
                    {index > 0 ? ", " : null}
                    <Link href={`/statements/${statement.id}`} className="underline">
                      {card.statements.length > 1 ? `permalink (${statement.countryName})` : "permalink"}
                    </Link>
                  </span>
                ))}
              </p>
              <ul className="mt-2 space-y-2">
                {card.statements
                  .flatMap((statement) => statement.commitments)
                  .map((commitment) => (
                    <li
                      key={commitment.id}
                      data-testid="commitment"
                      data-country={commitment.countryCode}
                      data-commitment={commitment.type}
                    >
                      <div className="flex flex-wrap items-center gap-2 text-sm">
                        {/* The position this statement supports: the country's cell for the type. */}
                        <Link
                          href={`${countryPath(commitment.countryCode)}#${commitment.type}`}
                          className="font-medium hover:underline"
                          data-testid="position-link"
                        >
                          {commitment.countryName} · {COMMITMENT_TYPE_INFO[commitment.type].label}
                        </Link>
                        <StanceBadge stance={commitment.stance} />
                        {commitment.condition ? (
                          <span className="text-slate-600">condition: {commitment.condition}</span>
                        ) : null}
                        {commitment.reviewState !== "accepted" ? (
                          <span className="text-xs uppercase text-slate-600">{commitment.reviewState}</span>
                        ) : null}
                        {commitment.retractedAt ? (
                          <span className="text-xs uppercase text-rose-700">retracted</span>
                        ) : null}
                      </div>
                      {isEditor && !commitment.retractedAt && !article.retractedAt ? (
                        <CorrectCommitmentForm commitment={commitment} />
                      ) : null}
                    </li>
                  ))}
              </ul>
            </div>
          </StatementAnchors>
        ))}
      </section>

      <section aria-label="Full text">
        <h2 className="text-lg font-medium">Full text</h2>
        <ArticleText body={article.body} statements={shown} />
      </section>
      {isEditor && !article.retractedAt ? <RetractArticleForm articleId={article.id} /> : null}
    </article>
  );
}
