import { isCommitmentType } from "@/lib/domain/taxonomy";
import { atomResponse } from "@/lib/sharing/atom";
import { siteUrlOf } from "@/lib/sharing/site-url";
import { buildStatementsFeed } from "@/lib/sharing/feeds";

export async function GET(request: Request, { params }: { params: Promise<{ type: string }> }): Promise<Response> {
  const { type } = await params;
  if (!isCommitmentType(type)) return new Response("Unknown commitment type.", { status: 404 });
  return atomResponse(await buildStatementsFeed(siteUrlOf(request), { type }));
}
