import { getMatrixOfView } from "@/lib/queries/get-matrix-of-view";
import { COMMITMENT_TYPE_INFO, type Stance } from "@/lib/domain/taxonomy";
import { BLOC_LABELS } from "@/lib/reference/countries";
import { renderSummaryPreview } from "@/lib/sharing/preview-image";
import { loadMatrixParams, resolveMatrixView } from "@/lib/view-state/view-params";

/** The preview card of a matrix view, with the page's parameters (a cited view's `v` included). */
export async function GET(request: Request): Promise<Response> {
  const view = resolveMatrixView(await loadMatrixParams(request));
  const { matrix } = await getMatrixOfView(view);
  const counts: Partial<Record<Stance, number>> = {};
  let positions = 0;
  for (const row of matrix.rows)
    for (const cell of Object.values(row.cells)) {
      if (!cell) continue;
      counts[cell.stance] = (counts[cell.stance] ?? 0) + 1;
      positions++;
    }
  const bloc = view.bloc;
  const scope = [
    view.types?.length ? view.types.map((type) => COMMITMENT_TYPE_INFO[type].shortLabel).join(", ") : "All guarantees",
    bloc ? BLOC_LABELS[bloc] : null,
    view.region ?? null,
  ]
    .filter(Boolean)
    .join(" · ");
  return renderSummaryPreview({
    title: "Who guarantees what for Ukraine",
    subtitle: `${scope}, as of ${matrix.asOf}`,
    counts,
    footnote: `${matrix.rows.length} countries and actors, ${positions} positions, each traced to a quoted statement`,
  });
}
