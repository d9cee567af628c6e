// A client that reaches the app's port directly, not through one of the proxies TRUSTED_PROXIES
// names, is the socket's address whatever X-Forwarded-For says: rotating the header does not get
// an attacker a fresh per-address sign-in allowance. The same rotation against the journeys'
// server, which trusts the loopback address the journeys come from as its proxy, does, so the
// difference is the setting. A server of its own, on a database of its own, so that its
// sign-in counts touch no other journey.
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import crypto from "node:crypto";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { E2E_ORIGIN } from "./support/auth";
import { productionServerArgs } from "../scripts/lib/production-server";
import { removeSqliteDatabase, setUpDatabase, stopServer, waitForHealth } from "./support/own-server";

const port = Number(process.env.E2E_PORT_DIRECT ?? Number(process.env.E2E_PORT ?? 3100) + 1);
const origin = `http://127.0.0.1:${port}`;
const databaseFile = path.join(os.tmpdir(), `tracker-e2e-direct-${process.pid}-${Date.now()}.db`);
const env = {
  ...process.env,
  DATABASE_URL: `file:${databaseFile}`,
  SEED_DEMO: "0",
  // Proxies elsewhere on the network: the journeys, on 127.0.0.1, are clients that went round them.
  TRUSTED_PROXIES: "192.0.2.10, 10.0.0.0/8",
  NEXT_TELEMETRY_DISABLED: "1",
};
/** SIGN_IN_PER_IP.max in lib/auth/sign-in-limits.ts: attempts one address may make per window. */
const PER_ADDRESS_ATTEMPTS = 30;
let server: ChildProcess | null = null;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  setUpDatabase(env);
  server = spawn(process.execPath, productionServerArgs(port, "127.0.0.1"), { env, stdio: "ignore" });
  await waitForHealth(origin, "the TRUSTED_PROXIES server");
});

test.afterAll(async () => {
  await stopServer(server);
  removeSqliteDatabase(databaseFile);
});

/** Wrong sign-ins, each for an account of its own and under a made-up X-Forwarded-For address. */
async function rotatingSignIns(base: string, count: number): Promise<number[]> {
  const statuses: number[] = [];
  for (let attempt = 0; attempt < count; attempt++) {
    const response = await fetch(`${base}/api/auth/sign-in/email`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        origin: base,
        "x-forwarded-for": `198.51.100.${attempt + 1}`,
      },
      body: JSON.stringify({ email: `nobody-${crypto.randomUUID()}@e2e.test`, password: "not the password" }),
    });
    statuses.push(response.status);
  }
  return statuses;
}

test("X-Forwarded-For is ignored from a peer that is not a trusted proxy: the per-address limit counts the socket", async () => {
  const direct = await rotatingSignIns(origin, PER_ADDRESS_ATTEMPTS + 1);
  expect(direct.slice(0, PER_ADDRESS_ATTEMPTS).every((status) => status === 401)).toBe(true);
  expect(direct[PER_ADDRESS_ATTEMPTS]).toBe(429);
  // Behind one trusted proxy the header is the client's address: each attempt is a new address.
  const proxied = await rotatingSignIns(E2E_ORIGIN, PER_ADDRESS_ATTEMPTS + 1);
  expect(proxied.every((status) => status === 401)).toBe(true);
});

test("TRUSTED_PROXIES as a count, which believed any peer, stops the server with what to write instead", () => {
  let output = "";
  try {
    execFileSync(process.execPath, productionServerArgs(port, "127.0.0.1"), {
      env: { ...env, TRUSTED_PROXIES: "1" },
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
      timeout: 60_000,
    });
  } catch (error) {
    const failed = error as { status?: number; stdout?: string; stderr?: string };
    expect(failed.status).toBe(1);
    output = `${failed.stdout ?? ""}${failed.stderr ?? ""}`;
  }
  expect(output).toMatch(/TRUSTED_PROXIES=1 counts proxies.*TRUSTED_PROXIES=127\.0\.0\.1/);
});
