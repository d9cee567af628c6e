// One load of `npm run bench` (scripts/bench-views.ts), in a process of its own: autocannon
// against one URL, printing its JSON result. autocannon keeps each response's body as a string
// (`body += chunk`), which decodes every byte as UTF-8: free for plain ASCII, but a compressed
// body (brotli, gzip, PNG) of 80 KB cost this client about 2 ms, so the load measured the
// client's decoding rather than the server (the same 85 KB from a bare Node server: 434 req/s
// as random bytes, 11,000 as ASCII). Nothing here reads bodies, so they are counted, not kept.
// Usage: tsx scripts/bench-load.ts <url> <connections> <seconds> <accept-encoding>
import autocannon from "autocannon";
// eslint-disable-next-line @typescript-eslint/no-require-imports -- an internal module of autocannon, without types
const queue = require("autocannon/lib/pipelinedRequestsQueue") as { prototype: { addBody: (data: Buffer) => void } };
queue.prototype.addBody = () => {};

const [url, connections, seconds, acceptEncoding] = process.argv.slice(2);
if (!url) throw new Error("usage: bench-load.ts <url> <connections> <seconds> <accept-encoding>");
autocannon(
  {
    url,
    connections: Number(connections ?? 20),
    duration: Number(seconds ?? 8),
    timeout: 10,
    headers: acceptEncoding ? { "accept-encoding": acceptEncoding } : {},
  },
  (error, result) => {
    if (error) throw error;
    process.stdout.write(`${JSON.stringify(result)}\n`);
  },
);
