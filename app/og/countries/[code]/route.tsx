import { getCountryStanceOfView } from "@/lib/queries/get-country-stance";
import { standingStancesOf } from "@/lib/positions/country-answer";
import { renderCountryPreview } from "@/lib/sharing/preview-image";
import { loadCountryParams, resolveDayView } from "@/lib/view-state/view-params";

/** A country's preview card at the view's day, as recorded at a cited view's `v` when it has one. */
export async function GET(request: Request, { params }: { params: Promise<{ code: string }> }): Promise<Response> {
  const { code } = await params;
  const view = resolveDayView(await loadCountryParams(request));
  const { asOf } = view;
  const stance = await getCountryStanceOfView(code, view);
  if (!stance) return new Response("Unknown country or actor code.", { status: 404 });
  return renderCountryPreview({
    code: stance.code,
    name: stance.name,
    dateLabel: `as of ${asOf}`,
    positions: standingStancesOf(stance.entries),
  });
}
