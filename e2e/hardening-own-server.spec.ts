// What needs a server of its own, on a database of its own, whose log can be read line by line:
// server-action requests from outside the app's own pages (a made-up session cookie, bodies
// past an action's own limit, malformed bodies, another page's action sent to /sign-in), and
// an operator's restore while the server runs.
import { type ChildProcess, execFile, execFileSync, spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { expect, test } from "@playwright/test";
import { ACTION_BODY_LIMITS } from "../lib/http/server-actions.mjs";
import { warmUpPaths } from "../lib/http/warm-up.mjs";
import { productionServerArgs } from "../scripts/lib/production-server";
import { builtActions } from "./support/build-manifests";
import { removeSqliteDatabase, setUpDatabase, stopServer, waitForHealth } from "./support/own-server";

const port = Number(process.env.E2E_PORT_GATE ?? Number(process.env.E2E_PORT ?? 3100) + 2);
const origin = `http://127.0.0.1:${port}`;
const databaseFile = path.join(os.tmpdir(), `tracker-e2e-gate-${process.pid}-${Date.now()}.db`);
const env = {
  ...process.env,
  DATABASE_URL: `file:${databaseFile}`,
  SEED_DEMO: "0",
  TRUSTED_PROXIES: "",
  NEXT_TELEMETRY_DISABLED: "1",
};
const serverLog: string[] = [];
let server: ChildProcess | null = null;
let sessionCookie = "";

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  setUpDatabase(env);
  const email = `gate-${crypto.randomUUID().slice(0, 8)}@e2e.test`;
  const password = `pw-${crypto.randomUUID()}`;
  execFileSync(
    "node_modules/.bin/tsx",
    ["--conditions=react-server", "scripts/user-create.ts", "--email", email, "--role", "editor", "--name", "Gate"],
    { env: { ...env, TRACKER_USER_PASSWORD: password }, stdio: "ignore" },
  );
  server = spawn(process.execPath, productionServerArgs(port, "127.0.0.1"), { env, stdio: ["ignore", "pipe", "pipe"] });
  for (const stream of [server.stdout!, server.stderr!]) {
    let pending = "";
    stream.on("data", (chunk: Buffer) => {
      const lines = (pending + chunk.toString("utf8")).split("\n");
      pending = lines.pop() ?? "";
      serverLog.push(...lines);
    });
  }
  await waitForHealth(origin, "the gate's own server");
  const signedIn = await fetch(`${origin}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin },
    body: JSON.stringify({ email, password }),
  });
  expect(signedIn.status).toBe(200);
  sessionCookie = signedIn.headers
    .getSetCookie()
    .map((cookie) => cookie.split(";")[0])
    .join("; ");
  expect(sessionCookie).toContain("session_token=");
});

test.afterAll(async () => {
  await stopServer(server);
  removeSqliteDatabase(databaseFile);
});

function actionId(name: string): string {
  const id = builtActions().get(name);
  if (!id) throw new Error(`no built action ${name}`);
  return id;
}

interface Answer {
  status: number;
  body: string;
}

/**
 * Sends an action request's headers and at most `sent` bytes of a body `declared` bytes long,
 * then waits for the answer: a server that reads the body before answering never answers
 * one that is not all sent, so an answer proves the body was not waited for.
 */
function postAction(options: {
  path: string;
  id: string;
  cookie?: string;
  contentType?: string;
  body?: Buffer | string;
  declared?: number;
}): Promise<Answer> {
  const body = Buffer.from(options.body ?? "");
  const declared = options.declared ?? body.length;
  return new Promise((resolve, reject) => {
    const request = http.request(
      `${origin}${options.path}`,
      {
        method: "POST",
        headers: {
          "next-action": options.id,
          origin,
          accept: "text/x-component",
          "content-type": options.contentType ?? "text/plain;charset=UTF-8",
          "content-length": String(declared),
          ...(options.cookie ? { cookie: options.cookie } : {}),
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => {
          resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") });
          request.destroy();
        });
      },
    );
    request.on("error", (error) => (request.destroyed ? undefined : reject(error)));
    request.write(body);
    if (body.length >= declared) request.end();
  });
}

/** A multipart body as React sends an action's arguments, with the given parts in order. */
function multipart(parts: [string, string][]): { contentType: string; body: string } {
  const boundary = `----gate${crypto.randomUUID().replace(/-/g, "")}`;
  const body =
    parts
      .map(([name, value]) => `--${boundary}\r\ncontent-disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`)
      .join("") + `--${boundary}--\r\n`;
  return { contentType: `multipart/form-data; boundary=${boundary}`, body };
}

function logSince(mark: number): string[] {
  return serverLog
    .slice(mark)
    .filter((line) => line.trim() !== "" && !line.startsWith("ready on") && !line.startsWith("warmed up:"));
}

test("renders every view of its warm-up once it has started (lib/http/warm-up.mjs)", async () => {
  test.setTimeout(90_000);
  const expected = warmUpPaths(Date.now()).length;
  await expect
    .poll(() => serverLog.find((line) => line.startsWith("warmed up:")) ?? "", { timeout: 60_000 })
    .toMatch(new RegExp(`^warmed up: ${expected} of ${expected} views rendered in \\d+ ms$`));
  // Once warmed up, the readiness check is the health check (503 before: lib/http/warm-up.test.ts).
  const ready = await fetch(`${origin}/api/ready`);
  expect(ready.status).toBe(200);
  expect(ready.headers.get("cache-control")).toBe("no-store");
  expect(await ready.json()).toEqual({ status: "ok", database: "ok" });
});

test("a made-up session cookie gets a 401 before the body is read, and so does no cookie", async () => {
  const id = actionId("app/ingest/actions.ts#submitArticleAction");
  for (const cookie of [undefined, "better-auth.session_token=x", `better-auth.session_token=${"a".repeat(32)}.sig`]) {
    // 6 MB announced, 1 KB sent: only a server that answers before reading the body answers.
    const answer = await postAction({ path: "/ingest", id, cookie, body: "x".repeat(1024), declared: 6_000_000 });
    expect(answer.status, String(cookie)).toBe(401);
    expect(JSON.parse(answer.body), String(cookie)).toEqual({ error: "Sign in to continue." });
  }
});

test("each action has a body limit of its own, checked before the body is read", async () => {
  const unlisted = [...builtActions().keys()].filter((name) => !ACTION_BODY_LIMITS.has(name));
  expect(unlisted, "actions without a limit of their own in lib/http/server-actions.mjs").toEqual([]);
  const keepOpen = actionId("app/ingest/[draftId]/actions.ts#keepDraftOpenAction");
  const tooLargeForKeepOpen = await postAction({
    path: "/ingest/none",
    id: keepOpen,
    cookie: sessionCookie,
    body: "[",
    declared: 200_000,
  });
  expect(tooLargeForKeepOpen.status).toBe(413);
  // The paste action reads pastes of megabytes, to answer them with its own message.
  const paste = actionId("app/ingest/actions.ts#submitArticleAction");
  const tooLargeForPaste = await postAction({
    path: "/ingest",
    id: paste,
    cookie: sessionCookie,
    body: "[",
    declared: 7_000_000,
  });
  expect(tooLargeForPaste.status).toBe(413);
});

test("malformed action bodies get a 400 with a short message and one log line each, no stack", async () => {
  const keepOpen = actionId("app/ingest/[draftId]/actions.ts#keepDraftOpenAction");
  const decide = actionId("app/ingest/[draftId]/actions.ts#decidePositionAction");
  const save = actionId("app/ingest/[draftId]/actions.ts#savePositionAction");
  const deep = `${"[".repeat(20_000)}${"]".repeat(20_000)}`;
  const malformed: { label: string; id: string; contentType?: string; body: string }[] = [
    { label: "bad JSON", id: keepOpen, body: '["unterminated' },
    { label: "not an argument list", id: keepOpen, body: '"draft"' },
    { label: "an unknown reference kind", id: keepOpen, body: '["$Zzz"]' },
    { label: "a reference to a missing part", id: keepOpen, body: '["$1"]' },
    { label: "a promise reference", id: decide, body: '[{"draftId":"$@2"}]' },
    { label: "a server reference", id: decide, body: '["$h1"]' },
    { label: "a BigInt that is not a number", id: keepOpen, body: '["$nxyz"]' },
    { label: "20,000-deep nesting", id: save, body: deep },
    { label: "deep nesting of objects", id: save, body: `${'{"a":'.repeat(5000)}1${"}".repeat(5000)}` },
    { label: "multipart without its root part", id: decide, ...multipart([["_1_draftId", "x"]]) },
    { label: "multipart with a bad root part", id: decide, ...multipart([["0", "[{"]]) },
    { label: "multipart naming a missing part", id: decide, ...multipart([["0", '["$Q5"]']]) },
    {
      label: "a multipart body that is not one",
      id: decide,
      contentType: "multipart/form-data; boundary=zz",
      body: "--zz\r\nbroken",
    },
    { label: "form-urlencoded", id: keepOpen, contentType: "application/x-www-form-urlencoded", body: "a=b&c=d" },
  ];
  for (const attempt of malformed) {
    const mark = serverLog.length;
    const answer = await postAction({
      path: "/ingest/none",
      id: attempt.id,
      cookie: sessionCookie,
      contentType: attempt.contentType,
      body: attempt.body,
    });
    expect(answer.status, attempt.label).toBe(400);
    const message = (JSON.parse(answer.body) as { error: string }).error;
    expect(message.length, attempt.label).toBeLessThan(120);
    // The log line is written as the answer goes out; wait for it without timing anything.
    await expect.poll(() => logSince(mark).length, { message: attempt.label }).toBeGreaterThanOrEqual(1);
    const lines = logSince(mark);
    expect(lines, attempt.label).toHaveLength(1);
    expect(lines[0], attempt.label).not.toMatch(/\n\s+at |Error: /);
    expect(lines[0]!.length, attempt.label).toBeLessThan(1000);
  }
});

test("a well-formed action call from a signed-in editor still reaches its action", async () => {
  const keepOpen = actionId("app/ingest/[draftId]/actions.ts#keepDraftOpenAction");
  const answer = await postAction({ path: "/ingest/none", id: keepOpen, cookie: sessionCookie, body: '["none"]' });
  expect(answer.status).toBe(200);
  expect(answer.body).toContain("false");
});

test("another page's action sent anonymously to /sign-in is refused before Next, and logs no abort", async () => {
  const mark = serverLog.length;
  for (const name of [
    "app/ingest/actions.ts#submitArticleAction",
    "app/ingest/[draftId]/actions.ts#publishDraftAction",
    "lib/auth/actions.ts#signOutAction",
  ]) {
    const answer = await postAction({
      path: "/sign-in",
      id: actionId(name),
      ...multipart([
        ["_1_title", "x".repeat(300)],
        ["0", '[{},"$K1"]'],
      ]),
    });
    expect(answer.status, name).toBe(401);
  }
  // The sign-in action itself is reachable there, anonymously, and answers a wrong password.
  const signIn = await postAction({
    path: "/sign-in",
    id: actionId("lib/auth/actions.ts#signInAction"),
    ...multipart([
      ["_1_email", "nobody@e2e.test"],
      ["_1_password", "not the password at all"],
      ["0", '[{},"$K1"]'],
    ]),
  });
  expect(signIn.status).toBe(200);
  // Health answers after the requests above, so any log they cause has been written by then.
  expect((await fetch(`${origin}/api/health`)).ok).toBe(true);
  expect(logSince(mark).join("\n")).not.toMatch(/aborted|uncaughtException/);
});

const runFile = promisify(execFile);

test("npm run db:restore refuses while the server runs, says how to stop it, and the data stays", async () => {
  const backup = path.join(os.tmpdir(), `tracker-e2e-gate-backup-${process.pid}-${Date.now()}.db`);
  try {
    // Run without blocking this process: while a synchronous child ran (two tsx start-ups, over
    // 5 s on a loaded machine), the server closed the idle keep-alive socket of the fetches
    // before, this process never saw it close, and the health fetch below went out on it
    // ("other side closed") although the server was up.
    await runFile("node_modules/.bin/tsx", ["--conditions=react-server", "scripts/db-backup.ts", backup], { env });
    let output = "";
    let status: number | null = 0;
    try {
      await runFile("node_modules/.bin/tsx", ["--conditions=react-server", "scripts/db-restore.ts", backup], {
        env,
        encoding: "utf8",
      });
    } catch (error) {
      const failed = error as { code?: number | string | null; stdout?: string; stderr?: string };
      status = typeof failed.code === "number" ? failed.code : null;
      output = `${failed.stdout ?? ""}${failed.stderr ?? ""}`;
    }
    expect(status).toBe(1);
    expect(output).toMatch(/An app server is serving this database \(pid \d+ on .*\)\. .*Stop it first/);
    expect((await fetch(`${origin}/api/health`)).ok).toBe(true);
  } finally {
    fs.rmSync(backup, { force: true });
  }
});
