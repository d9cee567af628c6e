import { AppError } from "@/lib/errors/app-error";

/** The two account roles. Readers need no account; an admin can do everything an editor can. */
export const ROLES = ["editor", "admin"] as const;

export type Role = (typeof ROLES)[number];

const RANK: Record<Role, number> = { editor: 1, admin: 2 };

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

/** True when `role` carries at least the rights of `minRole`. */
export function hasRole(role: Role, minRole: Role): boolean {
  return RANK[role] >= RANK[minRole];
}

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
}

/**
 * The role check behind requireUser: who may pass, given who is signed in. Throws AppError
 * UNAUTHENTICATED (401) when nobody is signed in, FORBIDDEN (403) when the role is lacking.
 */
export function authorizeUser(user: SessionUser | null, minRole: Role = "editor"): SessionUser {
  if (!user) throw new AppError("UNAUTHENTICATED");
  if (!hasRole(user.role, minRole)) throw new AppError("FORBIDDEN");
  return user;
}

/**
 * The `next` parameter of /sign-in, kept only when it is a path on this site: an absolute URL
 * or a protocol-relative `//host` would turn the sign-in page into an open redirect.
 */
export function safeNextPath(next: unknown, fallback = "/"): string {
  if (typeof next !== "string" || next.length === 0 || next.length > 2000) return fallback;
  if (!next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return fallback;
  if (/[\u0000-\u001f\\]/.test(next)) return fallback;
  try {
    const url = new URL(next, "http://tracker.invalid");
    if (url.origin !== "http://tracker.invalid") return fallback;
    // Dot segments can leave a path that starts with two slashes ("/.//evil.example" becomes
    // "//evil.example"), which a browser reads as another host.
    if (url.pathname.startsWith("//")) return fallback;
    if (url.pathname === "/sign-in") return fallback;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return fallback;
  }
}
