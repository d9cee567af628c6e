import { describe, expect, it } from "vitest";
import { MatrixQuerySchema } from "./schemas/matrix";
import { encodeStatementsCursor, StatementsQuerySchema } from "./schemas/statements";
import { parseQueryParams } from "./params";

function parse(query: string, schema: typeof MatrixQuerySchema | typeof StatementsQuerySchema = MatrixQuerySchema) {
  return parseQueryParams(new URLSearchParams(query), schema);
}

describe("API query parameters", () => {
  it("reads the matrix page's parameters", () => {
    expect(parse("at=2026-01-15&types=troops,air&stances=committed&bloc=nato&sort=troops")).toEqual({
      ok: true,
      data: { at: "2026-01-15", types: ["troops", "air"], stances: ["committed"], bloc: "nato", sort: "troops" },
    });
  });

  it("names the parameter at fault", () => {
    expect(parse("at=2026-02-30")).toMatchObject({ ok: false, parameter: "at" });
    expect(parse("at=3026-01-01")).toMatchObject({
      ok: false,
      parameter: "at",
      message: "at must not be in the future",
    });
    expect(parse("types=troops,tanks")).toMatchObject({ ok: false, parameter: "types" });
    expect(parse("bloc=warsaw")).toMatchObject({
      ok: false,
      parameter: "bloc",
      message: expect.stringContaining("eu"),
    });
    expect(parse("colour=red")).toMatchObject({ ok: false, parameter: "colour" });
    expect(parse("at=2026-01-01&at=2026-01-02")).toMatchObject({ ok: false, parameter: "at" });
    expect(parse("types=,")).toMatchObject({ ok: false, parameter: "types" });
  });

  it("bounds the statements limit and refuses cursors it did not make", () => {
    expect(parse("limit=100", StatementsQuerySchema)).toMatchObject({ ok: true, data: { limit: 100 } });
    for (const limit of ["0", "101", "1e3", "-1", "ten", "", "9999"]) {
      expect(parse(`limit=${limit}`, StatementsQuerySchema)).toMatchObject({ ok: false, parameter: "limit" });
    }
    expect(parse("cursor=garbage!!", StatementsQuerySchema)).toMatchObject({ ok: false, parameter: "cursor" });
    const cursor = encodeStatementsCursor({ statedOn: "2026-01-01T00:00:00.000Z", id: "abc" });
    expect(parse(`cursor=${cursor}`, StatementsQuerySchema)).toMatchObject({
      ok: true,
      data: { cursor: { statedOn: "2026-01-01T00:00:00.000Z", id: "abc" } },
    });
    expect(parse("from=2026-02-01&to=2026-01-01", StatementsQuerySchema)).toMatchObject({ ok: false, parameter: "to" });
  });
});
