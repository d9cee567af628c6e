import { getMatrixCellCached } from "@/lib/cache/cached-queries";
import { toIsoDay, todayIsoDay } from "@/lib/dates/iso-day";
import { quotePreview } from "@/lib/positions/quote-preview";
import { loadCellPreviewParams } from "@/lib/view-state/view-params";

/**
 * The quote card of one matrix cell (quote, speaker, outlet, date), fetched by the matrix
 * when a cell is hovered, focused or tapped: the matrix page itself carries no quotes, so it
 * stays small with thousands of cells. Read from the tagged data cache like the page.
 */
export async function GET(request: Request): Promise<Response> {
  const { country, type, at, v } = loadCellPreviewParams(new URL(request.url).searchParams);
  if (!country || !type) {
    return Response.json(
      { error: "country (a code such as fr) and type (a commitment type) are required." },
      { status: 400 },
    );
  }
  const asOf = at ?? todayIsoDay();
  // A cited view's card shows the cell as the tracker recorded it at `v`, like the view itself.
  const cell = await getMatrixCellCached(country, type, asOf, v ?? null);
  if (!cell) return Response.json({ error: `No position of ${country} on ${type} at that day.` }, { status: 404 });
  return Response.json({
    stance: cell.stance,
    statedOn: toIsoDay(cell.statedOn),
    quote: quotePreview(cell.sentence),
    speaker: cell.speaker,
    outlet: cell.outlet,
    condition: cell.condition,
    contested: cell.contested,
  });
}
