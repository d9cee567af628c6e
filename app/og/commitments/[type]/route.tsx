import { COMMITMENT_TYPE_INFO, isCommitmentType, type Stance } from "@/lib/domain/taxonomy";
import { getCommitmentView } from "@/lib/queries/get-commitment-positions";
import { renderSummaryPreview } from "@/lib/sharing/preview-image";
import { loadCommitmentParams, resolveDayView } from "@/lib/view-state/view-params";

/** A commitment type's preview card at the view's day, as recorded at a cited view's `v` when it has one. */
export async function GET(request: Request, { params }: { params: Promise<{ type: string }> }): Promise<Response> {
  const { type } = await params;
  if (!isCommitmentType(type)) return new Response("Unknown commitment type.", { status: 404 });
  const { asOf, pinnedAt } = resolveDayView(await loadCommitmentParams(request));
  const matrix = await getCommitmentView(type, asOf, pinnedAt);
  const counts: Partial<Record<Stance, number>> = {};
  for (const row of matrix.rows) {
    const cell = row.cells[type];
    if (cell) counts[cell.stance] = (counts[cell.stance] ?? 0) + 1;
  }
  const info = COMMITMENT_TYPE_INFO[type];
  return renderSummaryPreview({
    title: info.label,
    subtitle: `Who stands where, as of ${asOf}`,
    counts,
    footnote: info.description,
  });
}
