/**
 * The public address of the tracker, for everything that must be absolute: feed ids,
 * canonical URLs, preview images, embed snippets, citations. `SITE_URL` names it; a
 * deployment that only set `BETTER_AUTH_URL` (which must be the public address too) gets
 * that; a local run gets the port it serves on.
 */
export function getSiteUrl(env: Record<string, string | undefined> = process.env): URL {
  const configured = env.SITE_URL || env.BETTER_AUTH_URL;
  if (configured) {
    try {
      return new URL(configured.endsWith("/") ? configured : `${configured}/`);
    } catch {
      // An invalid setting is reported by the start-up check; fall through to the local address.
    }
  }
  return new URL(`http://localhost:${env.PORT || "3000"}/`);
}

export function absoluteUrl(path: string, env: Record<string, string | undefined> = process.env): string {
  return new URL(path.replace(/^\//, ""), getSiteUrl(env)).toString();
}
