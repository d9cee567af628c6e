import "server-only";
import { sortMatrixRows } from "@/lib/positions/matrix-summary";
import { matrixFiltersOf } from "@/lib/sharing/matrix-view";
import type { MatrixView } from "@/lib/view-state/view-params";
import { getMatrixAsShown, getPositionChangesAsRecorded } from "./get-matrix-as-recorded";
import type { Matrix } from "./get-matrix-at";
import { getPositionChanges, type PositionChange } from "./get-position-changes";

export interface MatrixOfView {
  /** The rows the view shows, in its order. */
  matrix: Matrix;
  /** With `since`: the shown cells whose stance changed after that day; otherwise empty. */
  changes: PositionChange[];
}

/**
 * What one matrix view shows, for the page, its downloads, its API answer and its embed
 * alike: the filtered matrix at the view's day (as recorded at `v` for a cited view), in the
 * view's order, and the changes since `since` among the cells shown.
 */
export async function getMatrixOfView(view: MatrixView): Promise<MatrixOfView> {
  const filters = matrixFiltersOf(view);
  const [matrix, allChanges] = await Promise.all([
    getMatrixAsShown(view.asOf, filters, view.pinnedAt),
    !view.since
      ? Promise.resolve([])
      : view.pinnedAt
        ? getPositionChangesAsRecorded(view.since, view.asOf, view.pinnedAt, { types: view.types })
        : getPositionChanges(view.since, view.asOf, { types: view.types }),
  ]);
  const shown = new Set(matrix.rows.map((row) => row.code));
  const changes = allChanges.filter(
    (change) => shown.has(change.countryCode) && (view.stances.length === 0 || view.stances.includes(change.to.stance)),
  );
  return { matrix: { ...matrix, rows: sortMatrixRows(matrix.rows, view.sort) }, changes };
}
