import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // `next dev` would otherwise write an AGENTS.md into the project when run by a coding agent.
  agentRules: false,
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
