import crypto from "node:crypto";
import { isDeepStrictEqual } from "node:util";
import type { z } from "zod";
import { type ParsedParams, parseQueryParams } from "./params";
import type { ApiError } from "./schemas/common";

/**
 * The HTTP side of every /api/v1 endpoint: CORS open for reading, short public caching, an
 * ETag from the body (a client that sends If-None-Match gets 304 and no body), and errors as
 * JSON naming the parameter at fault. Outside production, a handler's answer is checked against
 * the endpoint's response schema before it is sent (see checkedAnswer).
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

/**
 * Whether answers are checked against their response schemas: in development and in the tests,
 * not in production. The answers are built from typed rows (lib/api/data.ts, typed by the
 * schemas), and the check cost the serving thread about 15 ms per matrix answer under load; the
 * integration tests call every endpoint and check every answer there.
 */
const CHECK_ANSWERS = process.env.NODE_ENV !== "production";

const asJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

/**
 * The answer, after checking that it parses with its schema and that parsing changes nothing (a
 * key the schema does not document would be dropped by it): so what production sends without
 * the check is what the tests saw checked. An answer that breaks the contract is a bug of ours:
 * it throws, and the route answers 500.
 */
export function checkedAnswer<Output extends z.ZodType>(schema: Output, answer: z.input<Output>): z.output<Output> {
  const parsed = schema.parse(answer);
  if (!isDeepStrictEqual(asJson(parsed), asJson(answer))) {
    throw new Error("The answer holds what its response schema does not document.");
  }
  return parsed;
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
  return jsonWithEtag(request, JSON.stringify(CHECK_ANSWERS ? checkedAnswer(endpoint.response, result) : result));
}

export function preflight(): Response {
  return new Response(null, { status: 204, headers: CORS_HEADERS });
}
