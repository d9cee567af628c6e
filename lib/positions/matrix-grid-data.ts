/**
 * The matrix as the page hands it to its grid (components/matrix-grid.tsx, a client
 * component): per row the code, the name and one packed cell per shown type. The grid is
 * rendered to HTML on the server and its props travel once more in the page's RSC payload;
 * sent as the element tree of a server component, the full matrix (250 rows x 11 types) was
 * about 2 MB of that payload, twice the HTML. Packed, it is a tenth of it.
 */
import { formatDay } from "@/lib/dates/iso-day";
import type { CommitmentType, Stance } from "@/lib/domain/taxonomy";
import { countStancesPerType } from "./matrix-summary";

/** Marks on a packed cell, as bits. */
export const CELL_CONTESTED = 1;
export const CELL_CHANGED = 2;

/** A cell: its stance, the day of its standing statement as the page shows it, its marks. */
export type PackedMatrixCell = readonly [stance: Stance, day: string, marks: number];

/** A row: code, name, and per type of `types` (in order) its cell, or 0 where it has none. */
export type PackedMatrixRow = readonly [code: string, name: string, cells: readonly (PackedMatrixCell | 0)[]];

export interface MatrixGridData {
  types: readonly CommitmentType[];
  rows: readonly PackedMatrixRow[];
  /** Per type, how many rows have each stance (the header's counts). */
  counts: Record<CommitmentType, Partial<Record<Stance, number>>>;
}

interface RowOfMatrix {
  code: string;
  name: string;
  cells: Partial<Record<CommitmentType, { stance: Stance; statedOn: Date; contested: boolean }>>;
}

/** The key of a changed cell in `changed`: `CODE|type`. */
export function changedCellKey(code: string, type: CommitmentType): string {
  return `${code}|${type}`;
}

export function packMatrixGrid(
  rows: readonly RowOfMatrix[],
  types: readonly CommitmentType[],
  changed: ReadonlySet<string>,
): MatrixGridData {
  return {
    types,
    rows: rows.map((row) => [
      row.code,
      row.name,
      types.map((type) => {
        const cell = row.cells[type];
        if (!cell) return 0;
        const marks =
          (cell.contested ? CELL_CONTESTED : 0) | (changed.has(changedCellKey(row.code, type)) ? CELL_CHANGED : 0);
        return [cell.stance, formatDay(cell.statedOn), marks] as const;
      }),
    ]),
    counts: countStancesPerType(rows, types),
  };
}
