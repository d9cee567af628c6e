// The /api/v1 route handlers called as the server calls them, on a real database: every
// answer parses with its documented schema, garbled parameters are 400 and never 500, and
// paging holds still while statements are published.
import fc from "fast-check";
import { beforeEach, describe, expect, it } from "vitest";
import { GET as getChanges } from "@/app/api/v1/changes/route";
import { GET as getCommitmentType } from "@/app/api/v1/commitments/[type]/route";
import { GET as getCountry } from "@/app/api/v1/countries/[code]/route";
import { GET as getCountries } from "@/app/api/v1/countries/route";
import { GET as getMatrix } from "@/app/api/v1/matrix/route";
import { GET as getOpenApi } from "@/app/api/v1/openapi.json/route";
import { GET as getStatements } from "@/app/api/v1/statements/route";
import { correctCommitment } from "@/lib/ingest/corrections";
import { getDb } from "@/lib/db/client";
import { createPublishedArticle, createTestEditor, uniqueToken } from "@/lib/test/factories";
import { resetContent } from "@/lib/test/reset-content";
import { API_ENDPOINTS } from "./endpoints";
import { ApiErrorSchema } from "./schemas/common";
import type { StatementsPage } from "./schemas/statements";

beforeEach(resetContent);

const BASE = "http://127.0.0.1/api/v1";

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response> | Response;

/** Each endpoint's handler, with the path parameters of one valid call. */
const CALLS: Record<keyof typeof API_ENDPOINTS, { handler: Handler; path: string; params: Record<string, string> }> = {
  matrix: { handler: getMatrix as Handler, path: "/matrix", params: {} },
  countries: { handler: getCountries as Handler, path: "/countries", params: {} },
  country: { handler: getCountry as Handler, path: "/countries/fr", params: { code: "fr" } },
  commitmentType: { handler: getCommitmentType as Handler, path: "/commitments/troops", params: { type: "troops" } },
  statements: { handler: getStatements as Handler, path: "/statements", params: {} },
  changes: { handler: getChanges as Handler, path: "/changes", params: {} },
};

async function call(
  name: keyof typeof API_ENDPOINTS,
  query = "",
  init: RequestInit = {},
  params = CALLS[name].params,
): Promise<Response> {
  const { handler, path } = CALLS[name];
  return handler(new Request(`${BASE}${path}${query}`, init), { params: Promise.resolve(params) });
}

async function seed() {
  await createPublishedArticle({
    published: "2025-06-01",
    positions: [
      { country: "FR", commitment: "troops", stance: "considering", sentence: "France weighs sending troops." },
    ],
  });
  await createPublishedArticle({
    published: "2026-01-10",
    title: "<script>alert(1)</script> =cmd|' /C calc'!A0",
    positions: [
      { country: "FR", commitment: "troops", stance: "committed", sentence: "France will send troops." },
      {
        country: "DE",
        commitment: "air",
        stance: "conditional",
        condition: "after a ceasefire",
        sentence: "Germany will patrol after a ceasefire.",
      },
    ],
  });
}

