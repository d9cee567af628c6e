import "server-only";
import type { Auth } from "./auth";

/**
 * The better-auth endpoints reachable over HTTP. Everything else (the admin plugin's
 * create-user, ban-user, set-role…, update-user, change-email…) is answered 401 signed out and
 * 403 signed in: account changes go through the server actions of /admin/users, which check
 * the role themselves and write the audit log in the same transaction.
 */
export const PUBLIC_AUTH_PATHS = new Set(["/sign-in/email", "/sign-out", "/get-session", "/ok"]);

const BASE_PATH = "/api/auth";

export async function handleAuthRequest(auth: Auth, request: Request): Promise<Response> {
  const path = new URL(request.url).pathname.replace(/\/+$/, "");
  const endpoint = path.startsWith(BASE_PATH) ? path.slice(BASE_PATH.length) : path;
  if (PUBLIC_AUTH_PATHS.has(endpoint)) return auth.handler(request);
  const session = await auth.api.getSession({ headers: request.headers }).catch(() => null);
  const status = session ? 403 : 401;
  return Response.json(
    { code: session ? "FORBIDDEN" : "UNAUTHORIZED", message: session ? "Not available over HTTP." : "Sign in first." },
    { status },
  );
}
