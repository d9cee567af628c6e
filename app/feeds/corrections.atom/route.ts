import { atomResponse } from "@/lib/sharing/atom";
import { siteUrlOf } from "@/lib/sharing/site-url";
import { buildCorrectionsFeed } from "@/lib/sharing/feeds";

export async function GET(request: Request): Promise<Response> {
  return atomResponse(await buildCorrectionsFeed(siteUrlOf(request)));
}
