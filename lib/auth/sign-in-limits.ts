import "server-only";
import crypto from "node:crypto";
import type { Db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/unique-violation";

/**
 * Sign-in limits, both kept in better-auth's `rateLimit` table:
 *
 * - per IP: every attempt (right or wrong) from one address. HTTP calls to
 *   /api/auth/sign-in/email are counted by better-auth's own limiter (rateLimit.customRules in
 *   auth.ts); sign-ins from the server action call the endpoint directly, which bypasses that
 *   limiter, so the before-hook counts them here in the same row with the same rule.
 * - per account and address: attempts at one email address from one client address. After
 *   `max` of them without a success, that address is refused for that account until `window`
 *   seconds have passed since the last one, even with the right password; the owner signing
 *   in from anywhere else is not affected, so guessing cannot lock anyone out. The attempt is
 *   counted before the password is checked (a conditional update), so concurrent guesses
 *   cannot check more than `max` passwords. A successful sign-in clears the count.
 *
 * Keys hold a hash of what was typed, never the text itself: their length is fixed, whatever
 * an anonymous visitor sends as an email address.
 *
 * Windows are in seconds, as in better-auth. better-auth prunes rows older than its longest
 * configured window, which includes SIGN_IN_PER_IP.window; the account window must not be
 * longer or locks would be pruned early (a unit test holds this).
 */
export const SIGN_IN_PATH = "/sign-in/email";
export const SIGN_IN_PER_IP = { window: 15 * 60, max: 30 };
export const SIGN_IN_ATTEMPTS_PER_ACCOUNT_AND_ADDRESS = { window: 15 * 60, max: 5 };

export interface LimitRule {
  window: number;
  max: number;
}

export type LimitDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** better-auth's key for a path and a client address (createRateLimitKey in @better-auth/core). */
export function ipLimitKey(ip: string, path = SIGN_IN_PATH): string {
  return `${ip}|${path}`;
}

function digest(value: string): string {
  return crypto.createHash("sha256").update(value).digest("base64url");
}

/**
 * Cannot collide with an IP key: no address or better-auth fallback is this literal prefix.
 * The email is folded as the sign-in folds it, so any letter case counts as one account.
 */
export function accountAddressLimitKey(email: string, ip: string): string {
  return `sign-in-account|${digest(`${email.trim().toLowerCase()}\n${ip}`)}`;
}

function retryAfter(lastRequest: number, rule: LimitRule, now: number): number {
  return Math.max(1, Math.ceil((lastRequest + rule.window * 1000 - now) / 1000));
}

/**
 * Counts one attempt under `key`, with better-auth's semantics: at most `max` attempts, then
 * refused until `window` seconds after the last allowed one. Each step is a conditional
 * update, so concurrent attempts cannot all slip through on a stale read.
 */
export async function consumeAttempt(db: Db, key: string, rule: LimitRule, now = Date.now()): Promise<LimitDecision> {
  for (let round = 0; round < 5; round++) {
    const row = await db.rateLimit.findUnique({ where: { key } });
    if (!row) {
      try {
        await db.rateLimit.create({ data: { id: crypto.randomUUID(), key, count: 1, lastRequest: BigInt(now) } });
        return { allowed: true };
      } catch (error) {
        if (isUniqueViolation(error)) continue;
        throw error;
      }
    }
    const last = Number(row.lastRequest);
    if (now - last >= rule.window * 1000) {
      const reset = await db.rateLimit.updateMany({
        where: { key, lastRequest: row.lastRequest },
        data: { count: 1, lastRequest: BigInt(now) },
      });
      if (reset.count > 0) return { allowed: true };
      continue;
    }
    const counted = await db.rateLimit.updateMany({
      where: { key, count: { lt: rule.max }, lastRequest: { gt: BigInt(now - rule.window * 1000) } },
      data: { count: { increment: 1 }, lastRequest: BigInt(now) },
    });
    if (counted.count > 0) return { allowed: true };
    const fresh = await db.rateLimit.findUnique({ where: { key } });
    if (!fresh || now - Number(fresh.lastRequest) >= rule.window * 1000) continue;
    return { allowed: false, retryAfterSeconds: retryAfter(Number(fresh.lastRequest), rule, now) };
  }
  throw new Error(`Rate limit for ${key} kept changing under concurrent updates`);
}

/** Counts one attempt at `email` from `ip`; refused once the pair has used its attempts. */
export async function consumeAccountAttempt(
  db: Db,
  email: string,
  ip: string,
  now = Date.now(),
): Promise<LimitDecision> {
  return consumeAttempt(db, accountAddressLimitKey(email, ip), SIGN_IN_ATTEMPTS_PER_ACCOUNT_AND_ADDRESS, now);
}

export async function clearAccountAttempts(db: Db, email: string, ip: string): Promise<void> {
  await db.rateLimit.deleteMany({ where: { key: accountAddressLimitKey(email, ip) } });
}
