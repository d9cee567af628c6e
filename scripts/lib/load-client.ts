// The load client of `npm run bench` (scripts/bench-load.ts runs it in a process of its own).
// autocannon keeps each response's body as a string (`body += chunk`), which decodes every byte
// as UTF-8: free for plain ASCII, but a compressed body (brotli, gzip, PNG) of 80 KB cost this
// client about 2 ms, so a load measured the client's decoding rather than the server (the same
// 85 KB from a bare Node server: 434 req/s as random bytes, 14,500 with bodies only counted).
// Nothing in the bench reads bodies, so they are counted (autocannon counts their bytes), not kept.
import autocannon from "autocannon";

/** autocannon's queue of the requests in flight on a connection, where each response's body is kept. */
export interface BodyQueue {
  insertRequest(request: unknown): void;
  addBody(data: Buffer): void;
  peek(): { body: string } | undefined;
}

export function autocannonBodyQueue(): { new (): BodyQueue; prototype: BodyQueue } {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- an internal module of autocannon, without types
  return require("autocannon/lib/pipelinedRequestsQueue");
}

/** Makes autocannon count bodies instead of keeping them as text (its byte counts are unchanged). */
export function countBodiesOnly(): void {
  autocannonBodyQueue().prototype.addBody = () => {};
}

/** autocannon against one URL, with the bench's settings. */
export function runLoad(options: {
  url: string;
  connections: number;
  seconds: number;
  acceptEncoding?: string;
}): Promise<autocannon.Result> {
  countBodiesOnly();
  return new Promise((resolve, reject) =>
    autocannon(
      {
        url: options.url,
        connections: options.connections,
        duration: options.seconds,
        timeout: 10,
        headers: options.acceptEncoding ? { "accept-encoding": options.acceptEncoding } : {},
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    ),
  );
}
