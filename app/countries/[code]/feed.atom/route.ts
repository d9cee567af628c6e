import { findCountry } from "@/lib/reference/countries";
import { atomResponse } from "@/lib/sharing/atom";
import { siteUrlOf } from "@/lib/sharing/site-url";
import { buildStatementsFeed } from "@/lib/sharing/feeds";

export async function GET(request: Request, { params }: { params: Promise<{ code: string }> }): Promise<Response> {
  const { code } = await params;
  const country = findCountry(code);
  if (!country) return new Response("Unknown country or actor code.", { status: 404 });
  return atomResponse(
    await buildStatementsFeed(siteUrlOf(request), { countryCode: country.code, countryName: country.name }),
  );
}
