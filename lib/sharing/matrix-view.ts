import { COMMITMENT_TYPES, type CommitmentType, type Stance, stanceOrder } from "@/lib/domain/taxonomy";
import { todayIsoDay } from "@/lib/dates/iso-day";
import type { Matrix, MatrixFilters, MatrixRow } from "@/lib/queries/get-matrix-at";
import { type Bloc, BLOCS } from "@/lib/reference/countries";

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
  region?: string;
  q?: string;
  sort?: "name" | "commitments" | CommitmentType;
}

export function asOfOfView(view: MatrixView, now: Date = new Date()): string {
  return view.at ?? view.date ?? todayIsoDay(now);
}

export function blocOfParam(param: MatrixView["bloc"]): Bloc | null {
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

/** Committed and conditional cells: what a country has pledged to do itself. */
function pledgeCount(row: MatrixRow): number {
  return Object.values(row.cells).filter(
    (cell) => cell && (cell.stance === "committed" || cell.stance === "conditional"),
  ).length;
}

/** Orders the rows of a matrix as the view asks (getMatrixAt returns them by name). */
export function sortMatrixRows(matrix: Matrix, view: Pick<MatrixView, "sort">): Matrix {
  let rows = matrix.rows;
  const byName = (a: MatrixRow, b: MatrixRow) => a.name.localeCompare(b.name, "en");
  const sort = view.sort ?? "name";
  if (sort === "commitments") {
    rows = [...rows].sort((a, b) => pledgeCount(b) - pledgeCount(a) || byName(a, b));
  } else if ((COMMITMENT_TYPES as readonly string[]).includes(sort)) {
    const type = sort as CommitmentType;
    const rank = (row: MatrixRow) => {
      const cell = row.cells[type];
      return cell ? stanceOrder(cell.stance) : Number.MAX_SAFE_INTEGER;
    };
    rows = [...rows].sort((a, b) => rank(a) - rank(b) || byName(a, b));
  }
  return { ...matrix, rows };
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
  if (view.region) params.set("region", view.region);
  if (view.q) params.set("q", view.q);
  if (view.sort && view.sort !== "name") params.set("sort", view.sort);
  const query = params.toString().replace(/%2C/g, ",");
  return query ? `?${query}` : "";
}
