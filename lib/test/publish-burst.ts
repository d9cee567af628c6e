// A child process for lib/ingest/sigkill.integration.test.ts: publishes the burst's articles
// (lib/test/burst-articles.ts) into DATABASE_URL, several at once, until it is killed, and says
// on stdout what it does: `started i`, `published i` (committed), and `holding i` when the
// publish of article `--hold` has written everything in its transaction and waits there,
// uncommitted, so that the parent's SIGKILL lands inside an open transaction.
// Usage: tsx --conditions=react-server lib/test/publish-burst.ts <token> <first> <concurrency> [hold]
import { getDb } from "@/lib/db/client";
import { publishArticle } from "@/lib/ingest/publish-article";
import { burstArticle } from "./burst-articles";

async function main(): Promise<void> {
  const [token, first, concurrency, hold] = process.argv.slice(2);
  if (!token || !first || !concurrency) throw new Error("usage: publish-burst <token> <first> <concurrency> [hold]");
  const holdIndex = hold === undefined ? null : Number(hold);
  let next = Number(first);
  const say = (line: string) => process.stdout.write(`${line}\n`);
  await getDb().country.count();
  say("ready");
  async function worker(): Promise<never> {
    for (;;) {
      const index = next++;
      say(`started ${index}`);
      await publishArticle(getDb(), {
        ...burstArticle(token!, index),
        onCreated:
          index === holdIndex
            ? async () => {
                say(`holding ${index}`);
                await new Promise((resolve) => setTimeout(resolve, 20_000));
              }
            : undefined,
      });
      say(`published ${index}`);
    }
  }
  await Promise.all(Array.from({ length: Number(concurrency) }, worker));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
