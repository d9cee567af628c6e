import { parseQueryParams } from "@/lib/api/params";
import { embeddableViewOf, oembedAnswer, OembedQuerySchema } from "@/lib/sharing/oembed";
import { getSiteUrl, siteUrlOf } from "@/lib/sharing/site-url";

/**
 * The oEmbed endpoint (lib/sharing/oembed.ts): JSON only (an XML request is 501, as the
 * specification asks), 404 for a link that is not one of our embeddable views.
 */
const HEADERS = { "Access-Control-Allow-Origin": "*", "X-Content-Type-Options": "nosniff" };

function failure(status: number, message: string): Response {
  return new Response(message, {
    status,
    headers: { ...HEADERS, "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}

export function GET(request: Request): Response {
  const parsed = parseQueryParams(new URL(request.url).searchParams, OembedQuerySchema);
  if (!parsed.ok) return failure(400, parsed.message);
  const { url, format, maxwidth, maxheight } = parsed.data;
  if (format === "xml") return failure(501, "Only the JSON format is answered.");
  const site = siteUrlOf(request);
  let link: URL;
  try {
    link = new URL(url, site);
  } catch {
    return failure(404, "Not a link to this tracker.");
  }
  // Ours: the public address, or the host this request came to (a local run under another name).
  if (link.origin !== site.origin && link.origin !== getSiteUrl().origin) {
    return failure(404, "Not a link to this tracker.");
  }
  const view = embeddableViewOf(link);
  if (!view) return failure(404, "This page has no embed: link the matrix, a country or a commitment type.");
  return Response.json(oembedAnswer(view, site, { maxwidth, maxheight }), {
    headers: { ...HEADERS, "Cache-Control": "public, max-age=300" },
  });
}
