import "server-only";
import { getDb } from "@/lib/db/client";

/**
 * The whole position history, on both time axes, in a stable order, without row ids: what
 * the tests comparing incremental maintenance with `rebuildPositions` compare.
 */
export async function snapshotPositions() {
  return getDb().positionInterval.findMany({
    select: {
      countryCode: true,
      type: true,
      stance: true,
      condition: true,
      commitmentId: true,
      validFrom: true,
      validUntil: true,
      contested: true,
      isStanceChange: true,
      recordedFrom: true,
      recordedUntil: true,
    },
    orderBy: [{ countryCode: "asc" }, { type: "asc" }, { validFrom: "asc" }, { recordedFrom: "asc" }],
  });
}
