import { getCountryStance } from "@/lib/queries/get-country-stance";
import { renderCountryPreview } from "@/lib/sharing/preview-image";
import { loadCountryParams, resolveViewDay } from "@/lib/view-state/view-params";

export async function GET(request: Request, { params }: { params: Promise<{ code: string }> }): Promise<Response> {
  const { code } = await params;
  const { asOf } = resolveViewDay(await loadCountryParams(request));
  const stance = await getCountryStance(code, asOf);
  if (!stance) return new Response("Unknown country or actor code.", { status: 404 });
  return renderCountryPreview({
    code: stance.code,
    name: stance.name,
    dateLabel: `as of ${asOf}`,
    positions: stance.entries.flatMap((entry) =>
      entry.current ? [{ type: entry.type, stance: entry.current.stance }] : [],
    ),
  });
}
