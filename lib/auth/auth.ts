import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { APIError, createAuthMiddleware, getIP, isAPIError } from "better-auth/api";
import { nextCookies } from "better-auth/next-js";
import { admin } from "better-auth/plugins/admin";
import { adminAc, userAc } from "better-auth/plugins/admin/access";
import { getDb } from "@/lib/db/client";
import { dialectOf, resolveDatabaseUrl } from "@/lib/db/dialect";
import { hashPassword, MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, verifyPassword } from "./password";
import { resolveAuthSecret } from "./secret";
import {
  clearAccountAttempts,
  consumeAccountAttempt,
  consumeAttempt,
  ipLimitKey,
  SIGN_IN_PATH,
  SIGN_IN_PER_IP,
} from "./sign-in-limits";

/** Shown for a disabled account; only someone who knows its password gets this far. */
export const DISABLED_ACCOUNT_MESSAGE = "This account is disabled. Ask an admin to re-enable it.";

/** Every browser origin a local run may use: `npm start` on any port, the tests on 127.0.0.1:3100. */
const LOCAL_HOSTS = ["localhost:*", "127.0.0.1:*"];

/**
 * BETTER_AUTH_URL pins the public address (set it for any deployment that is not local);
 * without it the address comes from each request's Host header, accepted only for local hosts.
 */
function baseUrlConfig(env: Record<string, string | undefined> = process.env) {
  const fixed = env.BETTER_AUTH_URL?.trim();
  if (fixed) return fixed;
  return { allowedHosts: LOCAL_HOSTS, protocol: "http" as const, fallback: `http://localhost:${env.PORT || 3000}` };
}

/**
 * The origins whose requests may sign in or out: with BETTER_AUTH_URL, that origin alone (a
 * page on localhost must not act on a production session); without it, the local hosts.
 */
export function trustedOriginsFor(env: Record<string, string | undefined> = process.env): string[] {
  const fixed = env.BETTER_AUTH_URL?.trim();
  if (fixed) return [new URL(fixed).origin];
  return LOCAL_HOSTS.map((host) => `http://${host}`);
}

export function isHttpsDeployment(env: Record<string, string | undefined> = process.env): boolean {
  return env.BETTER_AUTH_URL?.trim().startsWith("https://") ?? false;
}

/** The client address better-auth resolved; scripts/serve.mjs puts the socket's there. */
function clientAddress(headers: Headers | undefined, options: Parameters<typeof getIP>[1]): string {
  return getIP(headers ?? new Headers(), options) ?? "no-trusted-ip";
}

function signInEmail(body: unknown): string {
  const email = (body as { email?: unknown } | undefined)?.email;
  return typeof email === "string" ? email : "";
}

function createAuth() {
  const db = getDb();
  return betterAuth({
    appName: "Security Guarantees Tracker",
    secret: resolveAuthSecret(),
    baseURL: baseUrlConfig(),
    trustedOrigins: trustedOriginsFor(),
    database: prismaAdapter(db, { provider: dialectOf(resolveDatabaseUrl()) }),
    telemetry: { enabled: false },
    advanced: {
      // Secure exactly when the public address is HTTPS; HttpOnly and SameSite=Lax always, so
      // scripts cannot read the session and other sites cannot send it with their requests.
      useSecureCookies: isHttpsDeployment(),
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax" },
    },
    // better-auth warns on every unknown email tried; the limits below are the answer to that.
    logger: { level: "error" },
    emailAndPassword: {
      enabled: true,
      // Accounts are made by admins (/admin/users) and the CLI (npm run user:create), never by visitors.
      disableSignUp: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: MAX_PASSWORD_LENGTH,
      password: { hash: hashPassword, verify: verifyPassword },
    },
    // Sessions are rows in `session` (no cookie cache), so disabling a user ends them at once.
    session: { expiresIn: 7 * 24 * 60 * 60, updateAge: 24 * 60 * 60 },
    rateLimit: {
      // On in every environment, so the tests exercise the same limits as production.
      enabled: true,
      storage: "database",
      window: 60,
      max: 100,
      customRules: {
        [SIGN_IN_PATH]: SIGN_IN_PER_IP,
        // The production server asks this endpoint to confirm the session of every server-action
        // request (scripts/serve.mjs): a read by token, which a limit per address would only
        // make fail for a busy editor, and which would write a rate-limit row per action.
        "/get-session": false,
        // The health check (load balancers, uptime probes, the e2e journeys) reads nothing: a
        // rate-limit row written per probe only made it fail while SQLite's writer was busy.
        "/ok": false,
      },
    },
    hooks: {
      before: createAuthMiddleware(async (ctx) => {
        if (ctx.path !== SIGN_IN_PATH) return;
        const email = signInEmail(ctx.body);
        const ip = clientAddress(ctx.headers, ctx.context.options);
        // HTTP calls were already counted per IP by better-auth's limiter; direct calls were not.
        if (!ctx.request) {
          const decision = await consumeAttempt(db, ipLimitKey(ip), SIGN_IN_PER_IP);
          if (!decision.allowed) {
            throw new APIError("TOO_MANY_REQUESTS", {
              message: `Too many sign-in attempts from this address. Try again in ${minutes(decision.retryAfterSeconds)}.`,
              code: "TOO_MANY_ATTEMPTS_FROM_IP",
            });
          }
        }
        const account = await consumeAccountAttempt(db, email, ip);
        if (!account.allowed) {
          throw new APIError("TOO_MANY_REQUESTS", {
            message: `Too many failed sign-ins for this account. Try again in ${minutes(account.retryAfterSeconds)}.`,
            code: "ACCOUNT_LOCKED",
          });
        }
      }),
      after: createAuthMiddleware(async (ctx) => {
        if (ctx.path !== SIGN_IN_PATH) return;
        if (isAPIError(ctx.context.returned)) return;
        await clearAccountAttempts(db, signInEmail(ctx.body), clientAddress(ctx.headers, ctx.context.options));
      }),
    },
    plugins: [
      admin({
        defaultRole: "editor",
        adminRoles: ["admin"],
        roles: { admin: adminAc, editor: userAc },
        bannedUserMessage: DISABLED_ACCOUNT_MESSAGE,
      }),
      // Last, as better-auth asks: lets server actions set and clear the session cookie.
      nextCookies(),
    ],
  });
}

function minutes(seconds: number): string {
  const value = Math.max(1, Math.ceil(seconds / 60));
  return value === 1 ? "1 minute" : `${value} minutes`;
}

export type Auth = ReturnType<typeof createAuth>;

// One instance per process, built on first use so that `next build` needs no secret or database.
const holder = globalThis as unknown as { trackerAuth?: Auth };

export function getAuth(): Auth {
  holder.trackerAuth ??= createAuth();
  return holder.trackerAuth;
}
