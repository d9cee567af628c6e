import path from "node:path";
import type { NextConfig } from "next";
import { SERVER_ACTION_BODY_LIMIT_BYTES } from "./lib/http/request-limits";
import { staticSecurityHeaders } from "./lib/http/security-headers";

function asHeaderList(headers: Record<string, string>) {
  return Object.entries(headers).map(([key, value]) => ({ key, value }));
}

const nextConfig: NextConfig = {
  // `next dev` would otherwise write an AGENTS.md into the project when run by a coding agent.
  agentRules: false,
  poweredByHeader: false,
  // Metadata always in <head>, for every client: the route cache keeps one rendering of a page for
  // everyone, so a streamed one (metadata injected into <body> when generateMetadata resolved after
  // the shell) would reach link-preview bots and feed readers outside Next's own bot list too.
  htmlLimitedBots: /.*/,
  // The headers that need no nonce, on every response, static files and route handlers
  // included; proxy.ts adds the Content-Security-Policy (and HSTS over HTTPS) to pages.
  async headers() {
    const { "X-Frame-Options": frameOptions, ...everywhere } = staticSecurityHeaders("/");
    return [
      { source: "/:path*", headers: asHeaderList(everywhere) },
      // Framing refused except on the embed routes (isEmbeddableRoute in lib/http/security-headers.ts).
      { source: "/((?!embed$|embed/).*)", headers: asHeaderList({ "X-Frame-Options": frameOptions! }) },
    ];
  },
  typedRoutes: false,
  // Cached data and pages are kept per process, but their invalidations are shared through
  // PostgreSQL LISTEN/NOTIFY, so a publish on one instance is seen by every other at once.
  cacheHandler: path.resolve(/*turbopackIgnore: true*/ "lib/cache/shared-cache-handler.mjs"),
  // The analysis pool starts worker threads from a file path at run time (lib/ingest/analysis-pool.ts).
  serverExternalPackages: ["piscina"],
  experimental: {
    // A paste of a few megabytes reaches the action and gets its own message (lib/http/request-limits.ts).
    serverActions: { bodySizeLimit: SERVER_ACTION_BODY_LIMIT_BYTES },
  },
};

export default nextConfig;
