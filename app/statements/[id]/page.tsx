import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CopyLinkButton } from "@/components/copy-link-button";
import { StanceMark } from "@/components/stance-mark";
import { getStatementCached } from "@/lib/cache/cached-queries";
import { formatDay } from "@/lib/dates/iso-day";
import { COMMITMENT_TYPE_INFO } from "@/lib/domain/taxonomy";
import { shareMetadata } from "@/lib/sharing/page-metadata";
import { countryPath } from "@/lib/reference/countries";
import { quoteSentence } from "@/lib/text/quote";

type StatementPageProps = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: StatementPageProps): Promise<Metadata> {
  const statement = await getStatementCached((await params).id);
  if (!statement) return { title: "Statement not found" };
  const title = `${statement.speaker ?? statement.country.name}, ${formatDay(statement.statedOn)}`;
  return shareMetadata({
    title,
    description: statement.sentence,
    canonical: `/statements/${statement.id}`,
    image: `/og/statements/${statement.id}`,
    imageAlt: `${statement.country.name}: the quoted statement and the positions it supports`,
  });
}

/** The permalink of one quoted statement: the quote, who said it, where, and the positions it supports. */
export default async function StatementPage({ params }: StatementPageProps) {
  const statement = await getStatementCached((await params).id);
  if (!statement) notFound();
  return (
    <article className="max-w-3xl space-y-4" data-dark-ready>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <Link
          href={countryPath(statement.country.code)}
          className="text-sm text-slate-600 hover:underline dark:text-slate-300"
        >
          ← {statement.country.name}
        </Link>
        <CopyLinkButton />
      </div>
      <h1 className="sr-only">Statement by {statement.speaker ?? statement.country.name}</h1>
      <figure className="rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-700 dark:bg-slate-900">
        {statement.contextBefore ? (
          <details className="mb-2 text-sm text-slate-700 dark:text-slate-300" data-testid="context-before">
            <summary className="cursor-pointer">The sentence before</summary>
            <p className="mt-1 italic">{statement.contextBefore}</p>
          </details>
        ) : null}
        <blockquote
          className="border-l-4 border-slate-300 pl-3 text-lg dark:border-slate-600"
          data-testid="statement-quote"
        >
          {quoteSentence(statement.sentence)}
        </blockquote>
        <figcaption className="mt-2 text-sm text-slate-600 dark:text-slate-300">
          {statement.speaker ? <span className="font-medium">{statement.speaker}</span> : null}
          {statement.speaker ? ", " : ""}
          {statement.country.name}, {formatDay(statement.statedOn)} ·{" "}
          <Link href={`/articles/${statement.article.id}`} className="underline">
            {statement.article.outlet}: {statement.article.title}
          </Link>
          {statement.article.url ? (
            <>
              {" "}
              ·{" "}
              <a href={statement.article.url} className="underline" rel="noopener noreferrer">
                source
              </a>
            </>
          ) : null}
        </figcaption>
      </figure>
      {statement.commitments.length > 0 ? (
        <section aria-labelledby="supports-title">
          <h2 id="supports-title" className="font-medium">
            Positions this statement supports
          </h2>
          <ul className="mt-2 space-y-1 text-sm">
            {statement.commitments.map((commitment) => (
              <li key={commitment.id} className="flex flex-wrap items-center gap-2">
                <Link href={`${countryPath(statement.country.code)}#${commitment.type}`} className="underline">
                  {COMMITMENT_TYPE_INFO[commitment.type].label}
                </Link>
                <StanceMark stance={commitment.stance} showLabel />
                {commitment.condition ? <span>condition: {commitment.condition}</span> : null}
                {commitment.retracted ? (
                  <span className="font-medium text-rose-700 dark:text-rose-300">retracted</span>
                ) : null}
                {commitment.isStandingNow ? (
                  <span className="text-slate-600 dark:text-slate-300">(stands today)</span>
                ) : null}
                <Link href={`/commitments/${commitment.type}`} className="text-slate-700 underline dark:text-slate-300">
                  every country on {COMMITMENT_TYPE_INFO[commitment.type].shortLabel.toLowerCase()}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}
