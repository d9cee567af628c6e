// `npm run user:create -- --email a@b.c --role admin [--name "..."]`: creates an account that
// signs in with email and password. The password comes from TRACKER_USER_PASSWORD or is asked
// for on the terminal without echo; it is never printed or logged.
import readline from "node:readline/promises";
import { Writable } from "node:stream";
import { parseArgs } from "node:util";
import { z } from "zod";
import { readAppEnv } from "@/lib/config/env";
import { getDb } from "@/lib/db/client";
import { NewUserSchema } from "@/lib/auth/schemas";
import { createUserAccount } from "@/lib/auth/users";
import { isAppError } from "@/lib/errors/app-error";
import { setupDatabase } from "@/lib/setup/setup-database";
import { log } from "./lib/cli";

const USAGE = 'usage: npm run user:create -- --email EMAIL --role editor|admin [--name "NAME"]';

class UsageError extends Error {}

async function askHidden(question: string): Promise<string> {
  let muted = false;
  // Echo goes through this stream; while muted, typed characters are swallowed.
  const output = new Writable({
    write(chunk, encoding, callback) {
      if (!muted) process.stdout.write(chunk, encoding);
      callback();
    },
  });
  const rl = readline.createInterface({ input: process.stdin, output, terminal: true });
  try {
    process.stdout.write(question);
    muted = true;
    return await rl.question("");
  } finally {
    muted = false;
    process.stdout.write("\n");
    rl.close();
  }
}

async function readPassword(): Promise<string> {
  const fromEnv = process.env.TRACKER_USER_PASSWORD;
  if (fromEnv !== undefined && fromEnv !== "") return fromEnv;
  if (!process.stdin.isTTY) {
    throw new UsageError("no password: set TRACKER_USER_PASSWORD or run the command in a terminal to be asked for one");
  }
  const first = await askHidden("Password (at least 12 characters, not shown): ");
  const second = await askHidden("The same password again: ");
  if (first !== second) throw new UsageError("the two passwords differ; nothing was created");
  return first;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: { email: { type: "string" }, role: { type: "string" }, name: { type: "string" } },
    strict: true,
  });
  if (!values.email || !values.role) throw new UsageError(USAGE);
  const email = values.email;
  const name = values.name?.trim() || email.split("@")[0] || email;
  // Check everything but the password first, so a typo does not cost a password prompt.
  const withoutPassword = NewUserSchema.omit({ password: true }).safeParse({ email, name, role: values.role });
  if (!withoutPassword.success) throw new UsageError(describeIssues(withoutPassword.error));

  const password = await readPassword();
  const parsed = NewUserSchema.safeParse({ ...withoutPassword.data, password });
  if (!parsed.success) throw new UsageError(describeIssues(parsed.error));

  const env = readAppEnv();
  await setupDatabase({ url: env.DATABASE_URL, seedReference: false, seedDemo: false, log });
  const db = getDb();
  try {
    const user = await createUserAccount(parsed.data, { actorId: null, note: "Created with npm run user:create" }, db);
    log(`user: created ${user.role} ${user.email} (${user.name})`);
  } finally {
    await db.$disconnect();
  }
}

function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join(".") || "input"}: ${issue.message}`).join("; ");
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    if (error instanceof UsageError || isAppError(error)) log(`user:create refused: ${error.message}`);
    else log(`user:create failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(isAppError(error, "EMAIL_TAKEN") ? 3 : error instanceof UsageError ? 2 : 1);
  },
);
