// The production server: Next's request handler behind a plain Node HTTP server, so the client
// address comes from the socket. `next start` keeps an X-Forwarded-For header the client sent,
// and the sign-in limits would then count whatever address an attacker writes there.
// TRUSTED_PROXIES names the addresses (or CIDR ranges) of the reverse proxies of ours in front:
// only a request that comes from one of them is believed about the client behind it
// (lib/http/client-address.mjs); a client reaching the port directly never is.
// Run by scripts/start.ts and scripts/e2e-server.ts as `node scripts/serve.mjs <port> <host>`.
// The shared views (`/`, `/countries/<code>`, for visitors without a session) are answered
// from the route cache in lib/http/shared-view-cache.mjs, which renders each through Next once.
import crypto from "node:crypto";
import http from "node:http";
import path from "node:path";
import next from "next";
import { applyBuiltNextConfig } from "../lib/http/built-next-config.mjs";
import { parseTrustedProxies, resolveClientAddress } from "../lib/http/client-address.mjs";
import { ACTION_BODY_LIMITS, ANONYMOUS_ACTION_PATHS, readServerActions } from "../lib/http/server-actions.mjs";
import {
  bodyOf,
  chooseEncoding,
  etagMatches,
  isPinnedUrl,
  SharedViewCache,
  sharedViewKey,
} from "../lib/http/shared-view-cache.mjs";
import { notReadyAnswer, WARM_UP_READY_AFTER_MS, warmUp, warmUpPaths, warmUpSummary } from "../lib/http/warm-up.mjs";

const port = Number(process.argv[2] ?? process.env.PORT ?? 3000);
const hostname = process.argv[3] ?? "0.0.0.0";
let trustedProxies;
try {
  trustedProxies = parseTrustedProxies(process.env.TRUSTED_PROXIES);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}

// The config the build was made with, rather than next.config.ts compiled again by SWC at each
// start (lib/http/built-next-config.mjs): that compiler stayed resident, 26 MB.
applyBuiltNextConfig(process.cwd());
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
  const render = () =>
    sharedViews.fill(key, () => renderSharedView(request.url, request.headers.host, protocol), {
      pinned: isPinnedUrl(request.url, Date.now()),
    });
  // A page past its maximum age is answered as it is while one render replaces it.
  const known = sharedViews.peek(key);
  if (known && !known.fresh) void render();
  const kept = known?.page ?? null;
  const page = kept ?? (await render());
  // Not keepable (an error, a 404): rendered for this request as usual.
  if (!page) return handle(request, response);
  const state = kept ? "hit" : "miss";
  if (etagMatches(request.headers["if-none-match"], page.headers.etag)) {
    response.writeHead(304, {
      etag: page.headers.etag,
      "cache-control": page.headers["cache-control"],
      vary: page.headers.vary,
      "x-route-cache": state,
    });
    return response.end();
  }
  const encoding = page.compressible ? chooseEncoding(request.headers["accept-encoding"]) : "identity";
  const body = await bodyOf(page, encoding);
  response.writeHead(200, {
    ...page.headers,
    ...(encoding === "identity" ? {} : { "content-encoding": encoding }),
    "content-length": body.length,
    "x-route-cache": state,
  });
  response.end(request.method === "HEAD" ? undefined : body);
}

// The server actions of this build (lib/http/server-actions.mjs). An action request is
// answered here, before Next reads a byte of its body, when it names no action of the build
// (Next would log "Failed to find Server Action" with a stack), is larger than its action
// reads, or comes without a session that the database confirms (a cookie of the right name
// is not enough: Next would parse a body of megabytes for anyone who makes one up).
const serverActions = readServerActions(path.join(process.cwd(), ".next/server/server-reference-manifest.json"));
const MAX_FORM_POST_BYTES = Math.max(...ACTION_BODY_LIMITS.values());
const ACTION_REFUSALS = {
  unknown: [404, "There is no action here."],
  lengthMissing: [411, "Say how long the request is."],
  tooLarge: [413, "This request is larger than this form sends."],
  signedOut: [401, "Sign in to continue."],
  unverifiable: [503, "The session could not be checked; try again shortly."],
};

/**
 * What an action request may send and who may send it; null for any other request. A form
 * posted without JavaScript names its action inside the body, so it gets the largest limit.
 */
function actionRequestOf(request) {
  if (request.method !== "POST") return null;
  const pathname = (request.url ?? "/").split("?")[0];
  const id = request.headers["next-action"];
  if (id !== undefined) {
    if (serverActions === null) return { kind: "unchecked" }; // a build without the manifest: Next decides
    const action = serverActions.get(String(id));
    if (!action) return { kind: "unknown" };
    return { kind: "action", bodyLimit: action.bodyLimit, anonymous: action.anonymousPath === pathname };
  }
  const contentType = String(request.headers["content-type"] ?? "").toLowerCase();
  const isFormPost =
    contentType.startsWith("multipart/form-data") || contentType.startsWith("application/x-www-form-urlencoded");
  if (!isFormPost || pathname.startsWith("/api/")) return null;
  const anonymous = [...ANONYMOUS_ACTION_PATHS.values()].includes(pathname);
  return {
    kind: "action",
    bodyLimit: anonymous ? ACTION_BODY_LIMITS.get("lib/auth/actions.ts#signInAction") : MAX_FORM_POST_BYTES,
    anonymous,
  };
}

