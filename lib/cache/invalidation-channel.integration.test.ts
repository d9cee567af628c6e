// The LISTEN/NOTIFY link between instances on one PostgreSQL database (SQLite has one instance
// and sends nothing): an invalidation sent by one is heard by the others, not by itself; when
// the listening connection is killed it reconnects by itself, reports the gap (so its cache is
// dropped) and hears the next ones.
import { Client } from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { dialectOf } from "@/lib/db/dialect";
import { PostgresInvalidationChannel, type TagDurations } from "./shared-cache-handler.mjs";

const url = process.env.DATABASE_URL!;

type Heard = { tags: string[]; durations?: TagDurations };

function instance() {
  const heard: Heard[] = [];
  let gaps = 0;
  const channel = new PostgresInvalidationChannel({
    connectionString: url,
    onInvalidation: (tags, durations) => heard.push({ tags, durations }),
    onGap: () => gaps++,
  });
  return { channel, heard, gaps: () => gaps };
}

/** Waits for a condition that another connection makes true, bounded in attempts, not in a timed assertion. */
async function eventually(condition: () => boolean, what: string): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt++) {
    if (condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`never happened: ${what}`);
}

const open: PostgresInvalidationChannel[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((channel) => channel.close()));
});

describe.runIf(dialectOf(url) === "postgresql")("cache invalidation between instances (LISTEN/NOTIFY)", () => {
  it("reaches every other instance with its tags and durations, and not the sender", async () => {
    const [a, b, c] = [instance(), instance(), instance()];
    open.push(a.channel, b.channel, c.channel);
    await Promise.all([a.channel.start(), b.channel.start(), c.channel.start()]);
    expect([a, b, c].map((each) => each.gaps())).toEqual([1, 1, 1]);

    await a.channel.publish(["tracker:positions", "tracker:statements"], { expire: 0 });
    await eventually(() => b.heard.length === 1 && c.heard.length === 1, "b and c hear a");
    for (const other of [b, c]) {
      expect(other.heard).toEqual([{ tags: ["tracker:positions", "tracker:statements"], durations: { expire: 0 } }]);
    }
    // a's own message comes back on its connection too, and is ignored: b sends one, which a hears.
    await b.channel.publish(["tracker:country:DK"]);
    await eventually(() => a.heard.length === 1, "a hears b");
    expect(a.heard).toEqual([{ tags: ["tracker:country:DK"] }]);
    expect(b.heard).toHaveLength(1);
  });

  it("reconnects after its connection is killed, reports the gap, and hears what comes after", async () => {
    const [a, b] = [instance(), instance()];
    open.push(a.channel, b.channel);
    await Promise.all([a.channel.start(), b.channel.start()]);

    const admin = new Client({ connectionString: url });
    await admin.connect();
    try {
      const killed = await admin.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
          WHERE datname = current_database() AND application_name = 'tracker cache invalidation' AND pid <> pg_backend_pid()`,
      );
      expect(killed.rowCount).toBeGreaterThanOrEqual(2);
    } finally {
      await admin.end();
    }
    await eventually(() => a.gaps() === 2 && b.gaps() === 2 && a.channel.listening && b.channel.listening, "both back");

    await a.channel.publish(["tracker:positions"], { expire: 0 });
    await eventually(() => b.heard.length === 1, "b hears a after the reconnection");
    expect(b.heard[0]?.tags).toEqual(["tracker:positions"]);
  });

  it("still sends while its own listener is down, through a connection of its own", async () => {
    const [a, b] = [instance(), instance()];
    open.push(b.channel);
    await b.channel.start();
    // a never started listening: its publish opens a one-off connection.
    await a.channel.publish(["tracker:statements"], { expire: 0 });
    await eventually(() => b.heard.length === 1, "b hears a's one-off notification");
    expect(b.heard[0]).toEqual({ tags: ["tracker:statements"], durations: { expire: 0 } });
  });
});
