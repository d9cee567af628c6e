import { invalidatePublishedData } from "@/lib/cache/invalidate";
import { isCacheInvalidationKey } from "@/lib/cache/invalidation-key";

/** Lets a writer in another process (CLI import, test fixtures) expire the cached views after it changed the data. */
export async function POST(request: Request): Promise<Response> {
  const key = request.headers.get("authorization")?.replace(/^Bearer /, "") ?? null;
  if (!isCacheInvalidationKey(key)) return Response.json({ error: "Not allowed." }, { status: 403 });
  invalidatePublishedData();
  return Response.json({ invalidated: true });
}
