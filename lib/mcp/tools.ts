import "server-only";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { z } from "zod";
import {
  getChangesResponse,
  getCommitmentTypeResponse,
  getCountriesResponse,
  getCountryResponse,
  getMatrixResponse,
  getStatementsPage,
} from "@/lib/api/data";
import { API_ENDPOINTS } from "@/lib/api/endpoints";
import { CommitmentTypeSchema, CountryCodeParamSchema } from "@/lib/api/schemas/common";
import { encodeStatementsCursor } from "@/lib/api/schemas/statements";
import { getLatestChangeInstantCached } from "@/lib/cache/cached-queries";
import { COMMITMENT_TYPE_INFO } from "@/lib/domain/taxonomy";
import { countryPath } from "@/lib/reference/countries";
import { citeView } from "@/lib/sharing/citation";
import { dataCitation } from "@/lib/sharing/licence";
import { commitmentViewOf, countryViewOf, matrixViewOf } from "@/lib/sharing/matrix-view";
import { absoluteUrl } from "@/lib/sharing/site-url";
import { dayQueryOf, matrixQueryOf } from "@/lib/view-state/view-params";

/**
 * The MCP server's tools: the API's endpoints for agents, read-only. Each tool takes the
 * endpoint's own query schema (lib/api/schemas; a path parameter becomes an argument), reads
 * with the same function the endpoint calls (lib/api/data.ts, with its caches), checks the
 * answer against the endpoint's response schema, and adds the permalink of the view it
 * answers and a citation, as "Cite this view" gives them.
 */
const Citation = z.object({
  permalink: z.url().meta({ description: "A link that shows this answer's data as the tracker recorded it." }),
  citation: z.string().meta({ description: "How to cite it." }),
});

/** What every tool answers: the API's answer, its permalink and its citation. */
function outputOf<Answer extends z.ZodType>(answer: Answer) {
  return z.object({ answer, ...Citation.shape });
}

/**
 * The page's parameters back as a URL's query: the view readers (matrixViewOf and the like)
 * read what the page reads; the schema has already refused anything invalid.
 */
function searchParamsOf(args: Record<string, unknown>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(args)) {
    if (value === undefined) continue;
    params.set(name, Array.isArray(value) ? value.join(",") : String(value));
  }
  return params;
}

/** A view cited as a page cites it: at its pin, or else at the data's last change. */
async function citeViewAt(view: { title: string; path: string; asOf: string; pinnedAt: Date | null }) {
  const cited = citeView({
    title: view.title,
    path: view.path,
    asOf: view.asOf,
    recordedAt: view.pinnedAt ?? (await getLatestChangeInstantCached()),
    accessed: new Date(),
  });
  return { permalink: cited.permalink, citation: cited.text };
}

function citeQuery(apiPath: string, query: Record<string, unknown>, what: string) {
  const params = searchParamsOf(query).toString();
  const permalink = absoluteUrl(`${apiPath}${params ? `?${params}` : ""}`);
  return { permalink, citation: `${dataCitation(new Date())} ${what}: ${permalink}` };
}

function answer(structured: Record<string, unknown>): CallToolResult {
  return { structuredContent: structured, content: [{ type: "text", text: JSON.stringify(structured) }] };
}

function notFound(message: string): CallToolResult {
  return { isError: true, content: [{ type: "text", text: message }] };
}

const READ_ONLY = { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false } as const;

