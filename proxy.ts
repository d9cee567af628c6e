import { getSessionCookie } from "better-auth/cookies";
import { type NextRequest, NextResponse } from "next/server";
import { findMalformedActionBody } from "@/lib/http/action-body";
import { isCrossSiteOrigin } from "@/lib/http/cross-site-origin";
import { SERVER_ACTION_BODY_LIMIT_BYTES } from "@/lib/http/request-limits";
import { createNonce, pageSecurityHeaders } from "@/lib/http/security-headers";
import { logger } from "@/lib/log/logger";

// A sign-in is a few fields; anything larger sent to the sign-in page's action is not one.
const MAX_SIGN_IN_ACTION_BYTES = 64 * 1024;

/** True when a path segment is not valid percent-encoding (`%ff`, `%`), which Next answers with a 500. */
export function hasMalformedSegment(pathname: string): boolean {
  try {
    for (const segment of pathname.split("/")) decodeURIComponent(segment);
    return false;
  } catch {
    return true;
  }
}

// Public files and build assets: no server action lives there.
function isFilePath(pathname: string): boolean {
  return pathname.startsWith("/_next/") || /\.[A-Za-z0-9]+$/.test(pathname);
}

function withHeaders(response: NextResponse, headers: Record<string, string>): NextResponse {
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

/**
 * The network boundary. A server action called without a session cookie is answered 401
 * before any application code runs (sign-in itself excepted). This is a first gate only: the
 * production server (scripts/serve.mjs) has already confirmed the session in the database
 * before Next read the body, and every action still checks the session and role itself
 * (lib/auth/session.ts). A body the action decoder cannot read is answered 400 here.
 * Every page gets its security headers here, with a fresh nonce that Next puts on its own
 * scripts (it reads the policy from the request headers).
 */
export async function proxy(request: NextRequest) {
  const pathname = request.nextUrl.pathname;
  // scripts/serve.mjs sets X-Forwarded-Proto from the socket, or from a trusted proxy.
  const isHttps = request.headers.get("x-forwarded-proto") === "https" || request.nextUrl.protocol === "https:";
  const headers = pageSecurityHeaders({
    nonce: createNonce(),
    pathname,
    isHttps,
    isDevelopment: process.env.NODE_ENV === "development",
  });
  if (hasMalformedSegment(pathname)) {
    return withHeaders(
      new NextResponse("Not found", { status: 404, headers: { "content-type": "text/plain" } }),
      headers,
    );
  }
  const isServerAction = request.method === "POST" && request.headers.has("next-action");
  if (isServerAction && isFilePath(pathname)) {
    return withHeaders(NextResponse.json({ error: "There is no action here." }, { status: 404 }), headers);
  }
  // Next refuses a cross-site action too, but answers 500 and logs it as an error; it is a
  // forged request, not a fault of the server, so it is refused here with a 403 and a warning.
  const forwardedHost = request.headers.get("x-forwarded-host")?.split(",")[0]?.trim() || null;
  if (
    isServerAction &&
    isCrossSiteOrigin(request.headers.get("origin"), forwardedHost ?? request.headers.get("host"))
  ) {
    logger.warn(
      { path: pathname, origin: request.headers.get("origin")?.slice(0, 200) ?? null },
      "cross-site server action refused",
    );
    return withHeaders(NextResponse.json({ error: "This request came from another site." }, { status: 403 }), headers);
  }
  if (isServerAction && pathname !== "/sign-in" && !getSessionCookie(request)) {
    return withHeaders(NextResponse.json({ error: "Sign in to continue." }, { status: 401 }), headers);
  }
  const contentLength = Number(request.headers.get("content-length") ?? 0);
  if (isServerAction && contentLength > MAX_SIGN_IN_ACTION_BYTES && pathname === "/sign-in") {
    return withHeaders(NextResponse.json({ error: "A sign-in is not this large." }, { status: 413 }), headers);
  }
  if (isServerAction && contentLength > SERVER_ACTION_BODY_LIMIT_BYTES) {
    return withHeaders(
      NextResponse.json({ error: "This request is larger than any form here sends." }, { status: 413 }),
      headers,
    );
  }
  // Without a length, the limit above cannot be checked before Next reads the body, and past
  // its own limit Next answers 500. Browsers always send the length of an action's body.
  if (isServerAction && !request.headers.has("content-length")) {
    return withHeaders(NextResponse.json({ error: "Say how long the request is." }, { status: 411 }), headers);
  }
  if (isServerAction) {
    // Next has read the body for this function already (it always does for a proxy), so this
    // costs no extra read; it keeps a body React's decoder would fail on from becoming a 500
    // with a stack in the log.
    const malformed = await findMalformedActionBody(request.headers.get("content-type"), await request.blob());
    if (malformed) {
      logger.warn({ path: pathname, reason: malformed }, "malformed server action body refused");
      return withHeaders(
        NextResponse.json({ error: `This request cannot be read: ${malformed}.` }, { status: 400 }),
        headers,
      );
    }
  }
  const requestHeaders = new Headers(request.headers);
  const policy = headers["Content-Security-Policy"]!;
  requestHeaders.set("content-security-policy", policy);
  return withHeaders(NextResponse.next({ request: { headers: requestHeaders } }), headers);
}

export const config = {
  // Pages and actions; static files and better-auth's own endpoints (which answer 401/403
  // themselves) do not reach this function, and next.config.ts gives them their headers.
  // A server-action call reaches it on any path, so one aimed at a static file is answered too.
  matcher: [
    "/((?!_next/static|_next/image|api/auth|favicon.ico|icon.svg|robots.txt|readme/).*)",
    { source: "/:path*", has: [{ type: "header", key: "next-action" }] },
  ],
};
