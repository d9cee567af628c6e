/**
 * True when a request's Origin names another site than the host it was sent to (the host a
 * trusted proxy forwarded, else Host), as Next's own check of server actions decides. An
 * absent Origin decides nothing (Next lets such a request through with a warning).
 */
export function isCrossSiteOrigin(origin: string | null, host: string | null): boolean {
  if (origin === null) return false;
  if (!host) return true;
  try {
    return new URL(origin).host !== host;
  } catch {
    // "null" (a sandboxed frame, a privacy redirect) or garbage: not this site.
    return true;
  }
}
