// One load of `npm run bench` (scripts/bench-views.ts), in a process of its own: autocannon
// against one URL with bodies counted, not decoded (scripts/lib/load-client.ts), printing
// autocannon's JSON result.
// Usage: tsx scripts/bench-load.ts <url> <connections> <seconds> <accept-encoding>
import { runLoad } from "./lib/load-client";

const [url, connections, seconds, acceptEncoding] = process.argv.slice(2);
if (!url) throw new Error("usage: bench-load.ts <url> <connections> <seconds> <accept-encoding>");
runLoad({ url, connections: Number(connections ?? 20), seconds: Number(seconds ?? 8), acceptEncoding }).then(
  (result) => process.stdout.write(`${JSON.stringify(result)}\n`),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
