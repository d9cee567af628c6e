import "server-only";
import { unstable_cache } from "next/cache";
import type { CommitmentType } from "@/lib/domain/taxonomy";
import { getAboutFacts } from "@/lib/queries/get-about-facts";
import { getCommitmentView } from "@/lib/queries/get-commitment-positions";
import { getCountryStance } from "@/lib/queries/get-country-stance";
import { getEarliestRecordDay } from "@/lib/queries/get-earliest-record";
import { getLatestChangeInstant } from "@/lib/queries/get-latest-change";
import { getMatrixAt, type MatrixFilters } from "@/lib/queries/get-matrix-at";
import { getMatrixCell } from "@/lib/queries/get-matrix-cell";
import { getPositionChanges } from "@/lib/queries/get-position-changes";
import { getStatement } from "@/lib/queries/get-statement";
import { searchStatements } from "@/lib/search/search-statements";
import { entryKeyOf } from "./entry-key";
import { onCacheExpiry, ReadsUnderWay } from "./reads-under-way";
import { reviveDates } from "./revive-dates";
import { CACHE_REVALIDATE_SECONDS, CACHE_TAGS } from "./tags";

/**
 * The views' data, cached in Next's data cache and tagged by what it shows
 * (lib/cache/tags.ts); lib/cache/invalidate.ts expires it when the data changes. The keys
 * are the functions' arguments (lib/cache/entry-key.ts), so each URL state has its own entry.
 * Entries live in this process's memory only (lib/cache/shared-cache-handler.mjs), never on
 * disk, so an entry made against one database cannot answer for another after a restart.
 */
function cached<Args extends unknown[], Result>(
  name: string,
  query: (...args: Args) => Promise<Result>,
  tagsOf: (...args: Args) => string[],
): (...args: Args) => Promise<Result> {
  return (...args) => {
    const key = entryKeyOf(name, args);
    // Callers that ask the same at once share one lookup (and, on a miss, one read).
    return underWay.join(key.join("\u0000"), async () => {
      let computed: Result | undefined;
      const value = await unstable_cache(async () => (computed = await query(...args)), key, {
        tags: tagsOf(...args),
        revalidate: CACHE_REVALIDATE_SECONDS,
      })();
      // A value computed by this call is handed back as it is, its dates still dates; only one read
      // back from the cache (JSON) needs them revived, which copies the whole value.
      return value === computed ? value : reviveDates(value);
    });
  };
}

const underWay = new ReadsUnderWay();
onCacheExpiry(() => underWay.forget());

// Each reader takes the instant of a cited view (`v`) or null for the live data: one function
// per view, live or pinned. A pinned entry never changes, but is expired with the rest.
export const getMatrixAtCached = cached(
  "matrix",
  (asOf: string, filters: MatrixFilters, recordedAt: Date | null = null) => getMatrixAt(asOf, filters, recordedAt),
  () => [CACHE_TAGS.positions],
);

export const getCommitmentViewCached = cached(
  "commitment",
  (type: CommitmentType, asOf: string, recordedAt: Date | null = null) => getCommitmentView(type, asOf, recordedAt),
  (type) => [CACHE_TAGS.positions, CACHE_TAGS.commitmentType(type)],
);

export const getMatrixCellCached = cached(
  "matrix-cell",
  (code: string, type: CommitmentType, asOf: string, recordedAt: Date | null = null) =>
    getMatrixCell(code, type, asOf, recordedAt),
  (code, type) => [CACHE_TAGS.positions, CACHE_TAGS.country(code), CACHE_TAGS.commitmentType(type)],
);

export const getPositionChangesCached = cached(
  "changes",
  (since: string, at: string, filters: Pick<MatrixFilters, "types">, recordedAt: Date | null = null) =>
    getPositionChanges(since, at, filters, recordedAt),
  () => [CACHE_TAGS.positions],
);

export const getCountryStanceCached = cached(
  "country",
  (code: string, asOf: string, recordedAt: Date | null = null) => getCountryStance(code.toUpperCase(), asOf, recordedAt),
  (code) => [CACHE_TAGS.positions, CACHE_TAGS.country(code)],
);

export const getStatementCached = cached("statement", (id: string) => getStatement(id), () => [
  CACHE_TAGS.statements,
  CACHE_TAGS.positions,
]);

/** What a citation pins: changes with every publish, correction and retraction. */
export const getLatestChangeInstantCached = cached(
  "latest-change",
  () => getLatestChangeInstant(),
  () => [CACHE_TAGS.positions, CACHE_TAGS.statements],
);


export const searchStatementsCached = cached(
  "search",
  (text: string) => searchStatements(text),
  () => [CACHE_TAGS.statements],
);

export const getAboutFactsCached = cached("about", () => getAboutFacts(), () => [CACHE_TAGS.positions]);

export const getEarliestRecordDayCached = cached(
  "earliest-record",
  () => getEarliestRecordDay(),
  () => [CACHE_TAGS.positions],
);
