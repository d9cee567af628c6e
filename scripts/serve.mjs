// The production server: Next's request handler behind a plain Node HTTP server, so the client
// address comes from the socket. `next start` keeps an X-Forwarded-For header the client sent,
// and the sign-in limits would then count whatever address an attacker writes there.
// TRUSTED_PROXIES=n (default 0) says that n reverse proxies of ours stand in front: the client
// is then the address the outermost of them saw, the n-th entry from the right of the header.
// Run by scripts/start.ts and scripts/e2e-server.ts as `node scripts/serve.mjs <port> <host>`.
import http from "node:http";
import next from "next";
import { resolveClientAddress } from "../lib/http/client-address.mjs";

const port = Number(process.argv[2] ?? process.env.PORT ?? 3000);
const hostname = process.argv[3] ?? "0.0.0.0";
const trustedProxies = Number(process.env.TRUSTED_PROXIES ?? 0);

const app = next({ dev: false, dir: process.cwd(), hostname, port });
await app.prepare();
const handle = app.getRequestHandler();

const server = http.createServer((request, response) => {
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
  handle(request, response);
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
