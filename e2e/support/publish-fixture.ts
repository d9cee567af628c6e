// Run by e2e/support/seed.ts in a child process (the app's server-only modules need the
// react-server condition): reads positions as JSON on stdin, publishes an article built
// from them into DATABASE_URL, expires the server's cached views, prints {"articleId": ...}.
import { requestCacheInvalidation } from "@/lib/cache/request-invalidation";
import { createPublishedArticle, type TestPosition } from "@/lib/test/factories";

async function main(): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const input = JSON.parse(Buffer.concat(chunks).toString("utf8")) as {
    published: string;
    title?: string;
    positions: TestPosition[];
  };
  const result = await createPublishedArticle(input);
  // The server caches its views; a write from this process must expire them, as a publish in the app does.
  const outcome = await requestCacheInvalidation(`http://127.0.0.1:${process.env.E2E_PORT ?? 3100}`);
  if (outcome.kind !== "invalidated") throw new Error(`cache invalidation failed: ${JSON.stringify(outcome)}`);
  console.log(JSON.stringify({ articleId: result.articleId }));
  process.exit(0);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
