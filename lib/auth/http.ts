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

/**
 * The largest request body passed on to better-auth. A sign-in is an email and a password;
 * better-auth itself reads any size, and an anonymous visitor must not be able to make the
 * server hold megabytes (or store them: a failed sign-in used to keep the email it was given).
 */
export const MAX_AUTH_BODY_BYTES = 16 * 1024;

function bodyTooLarge(): Response {
  return Response.json(
    { code: "BODY_TOO_LARGE", message: `A sign-in request is at most ${MAX_AUTH_BODY_BYTES / 1024} KB.` },
    { status: 413 },
  );
}

/** The body as bytes, or null once it passes `limit`; stops reading there. */
async function readBoundedBody(request: Request, limit: number): Promise<Uint8Array<ArrayBuffer> | null> {
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

/** The request with its body read under the limit, or null when it is over. */
export async function boundRequestBody(request: Request, limit = MAX_AUTH_BODY_BYTES): Promise<Request | null> {
  if (request.method === "GET" || request.method === "HEAD") return request;
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > limit) return null;
  const body = await readBoundedBody(request, limit);
  if (body === null) return null;
  return new Request(request.url, { method: request.method, headers: request.headers, body });
}

export async function handleAuthRequest(auth: Auth, request: Request): Promise<Response> {
  const path = new URL(request.url).pathname.replace(/\/+$/, "");
  const endpoint = path.startsWith(BASE_PATH) ? path.slice(BASE_PATH.length) : path;
  if (PUBLIC_AUTH_PATHS.has(endpoint)) {
    const bounded = await boundRequestBody(request);
    return bounded ? auth.handler(bounded) : bodyTooLarge();
  }
  const session = await auth.api.getSession({ headers: request.headers }).catch(() => null);
  const status = session ? 403 : 401;
  return Response.json(
    { code: session ? "FORBIDDEN" : "UNAUTHORIZED", message: session ? "Not available over HTTP." : "Sign in first." },
    { status },
  );
}
