import type { Instrumentation } from "next";

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