export function createTrackerMcpServer(): McpServer {
  const server = new McpServer(
    { name: "security-guarantees-tracker", title: "Security Guarantees Tracker", version: "1.0.0" },
    {
      instructions:
        "Which country commits to which security guarantee for Ukraine, each position traced to a quoted statement. Read-only; data CC BY 4.0. Cite answers with their permalink.",
    },
  );

  server.registerTool(
    "get_matrix",
    {
      title: "The matrix of a view",
      description: `${API_ENDPOINTS.matrix.description} Same parameters as /api/v1/matrix.`,
      inputSchema: API_ENDPOINTS.matrix.query,
      outputSchema: outputOf(API_ENDPOINTS.matrix.response),
      annotations: READ_ONLY,
    },
    async (args) => {
      const view = matrixViewOf(searchParamsOf(args));
      const result = API_ENDPOINTS.matrix.response.parse(await getMatrixResponse(view));
      const cited = await citeViewAt({
        title: `Who guarantees what for Ukraine, as of ${view.asOf}`,
        path: `/${matrixQueryOf(view)}`,
        asOf: view.asOf,
        pinnedAt: view.pinnedAt,
      });
      return answer({ answer: result, ...cited });
    },
  );

  server.registerTool(
    "list_countries",
    {
      title: "Every country and actor",
      description: `${API_ENDPOINTS.countries.description} Same parameters as /api/v1/countries.`,
      inputSchema: API_ENDPOINTS.countries.query,
      outputSchema: outputOf(API_ENDPOINTS.countries.response),
      annotations: READ_ONLY,
    },
    async (args) => {
      const result = API_ENDPOINTS.countries.response.parse(await getCountriesResponse(args.at));
      return answer({ answer: result, ...citeQuery("/api/v1/countries", args, "Countries and actors") });
    },
  );

  server.registerTool(
    "get_country",
    {
      title: "A country's stance and history",
      description: `${API_ENDPOINTS.country.description} Same parameters as /api/v1/countries/{code}, with the code as \`code\`.`,
      inputSchema: API_ENDPOINTS.country.query.extend({
        code: CountryCodeParamSchema.meta({ description: "ISO 3166-1 alpha-2 code or actor code (eu, nato)." }),
      }),
      outputSchema: outputOf(API_ENDPOINTS.country.response),
      annotations: READ_ONLY,
    },
    async ({ code, ...query }) => {
      const view = countryViewOf(searchParamsOf(query));
      const found = await getCountryResponse(code, view);
      if (!found) return notFound(`No country or actor with the code ${code}.`);
      const result = API_ENDPOINTS.country.response.parse(found);
      const cited = await citeViewAt({
        title: `${result.name}: security guarantees for Ukraine, as of ${view.asOf}`,
        path: `${countryPath(result.code)}${dayQueryOf(view.asOf, view.isToday)}`,
        asOf: view.asOf,
        pinnedAt: view.pinnedAt,
      });
      return answer({ answer: result, ...cited });
    },
  );

  server.registerTool(
    "get_commitment_type",
    {
      title: "A commitment type across countries",
      description: `${API_ENDPOINTS.commitmentType.description} Same parameters as /api/v1/commitments/{type}, with the type as \`type\`.`,
      inputSchema: API_ENDPOINTS.commitmentType.query.extend({ type: CommitmentTypeSchema }),
      outputSchema: outputOf(API_ENDPOINTS.commitmentType.response),
      annotations: READ_ONLY,
    },
    async ({ type, ...query }) => {
      const view = commitmentViewOf(searchParamsOf(query));
      const result = API_ENDPOINTS.commitmentType.response.parse(await getCommitmentTypeResponse(type, view));
      const cited = await citeViewAt({
        title: `${COMMITMENT_TYPE_INFO[type].label}: who commits, as of ${view.asOf}`,
        path: `/commitments/${type}${dayQueryOf(view.asOf, view.isToday)}`,
        asOf: view.asOf,
        pinnedAt: view.pinnedAt,
      });
      return answer({ answer: result, ...cited });
    },
  );

  server.registerTool(
    "search_statements",
    {
      title: "Statement search",
      description: `${API_ENDPOINTS.statements.description} Same parameters as /api/v1/statements.`,
      inputSchema: API_ENDPOINTS.statements.query,
      outputSchema: outputOf(API_ENDPOINTS.statements.response),
      annotations: READ_ONLY,
    },
    async (query) => {
      const result = API_ENDPOINTS.statements.response.parse(await getStatementsPage(query));
      // The permalink is the API query of this page (statements have no page of their own).
      const cursor = query.cursor ? encodeStatementsCursor(query.cursor) : undefined;
      return answer({ answer: result, ...citeQuery("/api/v1/statements", { ...query, cursor }, "Statements") });
    },
  );

  server.registerTool(
    "get_changes",
    {
      title: "Changes between two dates",
      description: `${API_ENDPOINTS.changes.description} Same parameters as /api/v1/changes.`,
      inputSchema: API_ENDPOINTS.changes.query,
      outputSchema: outputOf(API_ENDPOINTS.changes.response),
      annotations: READ_ONLY,
    },
    async ({ from, to }) => {
      const result = API_ENDPOINTS.changes.response.parse(await getChangesResponse(from, to));
      // The matrix page shows the same comparison: the day `to`, its cells changed since `from` marked.
      const cited = await citeViewAt({
        title: `What changed in security guarantees for Ukraine from ${result.from} to ${result.to}`,
        path: `/?${new URLSearchParams({ at: result.to, since: result.from }).toString()}`,
        asOf: result.to,
        pinnedAt: null,
      });
      return answer({ answer: result, ...cited });
    },
  );

  return server;
}
