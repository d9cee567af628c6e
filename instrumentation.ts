import type { Instrumentation } from "next";

/**
 * A server that starts keeps a heartbeat in its database (lib/db/server-heartbeat.ts), so that
 * `npm run db:restore` refuses to replace the database under it. Not while building.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const [{ getDb }, { startServerHeartbeat }] = await Promise.all([
    import("@/lib/db/client"),
    import("@/lib/db/server-heartbeat"),
  ]);
  startServerHeartbeat(getDb());
}

/**
 * Every error a page, route handler or server action throws on the server reaches here (the
 * reader sees error.tsx with the digest): logged once, as JSON, with the digest that links
 * the two.
 */
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { logger } = await import("@/lib/log/logger");
  logger.error(
    {
      err: error,
      digest: (error as { digest?: unknown }).digest,
      method: request.method,
      path: request.path,
      route: context.routePath,
      routeType: context.routeType,
    },
    "request failed",
  );
};
