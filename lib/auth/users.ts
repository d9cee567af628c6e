import "server-only";
import crypto from "node:crypto";
import { type Db, getDb } from "@/lib/db/client";
import { hashPassword } from "./password";
import type { Role } from "./roles";
import type { NewUserInput } from "./schemas";

/** Expected refusals of account changes, shown to the admin as they are. */
export type UserAccountErrorCode =
  /** Emails are unique: a second account for the same address would split one person's history. */
  | "EMAIL_TAKEN"
  /** The user id in the form does not exist (deleted, or a forged request). */
  | "USER_NOT_FOUND"
  /** An admin disabling their own account would lock themselves out mid-session. */
  | "CANNOT_DISABLE_SELF";

export class UserAccountError extends Error {
  constructor(
    readonly code: UserAccountErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "UserAccountError";
  }
}

/** What the audit log records about an account: never the password or its hash. */
interface UserSnapshot {
  email: string;
  name: string;
  role: string;
  disabled: boolean;
}

function snapshot(user: { email: string; name: string; role: string; banned: boolean | null }): UserSnapshot {
  return { email: user.email, name: user.name, role: user.role, disabled: user.banned === true };
}

export interface CreatedUser {
  id: string;
  email: string;
  name: string;
  role: Role;
}

/**
 * Creates an account that signs in with email and password (better-auth's `credential`
 * account) and records `user.create` in the audit log, in one transaction.
 */
export async function createUserAccount(
  input: NewUserInput,
  audit: { actorId: string | null; note?: string },
  db: Db = getDb(),
): Promise<CreatedUser> {
  const email = input.email.trim().toLowerCase();
  if (await db.user.findUnique({ where: { email }, select: { id: true } })) {
    throw new UserAccountError("EMAIL_TAKEN", `An account for ${email} already exists.`);
  }
  const passwordHash = await hashPassword(input.password);
  const id = crypto.randomUUID();
  try {
    await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: {
          id,
          email,
          name: input.name,
          role: input.role,
          emailVerified: true,
          banned: false,
          accounts: {
            create: { id: crypto.randomUUID(), accountId: id, providerId: "credential", password: passwordHash },
          },
        },
      });
      await tx.auditEvent.create({
        data: {
          actorId: audit.actorId,
          action: "user.create",
          entityType: "user",
          entityId: id,
          after: JSON.stringify(snapshot(user)),
          note: audit.note || null,
        },
      });
    });
  } catch (error) {
    if (typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002") {
      throw new UserAccountError("EMAIL_TAKEN", `An account for ${email} already exists.`);
    }
    throw error;
  }
  return { id, email, name: input.name, role: input.role };
}

/**
 * Disables or re-enables an account and records `user.disable` / `user.enable`. Disabling also
 * deletes the user's sessions, so they are signed out everywhere at once.
 */
export async function setUserDisabled(
  input: { userId: string; disabled: boolean; note?: string },
  audit: { actorId: string | null },
  db: Db = getDb(),
): Promise<void> {
  if (input.disabled && input.userId === audit.actorId) {
    throw new UserAccountError("CANNOT_DISABLE_SELF", "You cannot disable your own account.");
  }
  await db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: input.userId } });
    if (!before) throw new UserAccountError("USER_NOT_FOUND", "There is no such user.");
    if ((before.banned === true) === input.disabled) return;
    const after = await tx.user.update({
      where: { id: input.userId },
      data: input.disabled
        ? { banned: true, banReason: input.note || "Disabled by an admin", banExpires: null }
        : { banned: false, banReason: null, banExpires: null },
    });
    if (input.disabled) await tx.session.deleteMany({ where: { userId: input.userId } });
    await tx.auditEvent.create({
      data: {
        actorId: audit.actorId,
        action: input.disabled ? "user.disable" : "user.enable",
        entityType: "user",
        entityId: input.userId,
        before: JSON.stringify(snapshot(before)),
        after: JSON.stringify(snapshot(after)),
        note: input.note || null,
      },
    });
  });
}