describe("every /api/v1 endpoint", () => {
  it("answers with JSON that parses with its response schema, CORS open and an ETag", async () => {
    await seed();
    const queries: Record<keyof typeof API_ENDPOINTS, string> = {
      matrix: "?types=troops,air&since=2025-12-31&sort=troops",
      countries: "",
      country: "?at=2026-02-01",
      commitmentType: "",
      statements: "?country=fr&limit=1",
      changes: "?from=2025-12-31",
    };
    for (const name of Object.keys(CALLS) as (keyof typeof API_ENDPOINTS)[]) {
      const response = await call(name, queries[name]);
      expect(response.status, name).toBe(200);
      expect(response.headers.get("access-control-allow-origin")).toBe("*");
      expect(response.headers.get("cache-control")).toContain("max-age");
      const etag = response.headers.get("etag");
      expect(etag).toMatch(/^"[\w-]+"$/);
      const body: unknown = await response.json();
      expect(() => API_ENDPOINTS[name].response.parse(body), name).not.toThrow();

      const again = await call(name, queries[name], { headers: { "If-None-Match": etag! } });
      expect(again.status, `${name} revalidated`).toBe(304);
      expect(await again.text()).toBe("");
    }
  });

  it("shows the positions, the since marks, the changes and a hostile title as plain data", async () => {
    await seed();
    const matrix = API_ENDPOINTS.matrix.response.parse(await (await call("matrix", "?since=2025-12-31")).json());
    expect(matrix.rows.map((row) => row.code)).toEqual(["FR", "DE"]); // by name: France, Germany
    expect(matrix.rows.find((row) => row.code === "FR")!.cells.troops).toMatchObject({
      stance: "committed",
      changedSince: true,
      articleTitle: "<script>alert(1)</script> =cmd|' /C calc'!A0",
    });
    const changes = API_ENDPOINTS.changes.response.parse(
      await (await call("changes", "?from=2025-12-31&to=2026-02-01")).json(),
    );
    expect(
      changes.changes.map((c) => [c.countryCode, c.type, c.before?.stance ?? null, c.after?.stance ?? null]),
    ).toEqual([
      ["FR", "troops", "considering", "committed"],
      ["DE", "air", null, "conditional"],
    ]);
    const type = API_ENDPOINTS.commitmentType.response.parse(await (await call("commitmentType")).json());
    expect(type.counts).toEqual({ committed: 1 });
    const country = API_ENDPOINTS.country.response.parse(await (await call("country", "?at=2025-12-31")).json());
    expect(country.positions.find((p) => p.type === "troops")!.current?.stance).toBe("considering");
    const troopsNow = API_ENDPOINTS.country.response
      .parse(await (await call("country")).json())
      .positions.find((p) => p.type === "troops")!;
    expect(troopsNow.timeline.map((point) => [point.since, point.stance])).toEqual([
      ["2026-01-10", "committed"],
      ["2025-06-01", "considering"],
    ]);
  });

  it("publishes corrections in the country's history without the editor", async () => {
    await seed();
    const editor = await createTestEditor();
    const troops = await getDb().commitment.findFirstOrThrow({ where: { countryCode: "FR", stance: "committed" } });
    await correctCommitment(
      {
        commitmentId: troops.id,
        country: "FR",
        commitment: "troops",
        stance: "supports",
        condition: null,
        note: "Only support",
      },
      editor.id,
    );
    const text = await (await call("country")).text();
    const country = API_ENDPOINTS.country.response.parse(JSON.parse(text));
    expect(country.positions.find((p) => p.type === "troops")!.current).toMatchObject({
      stance: "supports",
      changes: [{ action: "corrected", note: "Only support", stanceBefore: "committed" }],
    });
    expect(text).not.toContain(editor.id);
  });

  it("answers 404 with a JSON error for an unknown country or type", async () => {
    for (const [name, params] of [
      ["country", { code: "zz" }],
      ["commitmentType", { type: "tanks" }],
    ] as const) {
      const response = await call(name, "", {}, params);
      expect(response.status).toBe(404);
      expect(ApiErrorSchema.parse(await response.json()).error.code).toBe("not_found");
    }
  });

  it("answers 400 naming the parameter for garbled input, never 500", async () => {
    const cases: [keyof typeof API_ENDPOINTS, string, string][] = [
      ["matrix", "?at=2026-13-01", "at"],
      ["matrix", "?types=troops,,tanks", "types"],
      ["matrix", "?sort=%00", "sort"],
      ["statements", "?limit=100000", "limit"],
      ["statements", "?cursor=eyJ4Ijox", "cursor"],
      ["statements", "?country=France!", "country"],
      ["changes", "", "from"],
      ["changes", "?from=2026-02-01&to=2026-01-01", "to"],
      ["countries", "?at=2026-01-01&at=2026-01-02", "at"],
      ["matrix", "?v=2026-01-01", "v"],
      ["country", "?v=2999-01-01T00:00:00Z", "v"],
      ["commitmentType", "?v=now", "v"],
    ];
    for (const [name, query, parameter] of cases) {
      const response = await call(name, query);
      expect(response.status, `${name}${query}`).toBe(400);
      expect(ApiErrorSchema.parse(await response.json()).error).toMatchObject({ code: "invalid_parameter", parameter });
    }
    const badCode = await call("country", "", {}, { code: "'; DROP TABLE" });
    expect(badCode.status).toBe(400);

    const names = Object.keys(CALLS) as (keyof typeof API_ENDPOINTS)[];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...names),
        fc.dictionary(
          fc.constantFrom(
            "at",
            "date",
            "since",
            "types",
            "stances",
            "bloc",
            "sort",
            "q",
            "region",
            "limit",
            "cursor",
            "from",
            "to",
            "country",
            "type",
            "stance",
            "v",
            "x",
          ),
          fc.oneof(
            fc.string(),
            fc.string({ unit: "binary", maxLength: 30 }),
            fc.constantFrom("2026-02-29", "0000-00-00", "%ff", "1e9", "-1", "<script>", "2026-01-01T00:00:00Z"),
          ),
          { maxKeys: 4 },
        ),
        async (name, params) => {
          const response = await call(name, `?${new URLSearchParams(params)}`);
          expect([200, 400]).toContain(response.status);
          const body: unknown = await response.json();
          if (response.status === 400) expect(() => ApiErrorSchema.parse(body)).not.toThrow();
          else expect(() => API_ENDPOINTS[name].response.parse(body)).not.toThrow();
        },
      ),
      { numRuns: 150 },
    );
  });

  it("serves the OpenAPI document", async () => {
    const response = getOpenApi(new Request(`${BASE}/openapi.json`));
    expect(response.status).toBe(200);
    const document = (await response.json()) as { paths: Record<string, unknown> };
    expect(Object.keys(document.paths)).toHaveLength(Object.keys(API_ENDPOINTS).length);
  });
});

