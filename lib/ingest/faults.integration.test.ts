// Faults a deployment meets, on both engines: many editors publishing at once (distinct
// articles and the same one twice), and the database unavailable for a while (SQLite locked by
// another process past its busy timeout; PostgreSQL refusing connections, as while it restarts).
// Each must end with every article stored once and whole, a clear error for the failed
// publish, and the next publish working on the same client, without a restart.
import { spawn } from "node:child_process";
import { Client } from "pg";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { dialectOf, sqliteFilePath } from "@/lib/db/dialect";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";
import { publishArticle, type PublishArticleInput } from "@/lib/ingest/publish-article";
import { uniqueToken } from "@/lib/test/factories";

const url = process.env.DATABASE_URL!;
const SENTENCE = "Croatia will send a demining team to Odesa, its defence minister said.";

function article(token: string, index: number): PublishArticleInput {
  const body = `${SENTENCE}\n\nReference ${token}-${index}.\n`;
  return {
    title: `Zagreb ${token} ${index}`,
    outlet: "Fault Wire",
    url: null,
    publishedOn: new Date("2026-02-01T00:00:00Z"),
    body,
    actorId: null,
    positions: [
      {
        country: "HR",
        commitment: "training",
        stance: "committed",
        condition: null,
        speaker: null,
        start: 0,
        end: SENTENCE.length,
        statedOn: new Date("2026-02-01T00:00:00Z"),
        confidence: 0.9,
        cues: ["will send"],
        reviewState: "accepted",
        proposalEdited: false,
      },
    ],
  };
}

async function storedArticles(token: string) {
  return getDb().article.findMany({
    where: { title: { startsWith: `Zagreb ${token} ` } },
    select: { id: true, title: true, statements: { select: { commitments: { select: { id: true } } } } },
  });
}

describe("200 concurrent publishes", () => {
  it("store each of 100 distinct articles once and whole, the duplicates landing on them", async () => {
    const token = uniqueToken();
    const inputs = Array.from({ length: 100 }, (_, i) => article(token, i));
    const results = await Promise.all([...inputs, ...inputs].map((input) => publishArticle(getDb(), input)));
    const stored = await storedArticles(token);
    expect(stored).toHaveLength(100);
    for (const row of stored) expect(row.statements.flatMap((s) => s.commitments)).toHaveLength(1);
    const ids = new Set(stored.map((row) => row.id));
    for (const result of results) expect(ids.has(result.articleId)).toBe(true);
    expect(results.filter((result) => result.status === "created")).toHaveLength(100);
  });
});

/** Makes the database unavailable to this process's client until `restore` is called. */
async function makeUnavailable(): Promise<{ restore: () => Promise<void> }> {
  if (dialectOf(url) === "sqlite") {
    // Another process holds the write lock for longer than the busy timeout (10 s).
    const script = `
      const db = new (require("better-sqlite3"))(process.argv[1]);
      db.exec("BEGIN EXCLUSIVE");
      console.log("locked");
      process.stdin.on("data", () => { db.exec("ROLLBACK"); db.close(); process.exit(0); });
    `;
    const child = spawn(process.execPath, ["-e", script, sqliteFilePath(url)], { stdio: ["pipe", "pipe", "inherit"] });
    await new Promise((resolve) => child.stdout.once("data", resolve));
    return {
      restore: () =>
        new Promise<void>((resolve) => {
          child.on("exit", () => resolve());
          child.stdin.write("go\n");
        }),
    };
  }
  // PostgreSQL: the database stops accepting connections and this process's are cut, as in a
  // restart, without touching the shared server.
  const name = new URL(url).pathname.slice(1);
  const admin = new Client({
    connectionString: process.env.TEST_POSTGRES_URL || "postgresql://postgres@127.0.0.1:5432/test",
  });
  await admin.connect();
  await admin.query(`ALTER DATABASE "${name}" WITH ALLOW_CONNECTIONS false`);
  await admin.query(
    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()",
    [name],
  );
  return {
    restore: async () => {
      await admin.query(`ALTER DATABASE "${name}" WITH ALLOW_CONNECTIONS true`);
      await admin.end();
    },
  };
}

describe("the database unavailable for a while", () => {
  it("fails the publish with a recognisable error, writes nothing, and recovers without a restart", async () => {
    const token = uniqueToken();
    await publishArticle(getDb(), article(token, 0));
    const outage = await makeUnavailable();
    let failure: unknown = null;
    try {
      await publishArticle(getDb(), article(token, 1));
    } catch (error) {
      failure = error;
    } finally {
      await outage.restore();
    }
    expect(failure).not.toBeNull();
    expect(isDatabaseUnavailable(failure)).toBe(true);
    const afterOutage = await storedArticles(token);
    expect(afterOutage.map((row) => row.title)).toEqual([`Zagreb ${token} 0`]);
    const recovered = await publishArticle(getDb(), article(token, 1));
    expect(recovered.status).toBe("created");
    expect(await storedArticles(token)).toHaveLength(2);
  }, 60_000);
});
