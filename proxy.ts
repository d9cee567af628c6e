import { getSessionCookie } from "better-auth/cookies";
import { type NextRequest, NextResponse } from "next/server";

/**
 * The network boundary: a server action called without a session cookie is answered 401
 * before any application code runs (sign-in itself excepted). This is a first gate only:
 * every action still checks the session and role itself (lib/auth/session.ts), since a
 * cookie that is present may be expired or belong to a disabled account.
 */
export function proxy(request: NextRequest) {
  const isServerAction = request.method === "POST" && request.headers.has("next-action");
  if (isServerAction && request.nextUrl.pathname !== "/sign-in" && !getSessionCookie(request)) {
    return NextResponse.json({ error: "Sign in to continue." }, { status: 401 });
  }
  return NextResponse.next();
}

export const config = {
  // Pages and actions only; static files and better-auth's own endpoints (which answer
  // 401/403 themselves) never reach this function.
  matcher: ["/((?!_next/static|_next/image|api/auth|favicon.ico|icon.svg|robots.txt|readme/).*)"],
};
