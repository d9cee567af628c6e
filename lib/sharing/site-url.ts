/**
 * The public address of the tracker, for everything that must be absolute: feed ids,
 * canonical URLs, preview images, embed snippets, citations. `SITE_URL` names it; a
 * deployment that only set `BETTER_AUTH_URL` (which must be the public address too) gets
 * that; a local run gets the port it serves on.
 */
export function configuredSiteUrl(env: Record<string, string | undefined> = process.env): URL | null {
  const configured = env.SITE_URL || env.BETTER_AUTH_URL;
  if (!configured) return null;
  try {
    return new URL(configured.endsWith("/") ? configured : `${configured}/`);
  } catch {
    return null; // An invalid setting is reported by the start-up check; fall through to the local address.
  }
}

export function getSiteUrl(env: Record<string, string | undefined> = process.env): URL {
  return configuredSiteUrl(env) ?? new URL(`http://localhost:${env.PORT || "3000"}/`);
}

/**
 * The address for the links of an answer to `request`: the configured public address, or,
 * where none is configured (a local run, which may be reached by another name, such as its
 * network address), the host the request came to, so that a reader on another machine does
 * not get links to its own localhost. scripts/serve.mjs sets X-Forwarded-Proto.
 */
export function siteUrlOf(request: Request, env: Record<string, string | undefined> = process.env): URL {
  const configured = configuredSiteUrl(env);
  if (configured) return configured;
  const host = request.headers.get("host");
  const protocol = request.headers.get("x-forwarded-proto") === "https" ? "https" : "http";
  if (host) {
    try {
      const url = new URL(`${protocol}://${host}/`);
      // Only a bare host[:port]: anything else in the header is not an address to link to.
      if (url.host === host.toLowerCase()) return url;
    } catch {
      // not a host name: the local address below
    }
  }
  return getSiteUrl(env);
}

export function absoluteUrl(path: string, env: Record<string, string | undefined> | URL = process.env): string {
  return new URL(path.replace(/^\//, ""), env instanceof URL ? env : getSiteUrl(env)).toString();
}
