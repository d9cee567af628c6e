import { getCountryStance } from "@/lib/queries/get-country-stance";
import { renderCountryPreview } from "@/lib/sharing/preview-image";
import { resolveAsOf } from "@/lib/view-state/as-of";

export async function GET(request: Request, { params }: { params: Promise<{ code: string }> }): Promise<Response> {
  const { code } = await params;
  const query = new URL(request.url).searchParams;
  const { asOf } = resolveAsOf(query.get("at") ?? query.get("date") ?? undefined);
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
