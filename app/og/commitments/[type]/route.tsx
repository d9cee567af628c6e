import { COMMITMENT_TYPE_INFO, isCommitmentType, type Stance } from "@/lib/domain/taxonomy";
import { getMatrixAt } from "@/lib/queries/get-matrix-at";
import { renderSummaryPreview } from "@/lib/sharing/preview-image";
import { loadCommitmentParams, resolveViewDay } from "@/lib/view-state/view-params";

export async function GET(request: Request, { params }: { params: Promise<{ type: string }> }): Promise<Response> {
  const { type } = await params;
  if (!isCommitmentType(type)) return new Response("Unknown commitment type.", { status: 404 });
  const { asOf } = resolveViewDay(await loadCommitmentParams(request));
  const matrix = await getMatrixAt(asOf, { types: [type] });
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
