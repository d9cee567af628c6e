import crypto from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { autocannonBodyQueue, countBodiesOnly, runLoad } from "./load-client";

describe("the bench's load client", () => {
  it("keeps no body as text: autocannon's queue no longer appends what arrives", async () => {
    countBodiesOnly();
    const Queue = autocannonBodyQueue();
    const queue = new Queue();
    queue.insertRequest({});
    queue.addBody(Buffer.from("compressed bytes"));
    expect(queue.peek()?.body).toBe("");
  });

  it("loads a server answering binary bodies and counts its requests and bytes", async () => {
    const body = crypto.randomBytes(20_000);
    const server = http.createServer((request, response) => {
      expect(request.headers["accept-encoding"]).toBe("br");
      response.writeHead(200, { "content-type": "application/octet-stream", "content-length": body.length });
      response.end(body);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const result = await runLoad({
        url: `http://127.0.0.1:${port}/`,
        connections: 2,
        seconds: 1,
        acceptEncoding: "br",
      });
      expect(result.errors + result.timeouts + result.non2xx).toBe(0);
      expect(result.requests.total).toBeGreaterThan(0);
      expect(result.throughput.total).toBeGreaterThanOrEqual(result.requests.total * body.length);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
