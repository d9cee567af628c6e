// An agent reads the tracker through its MCP server with the official SDK's own client: the
// tools are listed read-only, each answer is the API's answer for the same parameters with a
// permalink and a citation, errors are tool errors, there is no session, and each address is
// limited (MCP_RATE_LIMIT is 40 a minute here, playwright.config.ts).
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { expect, test } from "@playwright/test";
import { publishTestArticle, uniqueToken } from "./support/seed";

/** A client of its own address: the e2e server trusts one proxy's X-Forwarded-For. */
async function connect(baseURL: string, address: string): Promise<Client> {
  const client = new Client({ name: "tracker-journey", version: "1.0.0" });
  await client.connect(
    new StreamableHTTPClientTransport(new URL("/mcp", baseURL), {
      requestInit: { headers: { "X-Forwarded-For": address } },
    }),
  );
  return client;
}

type Structured<Answer> = { answer: Answer; permalink: string; citation: string };

test("an agent lists the tools and reads a view, a country, a type, statements and changes, each cited", async ({
  baseURL,
  request,
}) => {
  const token = uniqueToken();
  publishTestArticle({
    published: "2025-11-03",
    positions: [
      { country: "MD", commitment: "training", stance: "considering", sentence: `Moldova weighs training ${token}.` },
    ],
  });
  publishTestArticle({
    published: "2026-01-14",
    positions: [
      { country: "MD", commitment: "training", stance: "committed", sentence: `Moldova will train brigades ${token}.` },
    ],
  });
  const client = await connect(baseURL!, "198.51.100.21");
  try {
    const { tools } = await client.listTools();
    expect(tools.map((tool) => tool.name).sort()).toEqual([
      "get_changes",
      "get_commitment_type",
      "get_country",
      "get_matrix",
      "list_countries",
      "search_statements",
    ]);
    for (const tool of tools) expect(tool.annotations?.readOnlyHint, tool.name).toBe(true);
    // The endpoint's own query schema: the same parameters, described as the API describes them.
    const matrixTool = tools.find((tool) => tool.name === "get_matrix")!;
    expect(Object.keys(matrixTool.inputSchema.properties ?? {})).toEqual(
      expect.arrayContaining(["at", "v", "since", "types", "stances", "bloc", "region", "q", "sort"]),
    );

    // The matrix: the API's answer for the same parameters, with a permalink that pins it.
    const matrix = await client.callTool({
      name: "get_matrix",
      arguments: { at: "2026-02-01", types: "training", q: "moldova" },
    });
    expect(matrix.isError).toBeFalsy();
    const shown = matrix.structuredContent as Structured<{ rows: { code: string }[] }>;
    const api = await (await request.get("/api/v1/matrix?at=2026-02-01&types=training&q=moldova")).json();
    expect(shown.answer).toEqual(api);
    expect(shown.answer.rows.map((row) => row.code)).toEqual(["MD"]);
    expect(shown.permalink).toMatch(/\/\?(at|date)=2026-02-01&types=training&q=moldova&v=\d{4}-\d{2}-\d{2}T[\d:.]+Z$/);
    expect(shown.citation).toContain(shown.permalink);
    expect(JSON.parse((matrix.content as { type: string; text: string }[])[0]!.text)).toEqual(shown);

    // A country's stance and history: both statements, the standing one committed.
    const country = await client.callTool({ name: "get_country", arguments: { code: "md" } });
    const moldova = country.structuredContent as Structured<{
      positions: { type: string; current: { stance: string } | null; history: { sentence: string }[] }[];
    }>;
    const training = moldova.answer.positions.find((position) => position.type === "training")!;
    expect(training.current?.stance).toBe("committed");
    expect(JSON.stringify(training)).toContain(`Moldova weighs training ${token}.`);
    expect(moldova.permalink).toMatch(/\/countries\/md\?v=/);
    expect(moldova.answer).toEqual(await (await request.get("/api/v1/countries/md")).json());

    // A type across countries, and the same at a pinned instant.
    const type = await client.callTool({ name: "get_commitment_type", arguments: { type: "training" } });
    const across = type.structuredContent as Structured<{ countries: { code: string; stance: string }[] }>;
    expect(across.answer.countries).toContainEqual(expect.objectContaining({ code: "MD", stance: "committed" }));
    expect(across.permalink).toMatch(/\/commitments\/training\?v=/);

    // Statement search, paged by the API's cursor.
    const first = await client.callTool({
      name: "search_statements",
      arguments: { country: "md", type: "training", limit: "1" },
    });
    const page = first.structuredContent as Structured<{ items: { sentence: string }[]; nextCursor: string | null }>;
    expect(page.answer.items.map((item) => item.sentence)).toEqual([`Moldova will train brigades ${token}.`]);
    expect(page.answer.nextCursor).not.toBeNull();
    const second = await client.callTool({
      name: "search_statements",
      arguments: { country: "md", type: "training", limit: "1", cursor: page.answer.nextCursor! },
    });
    expect((second.structuredContent as typeof page).answer.items.map((item) => item.sentence)).toEqual([
      `Moldova weighs training ${token}.`,
    ]);
    expect((second.structuredContent as typeof page).permalink).toContain(`cursor=${page.answer.nextCursor}`);

    // Changes between two dates: Moldova's training went from considering to committed.
    const changes = await client.callTool({ name: "get_changes", arguments: { from: "2025-12-01", to: "2026-02-01" } });
    const changed = changes.structuredContent as Structured<{
      changes: {
        countryCode: string;
        type: string;
        before: { stance: string } | null;
        after: { stance: string } | null;
      }[];
    }>;
    expect(changed.answer.changes).toContainEqual(
      expect.objectContaining({
        countryCode: "MD",
        type: "training",
        before: expect.objectContaining({ stance: "considering" }),
        after: expect.objectContaining({ stance: "committed" }),
      }),
    );
    expect(changed.permalink).toMatch(/\/\?at=2026-02-01&since=2025-12-01&v=/);

    // Errors are the tool's: an unknown country, and a parameter the API refuses too.
    const unknown = await client.callTool({ name: "get_country", arguments: { code: "zz" } });
    expect(unknown.isError).toBe(true);
    expect(JSON.stringify(unknown.content)).toContain("No country or actor with the code ZZ");
    const garbled = await client.callTool({ name: "get_matrix", arguments: { at: "2026-02-31" } });
    expect(garbled.isError).toBe(true);
  } finally {
    await client.close();
  }
});

