import crypto from "node:crypto";
import type { z } from "zod";
import { type ParsedParams, parseQueryParams } from "./params";
import type { ApiError } from "./schemas/common";

/**
 * The HTTP side of every /api/v1 endpoint: CORS open for reading, short public caching, an
 * ETag from the body (a client that sends If-None-Match gets 304 and no body), and errors as
 * JSON naming the parameter at fault. A handler's answer is validated against the endpoint's
 * response schema before it is sent: an answer that breaks the documented contract is a bug
 * of ours, logged and answered 500, never sent.
 */
const CORS_HEADERS: Record<string, string> = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
  "Access-Control-Allow-Headers": "If-None-Match",
  "Access-Control-Expose-Headers": "ETag",
  "Access-Control-Max-Age": "86400",
};

const CACHE_CONTROL = "public, max-age=60, stale-while-revalidate=300";

export function apiError(status: 400 | 404, error: ApiError["error"]): Response {
  return Response.json(
    { error },
    { status, headers: { ...CORS_HEADERS, "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" } },
  );
}

export function invalidParameter(parsed: Extract<ParsedParams<unknown>, { ok: false }>): Response {
  return apiError(400, { code: "invalid_parameter", parameter: parsed.parameter, message: parsed.message });
}

function etagOf(body: string): string {
  return `"${crypto.createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
}

function matchesEtag(header: string | null, etag: string): boolean {
  if (!header) return false;
  return header.split(",").some((candidate) => {
    const value = candidate.trim().replace(/^W\//, "");
    return value === "*" || value === etag;
  });
}

export function jsonWithEtag(request: Request, body: string, headers: Record<string, string> = {}): Response {
  const etag = etagOf(body);
  const common = {
    ...CORS_HEADERS,
    "Cache-Control": CACHE_CONTROL,
    ETag: etag,
    "X-Content-Type-Options": "nosniff",
    ...headers,
  };
  if (matchesEtag(request.headers.get("if-none-match"), etag))
    return new Response(null, { status: 304, headers: common });
  return new Response(body, { status: 200, headers: { "Content-Type": "application/json; charset=utf-8", ...common } });
}

export async function respondWith<Query extends z.ZodType, Output extends z.ZodType>(
  request: Request,
  endpoint: { query: Query; response: Output },
  // The views' endpoints read the validated URL with the page's parser map (lib/sharing/matrix-view.ts).
  run: (query: z.output<Query>, searchParams: URLSearchParams) => Promise<z.input<Output> | null>,
  notFoundMessage = "Not found.",
): Promise<Response> {
  const { searchParams } = new URL(request.url);
  const parsed = parseQueryParams(searchParams, endpoint.query);
  if (!parsed.ok) return invalidParameter(parsed);
  const result = await run(parsed.data, searchParams);
  if (result === null) return apiError(404, { code: "not_found", message: notFoundMessage });
  const checked = endpoint.response.parse(result);
  return jsonWithEtag(request, JSON.stringify(checked));
}

export function preflight(): Response {
  return new Response(null, { status: 204, headers: CORS_HEADERS });
}
