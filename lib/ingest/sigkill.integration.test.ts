// The process that publishes killed with SIGKILL in the middle of a burst of publishes, then
// started again, round after round, on both engines: no article is stored in part (every one
// has all its statements, all their commitments and its audit entry), none the killed process
// reported as published is lost, the one killed inside its open transaction is not there at
// all, and the position read model equals a rebuild from the commitments.
import { type ChildProcess, spawn } from "node:child_process";
import readline from "node:readline";
import { afterEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { dialectOf } from "@/lib/db/dialect";
import { publishArticle } from "@/lib/ingest/publish-article";
import { rebuildPositions } from "@/lib/positions/maintain-positions";
import { burstArticle, burstIndexOf, burstStatementCount } from "@/lib/test/burst-articles";
import { uniqueToken } from "@/lib/test/factories";
import { snapshotPositions } from "@/lib/test/position-snapshot";

/** Rounds per engine: half killed while one publish waits inside its transaction, half at an arbitrary moment. */
const ROUNDS = 6;
const CONCURRENCY = 4;
/** Index space of one round's child, so that rounds never publish the same article. */
const ROUND_STRIDE = 1000;

/** Children still alive if a round fails before its kill: killed after the test, never left publishing. */
const alive = new Set<ChildProcess>();
afterEach(() => {
  for (const child of alive) child.kill("SIGKILL");
  alive.clear();
});

interface Round {
  started: Set<number>;
  published: Set<number>;
  held: number | null;
}

/** Starts the publishing child; resolves each time it reports a line, until it is killed. */
function startBurst(token: string, first: number, hold: number | null) {
  // node itself with tsx as a loader, not the tsx command, which runs the script in a second
  // process that would outlive a SIGKILL sent to the first.
  const args = ["--conditions=react-server", "--import", "tsx", "lib/test/publish-burst.ts", token, String(first)];
  args.push(String(CONCURRENCY));
  if (hold !== null) args.push(String(hold));
  const child: ChildProcess = spawn(process.execPath, args, {
    env: process.env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  alive.add(child);
  child.on("exit", () => alive.delete(child));
  let stderr = "";
  child.stderr!.on("data", (chunk) => (stderr += String(chunk)));
  const round: Round = { started: new Set(), published: new Set(), held: null };
  const listeners = new Set<() => void>();
  readline.createInterface({ input: child.stdout! }).on("line", (line) => {
    const [event, value] = line.split(" ");
    if (event === "started") round.started.add(Number(value));
    if (event === "published") round.published.add(Number(value));
    if (event === "holding") round.held = Number(value);
    for (const listener of listeners) listener();
  });
  const exited = new Promise<NodeJS.Signals | number | null>((resolve) =>
    child.on("exit", (code, signal) => resolve(signal ?? code)),
  );
  return {
    round,
    /** Waits (bounded: the child dies with its stderr in the error) until the condition holds. */
    until(condition: () => boolean, what: string): Promise<void> {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (!condition()) return;
          listeners.delete(check);
          resolve();
        };
        listeners.add(check);
        exited.then((how) => {
          if (!condition()) reject(new Error(`publisher exited (${how}) before ${what}: ${stderr.slice(-2000)}`));
        });
        check();
      });
    },
    async kill(): Promise<NodeJS.Signals | number | null> {
      child.kill("SIGKILL");
      return exited;
    },
  };
}

/**
 * PostgreSQL finishes a killed client's COMMIT, and rolls back its open transaction, only as
 * its backend notices the closed socket: the reads below wait for that, or a late commit could
 * land between the snapshot of the positions and the rebuild they are compared with.
 */
