// With TRUSTED_PROXIES=0 (the default: no reverse proxy of ours in front), the client address is
// the socket's, whatever X-Forwarded-For says: rotating the header does not get an attacker a
// fresh per-address sign-in allowance. The same rotation against the journeys' server, which
// trusts one proxy hop, does, so the difference is the setting. A server of its own, on a
// database of its own, so that its sign-in counts touch no other journey.
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { E2E_ORIGIN } from "./support/auth";
import { productionServerArgs } from "../scripts/lib/production-server";

const port = Number(process.env.E2E_PORT_DIRECT ?? Number(process.env.E2E_PORT ?? 3100) + 1);
const origin = `http://127.0.0.1:${port}`;
const databaseFile = path.join(os.tmpdir(), `tracker-e2e-direct-${process.pid}-${Date.now()}.db`);
const env = {
  ...process.env,
  DATABASE_URL: `file:${databaseFile}`,
  SEED_DEMO: "0",
  TRUSTED_PROXIES: "0",
  NEXT_TELEMETRY_DISABLED: "1",
};
/** SIGN_IN_PER_IP.max in lib/auth/sign-in-limits.ts: attempts one address may make per window. */
const PER_ADDRESS_ATTEMPTS = 30;
let server: ChildProcess | null = null;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  execFileSync("node_modules/.bin/tsx", ["--conditions=react-server", "scripts/setup.ts", "--no-build"], {
    env,
    stdio: "ignore",
  });
  server = spawn(process.execPath, productionServerArgs(port, "127.0.0.1"), { env, stdio: "ignore" });
  for (let attempt = 0; attempt < 150; attempt++) {
    try {
      if ((await fetch(`${origin}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the TRUSTED_PROXIES=0 server on ${port} never became healthy`);
});

test.afterAll(async () => {
  if (server) {
    const exited = new Promise((resolve) => server!.once("exit", resolve));
    server.kill("SIGTERM");
    await exited;
  }
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(`${databaseFile}${suffix}`, { force: true });
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

test("X-Forwarded-For is ignored without a trusted proxy: the per-address limit counts the socket", async () => {
  const direct = await rotatingSignIns(origin, PER_ADDRESS_ATTEMPTS + 1);
  expect(direct.slice(0, PER_ADDRESS_ATTEMPTS).every((status) => status === 401)).toBe(true);
  expect(direct[PER_ADDRESS_ATTEMPTS]).toBe(429);
  // Behind one trusted proxy the header is the client's address: each attempt is a new address.
  const proxied = await rotatingSignIns(E2E_ORIGIN, PER_ADDRESS_ATTEMPTS + 1);
  expect(proxied.every((status) => status === 401)).toBe(true);
});
