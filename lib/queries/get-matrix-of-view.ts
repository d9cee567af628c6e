import "server-only";
import { sortMatrixRows } from "@/lib/positions/matrix-summary";
import { matrixFiltersOf } from "@/lib/sharing/matrix-view";
import type { MatrixView } from "@/lib/view-state/view-params";
import { getMatrixAt, type Matrix, type MatrixFilters } from "./get-matrix-at";
import { getPositionChanges, type PositionChange } from "./get-position-changes";

export interface MatrixOfView {
  /** The rows the view shows, in its order. */
  matrix: Matrix;
  /** With `since`: the shown cells whose stance changed after that day; otherwise empty. */
  changes: PositionChange[];
}

/**
 * How the data is read, live or as recorded at a cited view's instant; a page passes the
 * cached readers (lib/cache/cached-queries.ts), which wrap these same functions.
 */
export interface MatrixReaders {
  matrixAt: (asOf: string, filters: MatrixFilters, recordedAt: Date | null) => Promise<Matrix>;
  changes: (
    since: string,
    at: string,
    filters: Pick<MatrixFilters, "types">,
    recordedAt: Date | null,
  ) => Promise<PositionChange[]>;
}

const UNCACHED: MatrixReaders = { matrixAt: getMatrixAt, changes: getPositionChanges };

/**
 * What one matrix view shows, for the page, its downloads, its API answer and its embed
 * alike: the filtered matrix at the view's day (as recorded at `v` for a cited view), in the
 * view's order, and the changes since `since` among the cells shown.
 */
export async function getMatrixOfView(view: MatrixView, read: MatrixReaders = UNCACHED): Promise<MatrixOfView> {
  const filters = matrixFiltersOf(view);
  const [matrix, allChanges] = await Promise.all([
    read.matrixAt(view.asOf, filters, view.pinnedAt),
    view.since ? read.changes(view.since, view.asOf, { types: view.types }, view.pinnedAt) : Promise.resolve([]),
  ]);
  const shown = new Set(matrix.rows.map((row) => row.code));
  const changes = allChanges.filter(
    (change) => shown.has(change.countryCode) && (view.stances.length === 0 || view.stances.includes(change.to.stance)),
  );
  return { matrix: { ...matrix, rows: sortMatrixRows(matrix.rows, view.sort) }, changes };
}
