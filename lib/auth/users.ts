import "server-only";
import crypto from "node:crypto";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { type Db, getDb } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/unique-violation";
import { AppError } from "@/lib/errors/app-error";
import { hashPassword } from "./password";
import type { Role } from "./roles";
import type { NewUserInput } from "./schemas";

function emailTaken(email: string): AppError {
  const message = `An account for ${email} already exists.`;
  return new AppError("EMAIL_TAKEN", { message, fieldErrors: { email: [message] } });
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
 * account) and records `user.create` in the audit log, in one transaction. Throws AppError
 * EMAIL_TAKEN when the address has an account (checked first, and again by the unique index
 * when two admins add it at once).
 */
export async function createUserAccount(
  input: NewUserInput,
  audit: { actorId: string | null; note?: string },
  db: Db = getDb(),
): Promise<CreatedUser> {
  const email = input.email.trim().toLowerCase();
  if (await db.user.findUnique({ where: { email }, select: { id: true } })) {
    throw emailTaken(email);
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
      await recordAuditEvent(tx, {
        actorId: audit.actorId,
        action: "user.create",
        entityId: id,
        after: snapshot(user),
        note: audit.note,
      });
    });
  } catch (error) {
    throw isUniqueViolation(error) ? emailTaken(email) : error;
  }
  return { id, email, name: input.name, role: input.role };
}

/**
 * Disables or re-enables an account and records `user.disable` / `user.enable`. Disabling also
 * deletes the user's sessions, so they are signed out everywhere at once. Throws AppError
 * CANNOT_DISABLE_SELF or NOT_FOUND.
 */
export async function setUserDisabled(
  input: { userId: string; disabled: boolean; note?: string },
  audit: { actorId: string | null },
  db: Db = getDb(),
): Promise<void> {
  if (input.disabled && input.userId === audit.actorId) {
    throw new AppError("CANNOT_DISABLE_SELF");
  }
  await db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: input.userId } });
    if (!before) throw new AppError("NOT_FOUND", { message: "There is no such user." });
    if ((before.banned === true) === input.disabled) return;
    const after = await tx.user.update({
      where: { id: input.userId },
      data: input.disabled
        ? { banned: true, banReason: input.note || "Disabled by an admin", banExpires: null }
        : { banned: false, banReason: null, banExpires: null },
    });
    if (input.disabled) await tx.session.deleteMany({ where: { userId: input.userId } });
    await recordAuditEvent(tx, {
      actorId: audit.actorId,
      action: input.disabled ? "user.disable" : "user.enable",
      entityId: input.userId,
      before: snapshot(before),
      after: snapshot(after),
      note: input.note,
    });
  });
}
