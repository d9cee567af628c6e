import Link from "next/link";
import { formatDay } from "@/lib/dates/iso-day";
import type { CountryCommitment } from "@/lib/queries/get-country-stance";
import { quoteSentence } from "@/lib/text/quote";

/**
 * The quoted sentence behind a commitment, with who said it and where it was published. The
 * quote leads to its statement's page and the byline to the article in the tracker (with the
 * quote marked in its text), so every quote reaches its source even when the outlet gave no
 * address; the sentence before, when the page knows it, opens on demand.
 */
export function EvidenceQuote({ commitment }: { commitment: CountryCommitment }) {
  const { article } = commitment;
  return (
    <figure className="space-y-1">
      <blockquote className="border-l-4 border-slate-300 pl-3 text-slate-800 dark:border-slate-600 dark:text-slate-100">
        <Link
          href={`/statements/${commitment.statementId}`}
          className="decoration-slate-400 underline-offset-2 hover:underline"
          data-testid="quote-link"
        >
          {quoteSentence(commitment.sentence)}
        </Link>
      </blockquote>
      {commitment.contextBefore ? (
        <details className="pl-4 text-xs text-slate-700 dark:text-slate-300" data-testid="context-before">
          <summary className="cursor-pointer">The sentence before</summary>
          <p className="mt-1 italic">{commitment.contextBefore}</p>
        </details>
      ) : null}
      <figcaption className="text-xs text-slate-600 dark:text-slate-300">
        {commitment.speaker ? (
          <span className="font-medium text-slate-800 dark:text-slate-100">{commitment.speaker}</span>
        ) : null}
        {commitment.speaker ? ", " : null}
        {formatDay(commitment.statedOn)} ·{" "}
        {/* A full load (not a client transition), so that the article page lands on the quote's card. */}
        <a
          href={`/articles/${article.id}#statement-${commitment.statementId}`}
          className="underline hover:text-slate-900 dark:hover:text-white"
          data-testid="article-link"
        >
          {article.outlet}: {article.title}
        </a>
        {article.url ? (
          <>
            {" · "}
            <a
              href={article.url}
              className="underline hover:text-slate-900 dark:hover:text-white"
              rel="noopener noreferrer"
              target="_blank"
            >
              original
            </a>
          </>
        ) : null}
      </figcaption>
    </figure>
  );
}
