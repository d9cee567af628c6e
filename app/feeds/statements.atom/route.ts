import { atomResponse } from "@/lib/sharing/atom";
import { buildStatementsFeed } from "@/lib/sharing/feeds";

export async function GET(): Promise<Response> {
  return atomResponse(await buildStatementsFeed());
}
