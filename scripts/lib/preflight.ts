// What `npm test` needs from the machine beyond node_modules, checked before anything runs so
// that a missing piece is one line up front, not 27 browser journeys failing one by one.
import fs from "node:fs";

export const CHROMIUM_INSTALL_COMMAND = "apt-get install -y chromium";

/** The browser Playwright drives (playwright.config.ts reads the same variable). */
export function chromiumPath(env: Record<string, string | undefined> = process.env): string {
  return env.CHROMIUM_PATH || "/usr/bin/chromium";
}

/** Null when Chromium is there; otherwise the one line that says what is missing and how to get it. */
export function checkChromium(env: Record<string, string | undefined> = process.env): string | null {
  const executable = chromiumPath(env);
  if (fs.existsSync(executable)) return null;
  return `Chromium not found at ${executable}: install it with \`${CHROMIUM_INSTALL_COMMAND}\` (or set CHROMIUM_PATH)`;
}
