// The production server: Next's request handler behind a plain Node HTTP server, so the client
// address comes from the socket. `next start` keeps an X-Forwarded-For header the client sent,
// and the sign-in limits would then count whatever address an attacker writes there.
// TRUSTED_PROXIES=n (default 0) says that n reverse proxies of ours stand in front: the client
// is then the address the outermost of them saw, the n-th entry from the right of the header.
// Run by scripts/start.ts and scripts/e2e-server.ts as `node scripts/serve.mjs <port> <host>`.
// The shared views (`/`, `/countries/<code>`, for visitors without a session) are answered
// from the route cache in lib/http/shared-view-cache.mjs, which renders each through Next once.
import crypto from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import next from "next";
import { resolveClientAddress } from "../lib/http/client-address.mjs";
import { chooseEncoding, isPinnedUrl, SharedViewCache, sharedViewKey } from "../lib/http/shared-view-cache.mjs";

const port = Number(process.argv[2] ?? process.env.PORT ?? 3000);
const hostname = process.argv[3] ?? "0.0.0.0";
const trustedProxies = Number(process.env.TRUSTED_PROXIES ?? 0);

const app = next({ dev: false, dir: process.cwd(), hostname, port });
await app.prepare();
const handle = app.getRequestHandler();

// The route cache renders a page by asking this server for it, marked with a secret of this
// process: only such a request skips the cache (and keeps the forwarded headers it was given).
const fillSecret = crypto.randomUUID();
const sharedViews = new SharedViewCache();
sharedViews.listenForExpiry();

/** Renders a shared view through Next, as a visitor without a session would get it, uncompressed. */
function renderSharedView(url, host, protocol) {
  const bound = server.address();
  const loopback = bound.address === "0.0.0.0" ? "127.0.0.1" : bound.address === "::" ? "::1" : bound.address;
  return new Promise((resolve, reject) => {
    const fill = http.request(
      {
        host: loopback,
        port: bound.port,
        path: url,
        method: "GET",
        // A connection per render: a kept-alive one may be closed by this server as it is reused.
        agent: false,
        timeout: 60_000,
        headers: {
          host: host ?? `${hostname}:${port}`,
          accept: "text/html",
          "accept-encoding": "identity",
          "user-agent": "tracker route cache",
          "x-forwarded-for": "127.0.0.1",
          "x-forwarded-proto": protocol,
          "x-tracker-fill": fillSecret,
        },
      },
      (rendered) => {
        const chunks = [];
        rendered.on("data", (chunk) => chunks.push(chunk));
        rendered.on("end", () =>
          resolve({ status: rendered.statusCode ?? 500, headers: rendered.headers, body: Buffer.concat(chunks) }),
        );
        rendered.on("error", reject);
      },
    );
    fill.on("timeout", () => fill.destroy(new Error("render timed out")));
    fill.on("error", reject);
    fill.end();
  });
}

async function serveSharedView(key, request, response, protocol) {
  const kept = sharedViews.get(key);
  const page =
    kept ??
    (await sharedViews.fill(key, () => renderSharedView(request.url, request.headers.host, protocol), {
      pinned: isPinnedUrl(request.url, Date.now()),
    }));
  // Not keepable (an error, a 404): rendered for this request as usual.
  if (!page) return handle(request, response);
  const state = kept ? "hit" : "miss";
  if (request.headers["if-none-match"] === page.headers.etag) {
    response.writeHead(304, {
      etag: page.headers.etag,
      "cache-control": page.headers["cache-control"],
      vary: page.headers.vary,
      "x-route-cache": state,
    });
    return response.end();
  }
  const encoding = page.compressible ? chooseEncoding(request.headers["accept-encoding"]) : "identity";
  const body = page.bodies[encoding];
  response.writeHead(200, {
    ...page.headers,
    ...(encoding === "identity" ? {} : { "content-encoding": encoding }),
    "content-length": body.length,
    "x-route-cache": state,
  });
  response.end(request.method === "HEAD" ? undefined : body);
}

// The server actions of this build. A POST naming any other action reaches no code; Next
// answers it only after logging "Failed to find Server Action" with a stack, a line per request
// that anyone with a cookie of the right name can send. It is refused here, before Next.
const serverActionIds = readServerActionIds();

function readServerActionIds() {
  try {
    const manifest = JSON.parse(
      fs.readFileSync(path.join(process.cwd(), ".next/server/server-reference-manifest.json"), "utf8"),
    );
    return new Set([...Object.keys(manifest.node ?? {}), ...Object.keys(manifest.edge ?? {})]);
  } catch {
    return null; // a build without the manifest: Next decides, as it would without this server
  }
}

function isUnknownAction(request) {
  const id = request.headers["next-action"];
  return request.method === "POST" && id !== undefined && serverActionIds !== null && !serverActionIds.has(String(id));
}

const server = http.createServer((request, response) => {
  const isFill = request.headers["x-tracker-fill"] === fillSecret;
  delete request.headers["x-tracker-fill"];
  if (isFill) return handle(request, response);
  if (isUnknownAction(request)) {
    response.writeHead(404, {
      "content-type": "application/json",
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    });
    return response.end(JSON.stringify({ error: "There is no action here." }));
  }
  const client = resolveClientAddress({
    socketAddress: request.socket.remoteAddress,
    socketEncrypted: Boolean(request.socket.encrypted),
    forwardedFor: request.headers["x-forwarded-for"],
    forwardedProto: request.headers["x-forwarded-proto"],
    trustedProxies,
  });
  request.headers["x-forwarded-for"] = client.address;
  request.headers["x-forwarded-proto"] = client.protocol;
  if (trustedProxies === 0) delete request.headers["x-forwarded-host"];
  const key = sharedViewKey({
    method: request.method,
    url: request.url,
    headers: request.headers,
    protocol: client.protocol,
    today: new Date().toISOString().slice(0, 10),
  });
  if (!key) return handle(request, response);
  serveSharedView(key, request, response, client.protocol).catch(() => {
    if (!response.headersSent) handle(request, response);
    else response.destroy();
  });
});
server.listen(port, hostname, () => {
  console.log(`ready on http://${hostname}:${port}`);
});
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 5000).unref();
  });
}
