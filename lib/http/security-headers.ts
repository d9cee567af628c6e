/**
 * The security headers of every response, decided in one place: proxy.ts sets them on pages
 * (with a fresh nonce for the Content-Security-Policy), next.config.ts the ones that need no
 * nonce on everything else (static files, route handlers).
 */

/**
 * Routes other sites may frame: `/embed/...` (widgets meant for other pages). Everywhere
 * else framing is refused, so no other origin can overlay a signed-in editor's forms.
 */
export function isEmbeddableRoute(pathname: string): boolean {
  return pathname === "/embed" || pathname.startsWith("/embed/");
}

/** A nonce for one response: 16 random bytes, base64. */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

export interface PolicyContext {
  nonce: string;
  pathname: string;
  isHttps: boolean;
  isDevelopment: boolean;
}

/**
 * Scripts only from this site and with this response's nonce ('strict-dynamic' lets Next's
 * nonced loader add its chunks); styles from this site or nonced, plus style attributes, which
 * React writes for the stance colours and which cannot run code.
 */
export function contentSecurityPolicy({ nonce, pathname, isHttps, isDevelopment }: PolicyContext): string {
  const directives = [
    "default-src 'self'",
    // React's development build evaluates code for its error overlays; the production one does not.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDevelopment ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' 'nonce-${nonce}'`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${isEmbeddableRoute(pathname) ? "*" : "'none'"}`,
  ];
  if (isHttps) directives.push("upgrade-insecure-requests");
  return directives.join("; ");
}

export const PERMISSIONS_POLICY =
  "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), browsing-topics=()";

/** Headers that need no nonce: for every response, pages and static files alike. */
export function staticSecurityHeaders(pathname: string): Record<string, string> {
  return {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy": PERMISSIONS_POLICY,
    ...(isEmbeddableRoute(pathname) ? {} : { "X-Frame-Options": "DENY" }),
  };
}

/** Every security header of a page response. */
export function pageSecurityHeaders(context: PolicyContext): Record<string, string> {
  return {
    ...staticSecurityHeaders(context.pathname),
    "Content-Security-Policy": contentSecurityPolicy(context),
    // Only over HTTPS: sent over plain HTTP it is ignored, and on localhost it would stick.
    ...(context.isHttps ? { "Strict-Transport-Security": "max-age=63072000; includeSubDomains" } : {}),
  };
}
