import "server-only";
import { getDb } from "@/lib/db/client";
import { type CommitmentType, isStance } from "@/lib/domain/taxonomy";
import { startOfUtcDay } from "@/lib/positions/derive-intervals";
import { parseIsoDay } from "@/lib/dates/iso-day";
import { type MatrixCell, matrixCellSelect, standingAt, toMatrixCell } from "./get-matrix-at";

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
  const interval = await getDb().positionInterval.findFirst({
    where: { ...standingAt(day, recordedAt), countryCode: code.toUpperCase(), type },
    select: matrixCellSelect,
  });
  if (!interval || !isStance(interval.stance)) return null;
  return toMatrixCell({ ...interval, stance: interval.stance });
}