describe("statement filters", () => {
  it("give the published statements that match country, type, stance and days, with their accepted commitments", async () => {
    await seed();
    await createPublishedArticle({
      published: "2026-02-01",
      positions: [
        { country: "FR", commitment: "air", stance: "supports", sentence: "France backs an air mission." },
        {
          country: "FR",
          commitment: "arms",
          stance: "committed",
          sentence: "France backs an air mission.",
          reviewState: "rejected",
        },
      ],
    });
    const sentences = async (query: string) => {
      const page = API_ENDPOINTS.statements.response.parse(await (await call("statements", query)).json());
      return page.items.map((item) => item.sentence);
    };
    // Newest stated first; the two of one day in the order of their ids.
    const all = await sentences("");
    expect(all[0]).toBe("France backs an air mission.");
    expect(all.slice(1, 3).sort()).toEqual(["France will send troops.", "Germany will patrol after a ceasefire."]);
    expect(all[3]).toBe("France weighs sending troops.");
    expect(all).toHaveLength(4);
    expect(await sentences("?country=fr&type=troops")).toEqual([
      "France will send troops.",
      "France weighs sending troops.",
    ]);
    expect(await sentences("?type=troops&stance=considering")).toEqual(["France weighs sending troops."]);
    expect(await sentences("?from=2026-01-10&to=2026-01-31")).toHaveLength(2);
    expect(await sentences("?type=arms")).toEqual([]);
    const page = API_ENDPOINTS.statements.response.parse(
      await (await call("statements", "?type=air&stance=supports")).json(),
    );
    expect(page.items).toHaveLength(1);
    expect(page.items[0]).toMatchObject({
      country: { code: "FR", name: "France" },
      statedOn: "2026-02-01",
      article: { publishedOn: "2026-02-01", outlet: "Test outlet" },
      commitments: [{ type: "air", stance: "supports", condition: null }],
    });
  });
});

describe("statement paging", () => {
  it("gives every statement once while others are published between and during page reads", async () => {
    const token = uniqueToken();
    for (let i = 0; i < 7; i++) {
      await createPublishedArticle({
        published: `2026-01-${String(10 + (i % 3)).padStart(2, "0")}`,
        positions: [
          { country: "PL", commitment: "arms", stance: "committed", sentence: `Poland sends batch ${i} ${token}.` },
        ],
      });
    }
    const existing = new Set((await getDb().statement.findMany({ select: { id: true } })).map((s) => s.id));
    const seen: string[] = [];
    let cursor: string | null = null;
    let publishes = 0;
    do {
      const query: string = `?limit=2${cursor ? `&cursor=${cursor}` : ""}`;
      // A publish races each page read, dated inside and outside the range already read.
      const [response] = await Promise.all([
        call("statements", query),
        createPublishedArticle({
          published: publishes % 2 === 0 ? "2026-01-11" : "2026-03-01",
          positions: [
            { country: "PL", commitment: "arms", stance: "committed", sentence: `Poland adds ${publishes} ${token}.` },
          ],
        }),
      ]);
      publishes++;
      const page = API_ENDPOINTS.statements.response.parse(await response.json()) as StatementsPage;
      seen.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor;
    } while (cursor && publishes < 50);

    expect(new Set(seen).size).toBe(seen.length); // nothing twice
    for (const id of existing) expect(seen).toContain(id); // nothing that was there is skipped
    expect(publishes).toBeGreaterThanOrEqual(4);
  });
});
