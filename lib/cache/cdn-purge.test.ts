import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { purgeCdn } from "./cdn-purge";

let server: http.Server | null = null;
afterEach(() => server?.close());

/** A stand-in CDN on loopback that records what it was asked. */
async function fakeCdn(status = 200) {
  const received: { method?: string; authorization?: string; body: string }[] = [];
  server = http.createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString()));
    request.on("end", () => {
      received.push({ method: request.method, authorization: request.headers.authorization, body });
      response.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/purge`, received };
}

describe("purgeCdn", () => {
  it("posts a purge of everything to CDN_PURGE_URL, with the configured authorization", async () => {
    const cdn = await fakeCdn();
    await purgeCdn({ CDN_PURGE_URL: cdn.url, CDN_PURGE_AUTHORIZATION: "Bearer k" });
    expect(cdn.received).toEqual([
      { method: "POST", authorization: "Bearer k", body: JSON.stringify({ purge_everything: true }) },
    ]);
  });

  it("does nothing without CDN_PURGE_URL, and never throws when the CDN refuses or is gone", async () => {
    await expect(purgeCdn({})).resolves.toBeUndefined();
    const cdn = await fakeCdn(500);
    await expect(purgeCdn({ CDN_PURGE_URL: cdn.url })).resolves.toBeUndefined();
    expect(cdn.received).toHaveLength(1);
    server!.close();
    await expect(purgeCdn({ CDN_PURGE_URL: cdn.url })).resolves.toBeUndefined();
  });
});
