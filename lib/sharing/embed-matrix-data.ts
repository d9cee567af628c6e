/**
 * The matrix as its embed (/embed/matrix) hands it to its table (components/embed-matrix-table.tsx,
 * a client component): per row the code, the name and per shown type the stance and the line of
 * evidence its title shows (the quote, its outlet and day). Drawn by a server component, each
 * quote was in the page twice, in the HTML and again in the RSC payload that repeats the element
 * tree: 4 MB decoded and 129 KB gzip at 200,000 statements. Packed, each quote travels once, as
 * these props; the table puts it in the cell's title once the page is hydrated.
 */
import { formatDay } from "@/lib/dates/iso-day";
import type { CommitmentType, Stance } from "@/lib/domain/taxonomy";
import { quoteSentence } from "@/lib/text/quote";

/** A cell: its stance and its evidence line (“quote” (outlet, day)). */
export type PackedEmbedCell = readonly [stance: Stance, evidence: string];

/** A row: code, name, and per type of `types` (in order) its cell, or 0 where it has none. */
export type PackedEmbedRow = readonly [code: string, name: string, cells: readonly (PackedEmbedCell | 0)[]];

export interface EmbedMatrixData {
  types: readonly CommitmentType[];
  rows: readonly PackedEmbedRow[];
}

interface RowOfMatrix {
  code: string;
  name: string;
  cells: Partial<Record<CommitmentType, { stance: Stance; sentence: string; outlet: string; statedOn: Date }>>;
}

/** The evidence line of a cell, as its title shows it. */
export function embedEvidence(cell: { sentence: string; outlet: string; statedOn: Date }): string {
  return `${quoteSentence(cell.sentence)} (${cell.outlet}, ${formatDay(cell.statedOn)})`;
}

export function packEmbedMatrix(rows: readonly RowOfMatrix[], types: readonly CommitmentType[]): EmbedMatrixData {
  return {
    types,
    rows: rows.map((row) => [
      row.code,
      row.name,
      types.map((type) => {
        const cell = row.cells[type];
        return cell ? ([cell.stance, embedEvidence(cell)] as const) : 0;
      }),
    ]),
  };
}
