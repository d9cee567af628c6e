import "server-only";
import { getAuth } from "./auth";
import { isRole, type SessionUser } from "./roles";

/**
 * The user behind a request's session cookie. A disabled (banned) account or a role this app
 * does not know counts as signed out, whatever the session row says.
 */
export async function resolveSessionUser(requestHeaders: Headers): Promise<SessionUser | null> {
  const session = await getAuth().api.getSession({ headers: requestHeaders });
  if (!session) return null;
  const { user } = session;
  if (user.banned) return null;
  if (!isRole(user.role)) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}
