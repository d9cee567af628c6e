import { z } from "zod";
import { DATA_PUBLISHER } from "@/lib/sharing/licence";
import { API_ENDPOINTS, API_TAGS, type ApiEndpoint } from "./endpoints";
import { ApiErrorSchema } from "./schemas/common";

type JsonSchema = Record<string, unknown>;

/**
 * The OpenAPI 3.1 document of /api/v1, generated from the endpoints' zod schemas with
 * zod 4's JSON Schema output (draft 2020-12, which OpenAPI 3.1 uses as is). Schemas with an
 * `id` become components; query schemas are described as the strings a URL carries.
 * `serverUrl` is the configured public address, or "/" (the host the document was read
 * from) where none is configured; `siteUrl` is an absolute address of the site, for the
 * contact. Redocly's recommended rules and Spectral's spectral:oas pass it clean
 * (scripts/openapi-lint.ts, in `npm test`).
 */
export function buildOpenApiDocument({ serverUrl, siteUrl }: { serverUrl: string; siteUrl: URL }): JsonSchema {
  const components: Record<string, JsonSchema> = {};

  function toSchema(schema: z.ZodType, io: "input" | "output"): JsonSchema {
    const json = z.toJSONSchema(schema, { target: "draft-2020-12", io, unrepresentable: "any" }) as JsonSchema;
    const defs = (json.$defs ?? {}) as Record<string, JsonSchema>;
    delete json.$schema;
    delete json.$defs;
    for (const [name, def] of Object.entries(defs)) components[name] = rewriteRefs(def);
    return rewriteRefs(json);
  }

  function operation(endpoint: ApiEndpoint) {
    const query = toSchema(endpoint.query, "input");
    const properties = (query.properties ?? {}) as Record<string, JsonSchema>;
    const required = new Set((query.required ?? []) as string[]);
    const parameters = [
      ...(endpoint.pathParams ?? []).map((param) => ({
        name: param.name,
        in: "path",
        required: true,
        description: param.description,
        schema: toSchema(param.schema, "input"),
      })),
      ...Object.entries(properties).map(([name, schema]) => {
        const { description, ...rest } = schema;
        return {
          name,
          in: "query",
          required: required.has(name),
          ...(typeof description === "string" ? { description } : {}),
          schema: rest,
        };
      }),
    ];
    const errorResponse = (description: string) => ({
      description,
      content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
    });
    return {
      get: {
        operationId: endpoint.path
          .replace(/^\/api\/v1\//, "")
          .replace(/[{}]/g, "")
          .replace(/\//g, "_"),
        summary: endpoint.summary,
        description: endpoint.description,
        tags: [endpoint.tag],
        parameters,
        responses: {
          "200": {
            description: "OK. Carries an ETag; send it back as If-None-Match to get 304 when nothing changed.",
            headers: { ETag: { schema: { type: "string" } } },
            content: { "application/json": { schema: toSchema(endpoint.response, "output") } },
          },
          "304": { description: "Not modified since the ETag sent in If-None-Match." },
          "400": errorResponse("A parameter is invalid; `error.parameter` names it."),
          ...(endpoint.pathParams ? { "404": errorResponse("No such country, actor or type.") } : {}),
        },
      },
    };
  }

  const paths = Object.fromEntries(
    Object.values(API_ENDPOINTS).map((endpoint: ApiEndpoint) => [endpoint.path, operation(endpoint)]),
  );
  toSchema(ApiErrorSchema, "output");
  return {
    openapi: "3.1.0",
    info: {
      title: "Security Guarantees Tracker API",
      version: "1.0.0",
      description:
        "Read-only access to which country commits to which security guarantee for Ukraine, with the quoted evidence. Data licensed CC BY 4.0.",
      license: { name: "CC BY 4.0", identifier: "CC-BY-4.0" },
      contact: { name: DATA_PUBLISHER, url: new URL("about", siteUrl).toString() },
    },
    servers: [{ url: serverUrl.replace(/(.)\/$/, "$1") }],
    // Public and read-only: no operation needs credentials (an empty requirement list says so).
    security: [],
    tags: API_TAGS.map((tag) => ({ ...tag })),
    paths,
    components: { schemas: components },
  };
}

function rewriteRefs<T>(value: T): T {
  if (Array.isArray(value)) return value.map(rewriteRefs) as T;
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [
        key,
        key === "$ref" && typeof inner === "string"
          ? inner.replace("#/$defs/", "#/components/schemas/")
          : rewriteRefs(inner),
      ]),
    ) as T;
  }
  return value;
}
