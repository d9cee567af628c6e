import { WebStandardStreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js";
import { createRateLimiter } from "@/lib/http/rate-limit";
import { createTrackerMcpServer } from "@/lib/mcp/tools";

/**
 * The MCP server (Streamable HTTP, stateless): every POST is answered on its own by a fresh
 * server and transport, in JSON, with no session to keep. Public and read-only like the API,
 * CORS open; each client address may send MCP_RATE_LIMIT requests a minute (default 120).
 */
const CORS_HEADERS: Record<string, string> = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "POST, OPTIONS",
  "Access-Control-Allow-Headers": "Content-Type, Accept, Mcp-Protocol-Version, Mcp-Session-Id, Last-Event-ID",
  "Access-Control-Max-Age": "86400",
};

const limiter = createRateLimiter({ limit: Number(process.env.MCP_RATE_LIMIT) || 120, windowMs: 60_000 });

/** A JSON-RPC error as the transport gives its own, for answers given before it runs. */
function rpcError(status: number, message: string, headers: Record<string, string> = {}): Response {
  return Response.json(
    { jsonrpc: "2.0", error: { code: -32000, message }, id: null },
    { status, headers: { ...CORS_HEADERS, "Cache-Control": "no-store", ...headers } },
  );
}

export async function POST(request: Request): Promise<Response> {
  // scripts/serve.mjs puts the resolved client address (the TCP peer, or a trusted proxy's) here.
  const address = request.headers.get("x-forwarded-for") ?? "unknown";
  const taken = limiter.take(address);
  if (!taken.allowed) {
    return rpcError(429, "Too many requests from this address; try again later.", {
      "Retry-After": String(taken.retryAfterSeconds),
    });
  }
  const server = createTrackerMcpServer();
  const transport = new WebStandardStreamableHTTPServerTransport({
    sessionIdGenerator: undefined,
    enableJsonResponse: true,
    maxRequestBodySize: 64 * 1024,
  });
  await server.connect(transport);
  try {
    const response = await transport.handleRequest(request);
    const headers = new Headers(response.headers);
    for (const [name, value] of Object.entries(CORS_HEADERS)) headers.set(name, value);
    headers.set("Cache-Control", "no-store");
    return new Response(response.body, { status: response.status, headers });
  } finally {
    await server.close();
  }
}

/** No session, so no stream to open (GET) or session to end (DELETE). */
function methodNotAllowed(): Response {
  return rpcError(405, "This MCP server is stateless: send each request as a POST.", { Allow: "POST, OPTIONS" });
}

export const GET = methodNotAllowed;
export const DELETE = methodNotAllowed;

export function OPTIONS(): Response {
  return new Response(null, { status: 204, headers: CORS_HEADERS });
}
