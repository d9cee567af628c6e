import type { MatrixFilters } from "@/lib/queries/get-matrix-at";
import {
  type DayView,
  loadCommitmentParams,
  loadCountryParams,
  loadMatrixParams,
  type MatrixView,
  resolveDayView,
  resolveMatrixView,
} from "@/lib/view-state/view-params";

/**
 * The views as the API, the downloads and the embeds read them: with the pages' own parser
 * maps (lib/view-state/view-params.ts), so every parameter, `v` included, means what it
 * means on the page. The API validates the same parameters strictly first (its zod schemas
 * answer 400 naming a garbled one); what a valid URL means is decided here, once.
 */
export function matrixViewOf(searchParams: URLSearchParams, now: Date = new Date()): MatrixView {
  return resolveMatrixView(loadMatrixParams(searchParams), now);
}

export function countryViewOf(searchParams: URLSearchParams, now: Date = new Date()): DayView {
  return resolveDayView(loadCountryParams(searchParams), now);
}

export function commitmentViewOf(searchParams: URLSearchParams, now: Date = new Date()): DayView {
  return resolveDayView(loadCommitmentParams(searchParams), now);
}

/** The filters of a matrix view, as the read model (getMatrixAt, live or at a recorded instant) takes them. */
export function matrixFiltersOf(view: MatrixView): MatrixFilters {
  return { types: view.types, stances: view.stances, bloc: view.bloc, region: view.region, q: view.q };
}