test("the server keeps no session, refuses a stream, and limits each address", async ({ request }) => {
  const initialize = {
    jsonrpc: "2.0",
    id: 1,
    method: "initialize",
    params: { protocolVersion: "2025-06-18", capabilities: {}, clientInfo: { name: "raw", version: "1" } },
  };
  const headers = {
    "Content-Type": "application/json",
    Accept: "application/json, text/event-stream",
    // An address of this run's own: a retry within the minute must not start out limited.
    "X-Forwarded-For": `10.${Date.now() % 250}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`,
  };
  const first = await request.post("/mcp", { headers, data: initialize });
  expect(first.status()).toBe(200);
  expect(first.headers()["mcp-session-id"]).toBeUndefined();
  expect((await first.json()).result.serverInfo.name).toBe("security-guarantees-tracker");
  expect((await request.get("/mcp", { headers })).status()).toBe(405);

  const statuses: number[] = [];
  for (let index = 0; index < 45; index++)
    statuses.push((await request.post("/mcp", { headers, data: initialize })).status());
  // 40 a minute from this address, the first included; another address is not affected.
  expect(statuses.filter((status) => status === 200)).toHaveLength(39);
  expect(statuses.slice(39)).toEqual([429, 429, 429, 429, 429, 429]);
  const limited = await request.post("/mcp", { headers, data: initialize });
  expect(Number(limited.headers()["retry-after"])).toBeGreaterThan(0);
  const other = await request.post("/mcp", {
    headers: { ...headers, "X-Forwarded-For": "198.51.100.78" },
    data: initialize,
  });
  expect(other.status()).toBe(200);
});
