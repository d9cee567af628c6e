import "server-only";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/** Where the generated secret lives when BETTER_AUTH_SECRET is not set; data/ is never committed. */
export const GENERATED_SECRET_FILE = "data/auth-secret";

/**
 * The key that signs session cookies. BETTER_AUTH_SECRET wins; without it, the first start
 * writes a random one under data/ and every later start (and every process) reads it back,
 * so `npm install && npm start` works with no configuration and sessions survive restarts.
 */
export function resolveAuthSecret(env: Record<string, string | undefined> = process.env): string {
  const fromEnv = env.BETTER_AUTH_SECRET?.trim();
  if (fromEnv) return fromEnv;
  const file = path.resolve(/*turbopackIgnore: true*/ process.cwd(), GENERATED_SECRET_FILE);
  const existing = readSecret(file);
  if (existing) return existing;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  try {
    // "wx": when two processes start at once, one writes and the other reads the winner's.
    fs.writeFileSync(file, `${crypto.randomBytes(32).toString("base64url")}\n`, { flag: "wx", mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  const written = readSecret(file);
  if (!written) throw new Error(`Could not read the generated auth secret in ${GENERATED_SECRET_FILE}`);
  return written;
}

function readSecret(file: string): string | null {
  try {
    const value = fs.readFileSync(file, "utf8").trim();
    return value.length >= 32 ? value : null;
  } catch {
    return null;
  }
}
