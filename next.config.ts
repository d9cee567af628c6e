import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // `next dev` would otherwise write an AGENTS.md into the project when run by a coding agent.
  agentRules: false,
  poweredByHeader: false,
  typedRoutes: false,
  // The analysis pool starts worker threads from a file path at run time (lib/ingest/analysis-pool.ts).
  serverExternalPackages: ["piscina"],
  experimental: {
    // Over the 200 KB paste limit with room to spare, so a paste of a few megabytes reaches the
    // action and is refused with its own message rather than by the framework with a 500.
    serverActions: { bodySizeLimit: "6mb" },
  },
};

export default nextConfig;
