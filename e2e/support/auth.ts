// Accounts for the browser journeys: createUser makes one in the e2e server's database with the
// real CLI (scripts/user-create.ts, in a child process: it needs the react-server condition),
// signIn signs a page in through better-auth's HTTP endpoint.
import { execFileSync } from "node:child_process";
import crypto from "node:crypto";
import type { Page } from "@playwright/test";

/** The e2e server's origin, as in playwright.config.ts. */
export const E2E_ORIGIN = `http://127.0.0.1:${process.env.E2E_PORT ?? 3100}`;

export type TestRole = "editor" | "admin";

export interface TestUser {
  email: string;
  password: string;
  name: string;
  role: TestRole;
}

/** Creates a user (a unique email unless given) that can sign in at once. */
export function createUser(options: { role: TestRole; email?: string; password?: string; name?: string }): TestUser {
  const token = crypto.randomUUID().slice(0, 8);
  const user: TestUser = {
    role: options.role,
    email: options.email ?? `${options.role}-${token}@e2e.test`,
    password: options.password ?? `pw-${crypto.randomUUID()}`,
    name: options.name ?? `E2E ${options.role} ${token}`,
  };
  try {
    execFileSync(
      "node_modules/.bin/tsx",
      [
        "--conditions=react-server",
        "scripts/user-create.ts",
        "--email",
        user.email,
        "--role",
        user.role,
        "--name",
        user.name,
      ],
      {
        env: { ...process.env, DATABASE_URL: process.env.E2E_DATABASE_URL, TRACKER_USER_PASSWORD: user.password },
        stdio: ["ignore", "pipe", "pipe"],
        encoding: "utf8",
      },
    );
  } catch (error) {
    // The CLI says why on stdout ("user:create refused: ..."); the password is never in it.
    const output = error as { stdout?: string; stderr?: string };
    throw new Error(`createUser(${user.email}) failed: ${`${output.stdout ?? ""}${output.stderr ?? ""}`.trim()}`);
  }
  return user;
}

/**
 * A made-up client address per call: the journeys all come from 127.0.0.1, and sharing one
 * address would let parallel tests trip the per-IP sign-in limit of each other.
 */
export function uniqueClientIp(): string {
  const bytes = crypto.randomBytes(3);
  return `10.${bytes[0]}.${bytes[1]}.${bytes[2]}`;
}

/**
 * Signs the page's browser context in as `user` (the session cookie lands in the context, so
 * every page of it is signed in). Goes through the HTTP endpoint rather than the form, to keep
 * journeys that are not about sign-in fast; e2e/auth.spec.ts covers the form itself.
 */
export async function signIn(page: Page, user: Pick<TestUser, "email" | "password">): Promise<void> {
  const response = await page.request.post("/api/auth/sign-in/email", {
    data: { email: user.email, password: user.password },
    // better-auth refuses a cookie-setting POST whose Origin is not the site's (CSRF check).
    headers: { origin: E2E_ORIGIN, "x-forwarded-for": uniqueClientIp() },
  });
  if (!response.ok()) throw new Error(`signIn(${user.email}) failed: ${response.status()} ${await response.text()}`);
}
