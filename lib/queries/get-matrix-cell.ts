import "server-only";
import type { CommitmentType } from "@/lib/domain/taxonomy";
import { startOfUtcDay } from "@/lib/positions/derive-intervals";
import { parseIsoDay } from "@/lib/dates/iso-day";
import { type MatrixCell, readStandingCells } from "./get-matrix-at";

/**
 * One matrix cell at `asOf`: the position that stands for the country and type, with its
 * quote (as shown at `recordedAt` for a cited view). The matrix page ships no quotes; its
 * preview card asks for the one cell it opens.
 */
export async function getMatrixCell(
  code: string,
  type: CommitmentType,
  asOf: string,
  recordedAt: Date | null = null,
): Promise<MatrixCell | null> {
  const day = startOfUtcDay(parseIsoDay(asOf) ?? new Date());
  const [standing] = await readStandingCells({ day, recordedAt, countryCodes: [code.toUpperCase()], types: [type] });
  return standing?.cell ?? null;
}
