import { atomResponse } from "@/lib/sharing/atom";
import { buildCorrectionsFeed } from "@/lib/sharing/feeds";

export async function GET(): Promise<Response> {
  return atomResponse(await buildCorrectionsFeed());
}