/** The refusal of an action request, or null to let Next handle it. Reads no body. */
async function refusalOf(action, request, client) {
  if (action.kind === "unchecked") return null;
  if (action.kind === "unknown") return "unknown";
  if (!action.anonymous && !request.headers.cookie) return "signedOut";
  const length = request.headers["content-length"];
  if (length === undefined) return "lengthMissing";
  if (Number(length) > action.bodyLimit) return "tooLarge";
  if (action.anonymous) return null;
  try {
    return (await hasVerifiedSession(request, client)) ? null : "signedOut";
  } catch {
    return "unverifiable";
  }
}

/**
 * Asks the app (better-auth's own endpoint, which reads the session from the database) whether
 * the request's cookie belongs to a live session of an account that is not disabled.
 */
function hasVerifiedSession(request, client) {
  const bound = server.address();
  const loopback = bound.address === "0.0.0.0" ? "127.0.0.1" : bound.address === "::" ? "::1" : bound.address;
  return new Promise((resolve, reject) => {
    const check = http.request(
      {
        host: loopback,
        port: bound.port,
        path: "/api/auth/get-session?disableRefresh=true",
        method: "GET",
        agent: false,
        timeout: 10_000,
        headers: {
          host: request.headers.host ?? `${hostname}:${port}`,
          accept: "application/json",
          cookie: request.headers.cookie,
          "x-forwarded-for": client.address,
          "x-forwarded-proto": client.protocol,
          "x-tracker-fill": fillSecret,
        },
      },
      (answer) => {
        const chunks = [];
        answer.on("data", (chunk) => chunks.push(chunk));
        answer.on("end", () => {
          if (answer.statusCode !== 200) return reject(new Error(`session check answered ${answer.statusCode}`));
          try {
            const session = JSON.parse(Buffer.concat(chunks).toString("utf8"));
            resolve(Boolean(session?.session && session?.user && session.user.banned !== true));
          } catch (error) {
            reject(error);
          }
        });
        answer.on("error", reject);
      },
    );
    check.on("timeout", () => check.destroy(new Error("session check timed out")));
    check.on("error", reject);
    check.end();
  });
}

function refuseAction(response, refusal) {
  const [status, error] = ACTION_REFUSALS[refusal];
  response.writeHead(status, {
    "content-type": "application/json",
    "cache-control": "no-store",
    "x-content-type-options": "nosniff",
  });
  // Node discards the unread body as it arrives (it is never buffered or parsed), so the client
  // that is still sending gets this answer rather than a broken connection.
  response.end(JSON.stringify({ error }));
}

/** Whether the warm-up's renders are done: until then `/api/ready` answers 503. */
let warmedUp = false;

const server = http.createServer((request, response) => {
  const isFill = request.headers["x-tracker-fill"] === fillSecret;
  delete request.headers["x-tracker-fill"];
  if (isFill) return handle(request, response);
  const client = resolveClientAddress({
    socketAddress: request.socket.remoteAddress,
    socketEncrypted: Boolean(request.socket.encrypted),
    forwardedFor: request.headers["x-forwarded-for"],
    forwardedProto: request.headers["x-forwarded-proto"],
    trustedProxies,
  });
  request.headers["x-forwarded-for"] = client.address;
  request.headers["x-forwarded-proto"] = client.protocol;
  if (!client.viaTrustedProxy) delete request.headers["x-forwarded-host"];
  const action = actionRequestOf(request);
  if (action) {
    return refusalOf(action, request, client).then(
      (refusal) => (refusal ? refuseAction(response, refusal) : handle(request, response)),
      () => refuseAction(response, "unverifiable"),
    );
  }
  const notReady = notReadyAnswer(request.method, request.url, warmedUp);
  if (notReady) {
    response.writeHead(notReady.status, notReady.headers);
    return response.end(request.method === "HEAD" ? undefined : notReady.body);
  }
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
  // The first renders of a run, off any reader's request (lib/http/warm-up.mjs): readers are
  // answered meanwhile, and these take their turn among the route cache's renders.
  const paths = warmUpPaths(Date.now());
  setTimeout(() => (warmedUp = true), WARM_UP_READY_AFTER_MS).unref();
  void warmUp(paths, (path) => sharedViews.inTurn(() => renderSharedView(path, undefined, "http"))).then((results) => {
    warmedUp = true;
    console.log(warmUpSummary(results));
  });
});
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 5000).unref();
  });
}
