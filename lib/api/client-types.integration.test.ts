// The client a user generates from our OpenAPI document (openapi-typescript, as its README
// shows) accepts the API's real answers: each endpoint's answer on a real database, written
// out as a literal typed with the generated response type, compiles under the TypeScript
// compiler in strict mode. A field the document omits, a wrong type or a value outside a
// documented enum is a compile error (the last test shows each is caught).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import openapiTS, { astToString } from "openapi-typescript";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getChanges } from "@/app/api/v1/changes/route";
import { GET as getCommitmentType } from "@/app/api/v1/commitments/[type]/route";
import { GET as getCountry } from "@/app/api/v1/countries/[code]/route";
import { GET as getCountries } from "@/app/api/v1/countries/route";
import { GET as getMatrix } from "@/app/api/v1/matrix/route";
import { GET as getOpenApi } from "@/app/api/v1/openapi.json/route";
import { GET as getStatements } from "@/app/api/v1/statements/route";
import { getDb } from "@/lib/db/client";
import { correctCommitment } from "@/lib/ingest/corrections";
import { createPublishedArticle, createTestEditor } from "@/lib/test/factories";
import { resetContent } from "@/lib/test/reset-content";
import { API_ENDPOINTS } from "./endpoints";

const BASE = "http://127.0.0.1/api/v1";
type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response> | Response;

/** One real call per endpoint, with parameters that fill its optional parts (history, corrections, a next page). */
const CALLS: Record<keyof typeof API_ENDPOINTS, { handler: Handler; url: string; params: Record<string, string> }> = {
  matrix: { handler: getMatrix as Handler, url: "/matrix?since=2025-12-31", params: {} },
  countries: { handler: getCountries as Handler, url: "/countries", params: {} },
  country: { handler: getCountry as Handler, url: "/countries/de", params: { code: "de" } },
  commitmentType: { handler: getCommitmentType as Handler, url: "/commitments/troops", params: { type: "troops" } },
  statements: { handler: getStatements as Handler, url: "/statements?limit=1", params: {} },
  changes: { handler: getChanges as Handler, url: "/changes?from=2025-12-31", params: {} },
};

let directory: string;
let generated: string;
const answers: Record<string, unknown> = {};

beforeAll(async () => {
  await resetContent();
  await createPublishedArticle({
    published: "2025-06-01",
    positions: [{ country: "FR", commitment: "troops", stance: "considering", sentence: "France weighs troops." }],
  });
  await createPublishedArticle({
    published: "2026-01-10",
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
  const editor = await createTestEditor();
  const air = await getDb().commitment.findFirstOrThrow({ where: { countryCode: "DE" } });
  await correctCommitment(
    { commitmentId: air.id, country: "DE", commitment: "air", stance: "considering", condition: "", note: "re-read" },
    editor.id,
  );
  for (const [name, { handler, url, params }] of Object.entries(CALLS)) {
    const response = await handler(new Request(`${BASE}${url}`), { params: Promise.resolve(params) });
    expect(response.status, name).toBe(200);
    answers[name] = await response.json();
  }
  const document = await getOpenApi(new Request(`${BASE}/openapi.json`)).json();
  generated = astToString(await openapiTS(document));
  directory = fs.mkdtempSync(path.join(os.tmpdir(), "tracker-client-types-"));
  fs.writeFileSync(path.join(directory, "api.d.ts"), generated);
});

afterAll(() => fs.rmSync(directory, { recursive: true, force: true }));

/** Compiles the answers as literals of the generated types; returns the compiler's complaints. */
function typeCheck(values: Record<string, unknown>): string[] {
  const lines = [
    'import type { paths } from "./api";',
    'type Answer<P extends keyof paths> = paths[P]["get"]["responses"][200]["content"]["application/json"];',
    ...Object.entries(values).map(
      ([name, value]) =>
        `export const ${name}: Answer<${JSON.stringify(API_ENDPOINTS[name as keyof typeof API_ENDPOINTS].path)}> = ${JSON.stringify(value, null, 1)};`,
    ),
  ];
  const file = path.join(directory, "answers.ts");
  fs.writeFileSync(file, lines.join("\n"));
  const program = ts.createProgram([file], {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    types: [],
  });
  return ts
    .getPreEmitDiagnostics(program)
    .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n").split("\n")[0]!);
}

describe("the client generated from the OpenAPI document", () => {
  it("types every endpoint's response", () => {
    for (const endpoint of Object.values(API_ENDPOINTS)) expect(generated).toContain(`"${endpoint.path}": {`);
  });

  it("accepts the real answer of every endpoint", () => {
    // The answers fill what is optional: a history and a correction, a next page, a change.
    expect(answers.statements).toMatchObject({ nextCursor: expect.any(String) });
    expect(JSON.stringify(answers.country)).toContain("re-read");
    expect(typeCheck(answers)).toEqual([]);
  });

  it("refuses an answer with an undocumented field, a wrong type or a stance it does not list", () => {
    const matrix = structuredClone(answers.matrix) as { asOf: unknown; rows: { cells: Record<string, object> }[] };
    const france = matrix.rows[0]!.cells;
    const withExtra = { ...matrix, internalId: 7 };
    expect(typeCheck({ matrix: withExtra })).toEqual([expect.stringContaining("internalId")]);
    expect(typeCheck({ matrix: { ...matrix, asOf: 20260101 } })).toEqual([
      expect.stringContaining("not assignable to type 'string'"),
    ]);
    const type = Object.keys(france)[0]!;
    france[type] = { ...france[type], stance: "maybe" };
    expect(typeCheck({ matrix })).toEqual([expect.stringContaining('"maybe"')]);
  });
});
