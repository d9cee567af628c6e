import { checkDatabase } from "@/lib/db/check-database";

/**
 * For load balancers: 200 when this instance can reach its database, 503 when it cannot.
 * Never cached, and says nothing about the database beyond reachable or not.
 */
export async function GET(): Promise<Response> {
  const health = await checkDatabase();
  return Response.json(
    health.ok ? { status: "ok", database: "ok" } : { status: "unavailable", database: health.reason },
    { status: health.ok ? 200 : 503, headers: { "cache-control": "no-store" } },
  );
}
