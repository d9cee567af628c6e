import "server-only";
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { type Role, type SessionUser, authorizeUser, hasRole } from "./roles";
import { resolveSessionUser } from "./session-user";

// The contract the rest of the app codes against: pages call requirePageUser, server actions
// and route handlers call requireUser, headers and menus call getSessionUser.
export type { Role, SessionUser } from "./roles";

// Once per request, however many components and checks ask.
const getRequestSessionUser = cache(async (): Promise<SessionUser | null> => resolveSessionUser(await headers()));

/** The signed-in user of this request; null when signed out, disabled or of an unknown role. */
export async function getSessionUser(): Promise<SessionUser | null> {
  return getRequestSessionUser();
}

/**
 * For server actions and route handlers: throws AppError UNAUTHENTICATED (401) signed out,
 * FORBIDDEN (403) for the wrong role. Server actions get this through runSessionAction.
 */
export async function requireUser(minRole: Role = "editor"): Promise<SessionUser> {
  return authorizeUser(await getSessionUser(), minRole);
}

/**
 * For pages: a signed-out visitor is sent to /sign-in and comes back to `nextPath` afterwards;
 * a signed-in user without the role gets the not-found page, so admin pages are not advertised.
 */
export async function requirePageUser(minRole: Role = "editor", nextPath?: string): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect(nextPath ? `/sign-in?next=${encodeURIComponent(nextPath)}` : "/sign-in");
  if (!hasRole(user.role, minRole)) notFound();
  return user;
}