async function untilKilledSessionsEnd(): Promise<void> {
  if (dialectOf(process.env.DATABASE_URL!) !== "postgresql") return;
  for (let attempt = 0; attempt < 400; attempt++) {
    const [row] = await getDb().$queryRawUnsafe<{ busy: number }[]>(
      `SELECT count(*)::int AS busy FROM pg_stat_activity
        WHERE datname = current_database() AND backend_type = 'client backend'
          AND pid <> pg_backend_pid() AND state IS DISTINCT FROM 'idle'`,
    );
    if (row?.busy === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error("a killed publisher's session is still busy after 10 s");
}

async function storedBurst(token: string) {
  const articles = await getDb().article.findMany({
    where: { title: { startsWith: `Burst ${token} ` } },
    select: { id: true, title: true, statements: { select: { commitments: { select: { id: true } } } } },
  });
  const audited = new Set(
    (
      await getDb().auditEvent.findMany({
        where: { action: "article.publish", entityId: { in: articles.map((article) => article.id) } },
        select: { entityId: true },
      })
    ).map((event) => event.entityId),
  );
  return articles.map((article) => ({
    index: burstIndexOf(token, article.title),
    statements: article.statements.map((statement) => statement.commitments.length),
    audited: audited.has(article.id),
  }));
}

describe("SIGKILL of the publishing process mid-burst, then a restart", () => {
  it(`leaves no partial article, loses no acknowledged one, and keeps the positions equal to a rebuild (${ROUNDS} kills)`, async () => {
    const token = uniqueToken();
    const rounds: Round[] = [];
    const figures = { kills: 0, killedInsideTransaction: 0, inFlightAtKill: 0 };
    for (let n = 0; n < ROUNDS; n++) {
      const first = n * ROUND_STRIDE;
      const holdsOne = n % 2 === 0;
      // The held publish comes after a few ordinary ones have committed, so each round has both.
      const burst = startBurst(token, first, holdsOne ? first + 3 + n : null);
      if (holdsOne) {
        await burst.until(() => burst.round.held !== null, "the held publish");
      } else {
        await burst.until(() => burst.round.published.size >= 4 + n, "a few publishes");
        // An arbitrary moment among the publishes in flight.
        await new Promise((resolve) => setTimeout(resolve, Math.floor(Math.random() * 40)));
      }
      const inFlight = burst.round.started.size - burst.round.published.size;
      expect(await burst.kill()).toBe("SIGKILL");
      figures.kills++;
      if (burst.round.held !== null) figures.killedInsideTransaction++;
      figures.inFlightAtKill += inFlight;
      rounds.push(burst.round);
    }

    await untilKilledSessionsEnd();
    // The database takes the next publish as if nothing happened.
    const after = burstArticle(token, ROUNDS * ROUND_STRIDE);
    expect((await publishArticle(getDb(), after)).status).toBe("created");

    const stored = await storedBurst(token);
    const storedIndices = new Set(stored.map((article) => article.index));
    for (const article of stored) {
      expect(article.index, "a burst article's title").not.toBeNull();
      expect(article.statements, `article ${article.index}: statements and their commitments`).toEqual(
        Array.from({ length: burstStatementCount(article.index!) }, () => 2),
      );
      expect(article.audited, `article ${article.index}: audit entry`).toBe(true);
    }
    for (const round of rounds) {
      for (const index of round.published) expect(storedIndices.has(index), `acknowledged ${index}`).toBe(true);
      if (round.held !== null) expect(storedIndices.has(round.held), `held ${round.held}`).toBe(false);
      for (const index of storedIndices) {
        if (index !== null && Math.floor(index / ROUND_STRIDE) === rounds.indexOf(round)) {
          expect(round.started.has(index), `stored ${index} was started`).toBe(true);
        }
      }
    }
    expect(storedIndices.has(ROUNDS * ROUND_STRIDE)).toBe(true);

    const incremental = await snapshotPositions();
    await rebuildPositions(getDb());
    expect(await snapshotPositions()).toEqual(incremental);

    expect(figures.kills).toBe(ROUNDS);
    expect(figures.killedInsideTransaction).toBe(ROUNDS / 2);
    const acknowledged = rounds.reduce((sum, round) => sum + round.published.size, 0);
    console.info(
      `sigkill: ${figures.kills} kills (${figures.killedInsideTransaction} inside an open transaction), ` +
        `${figures.inFlightAtKill} publishes in flight at the kills, ${acknowledged} acknowledged, ` +
        `${stored.length} stored, 0 partial`,
    );
  }, 180_000);
});
