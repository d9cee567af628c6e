import type { CommitmentType, Stance } from "@/lib/domain/taxonomy";
import { sortMatrixRows as sortRows } from "@/lib/positions/matrix-summary";
import { todayIsoDay } from "@/lib/dates/iso-day";
import type { Matrix, MatrixFilters } from "@/lib/queries/get-matrix-at";
import { type Bloc, BLOCS } from "@/lib/reference/countries";
import type { Region } from "@/lib/view-state/view-params";

/**
 * A matrix view as the API, the downloads and the embeds read it: the page's URL parameters
 * after validation. The filters go to getMatrixAt (the position read model); the order
 * applies to the rows it returns.
 */
export interface MatrixView {
  at?: string;
  date?: string;
  since?: string;
  types?: CommitmentType[];
  stances?: Stance[];
  bloc?: "eu" | "nato" | "cow" | "g7";
  region?: Region;
  q?: string;
  sort?: "name" | "commitments" | CommitmentType;
}

export function asOfOfView(view: MatrixView, now: Date = new Date()): string {
  return view.at ?? view.date ?? todayIsoDay(now);
}

function blocOfParam(param: MatrixView["bloc"]): Bloc | null {
  if (!param) return null;
  return BLOCS.find((bloc) => bloc.toLowerCase() === param) ?? null;
}

export function matrixFiltersOfView(view: MatrixView): MatrixFilters {
  return {
    types: view.types,
    stances: view.stances,
    bloc: blocOfParam(view.bloc),
    region: view.region ?? null,
    q: view.q ?? null,
  };
}

/** Orders the rows of a matrix as the view asks, by the page's own rule (getMatrixAt returns them by name). */
export function sortMatrixRows(matrix: Matrix, view: Pick<MatrixView, "sort">): Matrix {
  return { ...matrix, rows: sortRows(matrix.rows, view.sort ?? "name") };
}

/** The query string of a view, with only the parameters set (for links, downloads, embeds). */
export function matrixViewQuery(view: MatrixView): string {
  const params = new URLSearchParams();
  const at = view.at ?? view.date;
  if (at) params.set("at", at);
  if (view.since) params.set("since", view.since);
  if (view.types?.length) params.set("types", view.types.join(","));
  if (view.stances?.length) params.set("stances", view.stances.join(","));
  if (view.bloc) params.set("bloc", view.bloc);
  if (view.region) params.set("region", view.region.toLowerCase());
  if (view.q) params.set("q", view.q);
  if (view.sort && view.sort !== "name") params.set("sort", view.sort);
  const query = params.toString().replace(/%2C/g, ",");
  return query ? `?${query}` : "";
}
