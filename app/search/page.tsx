import type { Metadata } from "next";
import Link from "next/link";
import { CopyLinkButton } from "@/components/copy-link-button";
import { HighlightedText } from "@/components/highlighted-text";
import { formatDay } from "@/lib/dates/iso-day";
import { searchStatementsCached } from "@/lib/cache/cached-queries";
import { SEARCH_LIMIT } from "@/lib/search/search-statements";
import { countryPath } from "@/lib/reference/countries";
import { loadSearchParams } from "@/lib/view-state/view-params";
import { nestQuotationMarks } from "@/lib/text/quote";
import { StanceMark } from "@/components/stance-mark";
import { COMMITMENT_TYPE_INFO, COMMITMENT_TYPES } from "@/lib/domain/taxonomy";

export const metadata: Metadata = { title: "Search statements" };

export default async function SearchPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { q } = await loadSearchParams(searchParams);
  const query = q.trim().slice(0, 200);
  const hits = query ? await searchStatementsCached(query) : [];
  return (
    <div className="max-w-3xl space-y-4" data-dark-ready>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-semibold tracking-tight">Search statements</h1>
        <CopyLinkButton />
      </div>
      <form role="search" action="/search" className="flex gap-2">
        <label htmlFor="search-q" className="sr-only">
          Words in a statement, a speaker or an article title
        </label>
        <input
          id="search-q"
          type="search"
          name="q"
          defaultValue={query}
          placeholder="e.g. peacekeepers, Starmer, Black Sea"
          className="min-w-0 flex-1 rounded border border-slate-300 bg-white px-3 py-2 dark:border-slate-600 dark:bg-slate-900"
        />
        <button
          type="submit"
          className="rounded bg-slate-900 px-4 py-2 text-white dark:bg-slate-100 dark:text-slate-900"
        >
          Search
        </button>
      </form>
      {query ? (
        <p className="text-sm text-slate-600 dark:text-slate-300" aria-live="polite">
          {hits.length === 0
            ? `No statement matches “${query}”.`
            : `${hits.length}${hits.length === SEARCH_LIMIT ? "+" : ""} statement${hits.length === 1 ? "" : "s"} match “${query}”.`}
        </p>
      ) : null}
      {query ? null : <CommitmentTypeLinks />}
      <ol className="space-y-3" data-testid="search-results">
        {hits.map((hit) => (
          <li
            key={hit.statementId}
            className="rounded-lg border border-slate-200 bg-white p-3 dark:border-slate-700 dark:bg-slate-900"
          >
            <blockquote className="text-sm">
              <Link href={`/statements/${hit.statementId}`} className="hover:underline">
                “<HighlightedText text={nestQuotationMarks(hit.sentence)} />”
              </Link>
            </blockquote>
            <p className="mt-1 text-xs text-slate-600 dark:text-slate-300">
              {hit.speaker ? (
                <>
                  <HighlightedText text={hit.speaker} />,{" "}
                </>
              ) : null}
              <Link href={countryPath(hit.countryCode)} className="underline">
                {hit.countryName}
              </Link>
              , {formatDay(hit.statedOn)} ·{" "}
              <Link href={`/articles/${hit.articleId}`} className="underline">
                {hit.outlet}: <HighlightedText text={hit.title} />
              </Link>
            </p>
            {hit.commitments.length > 0 ? (
              <ul className="mt-2 flex flex-wrap gap-x-3 gap-y-1 text-xs" aria-label="What it says">
                {hit.commitments.map((commitment) => (
                  <li key={commitment.type} className="inline-flex items-center gap-1">
                    <Link href={`/commitments/${commitment.type}`} className="underline">
                      {COMMITMENT_TYPE_INFO[commitment.type].label}
                    </Link>
                    <StanceMark stance={commitment.stance} showLabel />
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ol>
    </div>
  );
}

/** Before a search: every guarantee's own page (all countries' stances on it, with its map). */
function CommitmentTypeLinks() {
  return (
    <nav aria-labelledby="browse-types" className="text-sm">
      <h2 id="browse-types" className="font-medium">
        Or browse by guarantee
      </h2>
      <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
        {COMMITMENT_TYPES.map((type) => (
          <li key={type}>
            <Link href={`/commitments/${type}`} className="underline">
              {COMMITMENT_TYPE_INFO[type].label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
