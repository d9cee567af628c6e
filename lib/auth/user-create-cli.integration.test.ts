import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";

// `npm run user:create`, run as a user would, against the test database.
function userCreate(args: string[], password: string | undefined) {
  const result = spawnSync("node_modules/.bin/tsx", ["--conditions=react-server", "scripts/user-create.ts", ...args], {
    env: { ...process.env, TRACKER_USER_PASSWORD: password ?? "" },
    stdio: ["ignore", "pipe", "pipe"],
    encoding: "utf8",
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe("npm run user:create", () => {
  it("creates an admin who is recorded in the audit log, and never prints the password", async () => {
    const email = `cli-${crypto.randomUUID().slice(0, 8)}@example.org`;
    const password = `cli-secret-${crypto.randomUUID()}`;
    const created = userCreate(["--email", email, "--role", "admin", "--name", "Cli Admin"], password);
    expect(created.output).toContain(`created admin ${email}`);
    expect(created.status).toBe(0);
    expect(created.output).not.toContain(password);

    const user = await getDb().user.findUniqueOrThrow({ where: { email }, include: { accounts: true } });
    expect(user).toMatchObject({ role: "admin", name: "Cli Admin", banned: false });
    expect(user.accounts[0]!.password).toMatch(/^\$argon2id\$/);
    expect(await getDb().auditEvent.count({ where: { action: "user.create", entityId: user.id } })).toBe(1);

    const again = userCreate(["--email", email.toUpperCase(), "--role", "editor"], password);
    expect(again.status).toBe(3);
    expect(again.output).toContain("already exists");
    expect(again.output).not.toContain(password);
    expect(await getDb().user.count({ where: { email } })).toBe(1);
  });

  it("refuses a weak password, an unknown role and a missing password, creating nobody", async () => {
    const email = `cli-${crypto.randomUUID().slice(0, 8)}@example.org`;
    const weak = userCreate(["--email", email, "--role", "editor"], "short-pw");
    expect(weak.status).toBe(2);
    expect(weak.output).toContain("at least 12 characters");
    expect(weak.output).not.toContain("short-pw");
    expect(userCreate(["--email", email, "--role", "owner"], "a long enough passphrase").status).toBe(2);
    // No TTY to ask on, and no TRACKER_USER_PASSWORD.
    const missing = userCreate(["--email", email, "--role", "editor"], undefined);
    expect(missing.status).toBe(2);
    expect(missing.output).toContain("TRACKER_USER_PASSWORD");
    expect(await getDb().user.count({ where: { email } })).toBe(0);
  });
});
