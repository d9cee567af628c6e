// The Next config of the production build, for scripts/serve.mjs. Without it, `next()` reads
// next.config.ts at every start and compiles it with Next's SWC binary, which then stays loaded
// for the life of the process: 26 MB of the server's resident memory, for a file the build
// has already read. `next build` writes the finished config into
// .next/required-server-files.json for servers that start without the sources (Next's
// standalone output), and Next takes it from the variable below instead of the file.
// Plain JavaScript: scripts/serve.mjs runs with node alone.
import fs from "node:fs";
import path from "node:path";

/** Where Next looks for a finished config before it looks for next.config.*. */
export const BUILT_CONFIG_VARIABLE = "__NEXT_PRIVATE_STANDALONE_CONFIG";

/** The config the build in `dir`/.next was made with, as JSON text; null without one. */
export function builtNextConfig(dir) {
  let written;
  try {
    written = JSON.parse(fs.readFileSync(path.join(dir, ".next", "required-server-files.json"), "utf8"));
  } catch {
    return null;
  }
  const config = written?.config;
  return config && typeof config === "object" && !Array.isArray(config) ? JSON.stringify(config) : null;
}

/**
 * Hands Next the build's config through `env` (the server's own environment), unless one is
 * set there already or the build wrote none; then Next reads next.config.ts as usual.
 * Says whether it did.
 */
export function applyBuiltNextConfig(dir, env = process.env) {
  if (env[BUILT_CONFIG_VARIABLE]) return false;
  const config = builtNextConfig(dir);
  if (config === null) return false;
  env[BUILT_CONFIG_VARIABLE] = config;
  return true;
}
