/**
 * The URL contract of every analyst view, declared once per page as a nuqs parser map. The
 * server reads a page's parameters with its loader, links are built with its serializer,
 * and the client controls write them with `useQueryStates(map)`. A garbled or unknown value
 * parses to null and falls back to its default, so a mistyped permalink still shows a page.
 * Other views (downloads, API, feeds, embeds) reuse these maps to accept the same parameters.
 */
import {
  createLoader,
  createParser,
  createSerializer,
  parseAsArrayOf,
  parseAsString,
  parseAsStringLiteral,
} from "nuqs/server";
import { parseIsoDay, todayIsoDay } from "@/lib/dates/iso-day";
import { COMMITMENT_TYPES, type CommitmentType, STANCES, type Stance } from "@/lib/domain/taxonomy";
import { BLOCS, type Bloc } from "@/lib/reference/countries";
import { parsePinnedInstant } from "./pinned";

/** A calendar day, YYYY-MM-DD; anything else (including impossible dates) parses to null. */
export const parseAsIsoDay = createParser({
  parse: (value: string) => (parseIsoDay(value) ? value : null),
  serialize: (value: string) => value,
});

/**
 * `v`, the recorded instant a cited view pins (lib/view-state/pinned.ts): every view that
 * shows positions reads it, so a cited page, its download, its API answer and its embed
 * show the same thing.
 */
export const parseAsPinnedInstant = createParser<Date>({
  parse: (value: string) => parsePinnedInstant(value),
  serialize: (instant: Date) => instant.toISOString(),
  eq: (a: Date, b: Date) => a.getTime() === b.getTime(),
});

/** The URL spells blocs in lower case (`?bloc=nato`); the domain's keys are EU, NATO, CoW, G7. */
export const parseAsBloc = createParser<Bloc>({
  parse: (value: string) => BLOCS.find((bloc) => bloc.toLowerCase() === value.toLowerCase()) ?? null,
  serialize: (bloc: Bloc) => bloc.toLowerCase(),
});

/** A country's or actor's code (`fr`, `nato`), in any case; upper-cased as the database keys it. */
export const parseAsCountryCode = createParser({
  parse: (value: string) => (/^[A-Za-z]{2,4}$/.test(value) ? value.toUpperCase() : null),
  serialize: (code: string) => code.toLowerCase(),
});

export const REGIONS = ["Africa", "Americas", "Asia", "Europe", "Oceania"] as const;
export type Region = (typeof REGIONS)[number];

export const parseAsRegion = createParser<Region>({
  parse: (value: string) => REGIONS.find((region) => region.toLowerCase() === value.toLowerCase()) ?? null,
  serialize: (region: Region) => region.toLowerCase(),
});

export const MATRIX_SORTS = ["name", "commitments", ...COMMITMENT_TYPES] as const;
export type MatrixSort = (typeof MATRIX_SORTS)[number];

/** `/`: the matrix. `date` is the name `at` had before; old links keep working. */
export const matrixParams = {
  at: parseAsIsoDay,
  date: parseAsIsoDay,
  since: parseAsIsoDay,
  types: parseAsArrayOf(parseAsStringLiteral(COMMITMENT_TYPES)).withDefault([]),
  stances: parseAsArrayOf(parseAsStringLiteral(STANCES)).withDefault([]),
  bloc: parseAsBloc,
  region: parseAsRegion,
  q: parseAsString.withDefault(""),
  sort: parseAsStringLiteral(MATRIX_SORTS).withDefault("name"),
  v: parseAsPinnedInstant,
};

/** `/countries/[code]`. */
export const countryParams = { at: parseAsIsoDay, date: parseAsIsoDay, v: parseAsPinnedInstant };

/** `/commitments/[type]`. */
export const commitmentParams = { at: parseAsIsoDay, date: parseAsIsoDay, v: parseAsPinnedInstant };

/** `/api/cell-preview`: the quote card of one matrix cell, fetched when the cell is hovered, focused or tapped. */
export const cellPreviewParams = {
  country: parseAsCountryCode,
  type: parseAsStringLiteral(COMMITMENT_TYPES),
  at: parseAsIsoDay,
  v: parseAsPinnedInstant,
};

/** `/search`. */
export const searchParams = { q: parseAsString.withDefault("") };

export const loadMatrixParams = createLoader(matrixParams);
export const loadCountryParams = createLoader(countryParams);
export const loadCommitmentParams = createLoader(commitmentParams);
export const loadSearchParams = createLoader(searchParams);
export const loadCellPreviewParams = createLoader(cellPreviewParams);

export const serializeMatrixParams = createSerializer(matrixParams);
export const serializeCountryParams = createSerializer(countryParams);
export const serializeCellPreviewParams = createSerializer(cellPreviewParams);

/** The day a view shows: `at` (or the legacy `date`) when it is a past day, otherwise today. */
export function resolveViewDay(
  params: { at: string | null; date: string | null },
  now: Date = new Date(),
): { asOf: string; isToday: boolean } {
  const today = todayIsoDay(now);
  const requested = params.at ?? params.date;
  if (!requested || requested >= today) return { asOf: today, isToday: true };
  return { asOf: requested, isToday: false };
}

/** A one-day view (a country, a commitment type): its day, and the recorded instant it pins, if any. */
export interface DayView {
  asOf: string;
  isToday: boolean;
  pinnedAt: Date | null;
}

export function resolveDayView(
  params: { at: string | null; date: string | null; v: Date | null },
  now: Date = new Date(),
): DayView {
  return { ...resolveViewDay(params, now), pinnedAt: params.v };
}

/** The matrix's state after defaults and legacy names are applied: what the page renders and links keep. */
export interface MatrixView {
  asOf: string;
  isToday: boolean;
  /** Only a day before `asOf` compares; anything else means no comparison. */
  since: string | null;
  types: CommitmentType[];
  stances: Stance[];
  bloc: Bloc | null;
  region: Region | null;
  q: string;
  sort: MatrixSort;
  /** A cited view (`v=`): the recorded instant whose data it shows; null for the live data. */
  pinnedAt: Date | null;
}

export function resolveMatrixView(params: Awaited<ReturnType<typeof loadMatrixParams>>, now = new Date()): MatrixView {
  const { asOf, isToday } = resolveViewDay(params, now);
  return {
    asOf,
    isToday,
    since: params.since && params.since < asOf ? params.since : null,
    types: [...new Set(params.types)].sort((a, b) => COMMITMENT_TYPES.indexOf(a) - COMMITMENT_TYPES.indexOf(b)),
    stances: [...new Set(params.stances)].sort((a, b) => STANCES.indexOf(a) - STANCES.indexOf(b)),
    bloc: params.bloc,
    region: params.region,
    q: params.q.trim().slice(0, 80),
    sort: params.sort,
    pinnedAt: params.v,
  };
}

/**
 * The canonical query string of a matrix view (defaults left out, `date` written as `at`).
 * It never carries the pin: links from a view go to the live data unless they add it (withPin).
 */
export function matrixQueryOf(view: MatrixView, changes: Partial<MatrixView> = {}): string {
  const next = { ...view, ...changes };
  return serializeMatrixParams({
    at: next.isToday && changes.asOf === undefined ? null : next.asOf,
    since: next.since,
    types: next.types,
    stances: next.stances,
    bloc: next.bloc,
    region: next.region,
    q: next.q,
    sort: next.sort,
  });
}

/** The query string that keeps a view's day when linking to another view (`?at=`, or nothing for today). */
export function dayQueryOf(asOf: string, isToday: boolean): string {
  return isToday ? "" : serializeCountryParams({ at: asOf });
}
