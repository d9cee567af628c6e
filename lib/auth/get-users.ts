import "server-only";
import { getDb } from "@/lib/db/client";

export interface UserListEntry {
  id: string;
  email: string;
  name: string;
  role: string;
  isDisabled: boolean;
  disabledReason: string | null;
  createdAt: Date;
  /** When the user last signed in, from their newest session; null when never or signed out. */
  lastSignInAt: Date | null;
}

/** Every account, admins first, then by email. */
export async function getUsers(): Promise<UserListEntry[]> {
  const users = await getDb().user.findMany({
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      banned: true,
      banReason: true,
      createdAt: true,
      sessions: { select: { createdAt: true }, orderBy: { createdAt: "desc" }, take: 1 },
    },
    orderBy: [{ role: "asc" }, { email: "asc" }],
  });
  return users.map((user) => ({
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    isDisabled: user.banned === true,
    disabledReason: user.banned ? user.banReason : null,
    createdAt: user.createdAt,
    lastSignInAt: user.sessions[0]?.createdAt ?? null,
  }));
}
