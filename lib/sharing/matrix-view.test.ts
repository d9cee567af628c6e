import { describe, expect, it } from "vitest";
import { parseQueryParams } from "@/lib/api/params";
import { CountryQuerySchema } from "@/lib/api/schemas/countries";
import { MatrixQuerySchema } from "@/lib/api/schemas/matrix";
import { loadMatrixParams, resolveMatrixView } from "@/lib/view-state/view-params";
import { commitmentViewOf, countryViewOf, matrixFiltersOf, matrixViewOf } from "./matrix-view";

const now = new Date("2026-11-24T12:00:00Z");

describe("the views of the API, downloads and embeds", () => {
  it("read a URL exactly as the page's parser map does, the pin included", () => {
    const query =
      "?date=2025-06-01&since=2025-01-01&types=air,troops&stances=committed&bloc=cow&region=europe&q=%20fra%20&sort=troops&v=2025-06-02T10:00:00.000Z";
    const view = matrixViewOf(new URLSearchParams(query), now);
    expect(view).toEqual(resolveMatrixView(loadMatrixParams(query), now));
    expect(view.pinnedAt?.toISOString()).toBe("2025-06-02T10:00:00.000Z");
    expect(matrixFiltersOf(view)).toEqual({
      types: ["troops", "air"],
      stances: ["committed"],
      bloc: "CoW",
      region: "Europe",
      q: "fra",
    });
  });

  it("read the day and the pin of a country or commitment view, `date` as `at`", () => {
    const params = new URLSearchParams("?date=2025-06-01&v=2025-06-02T10:00:00Z");
    const expected = { asOf: "2025-06-01", isToday: false, pinnedAt: new Date("2025-06-02T10:00:00Z") };
    expect(countryViewOf(params, now)).toEqual(expected);
    expect(commitmentViewOf(params, now)).toEqual(expected);
    expect(countryViewOf(new URLSearchParams(""), now)).toEqual({ asOf: "2026-11-24", isToday: true, pinnedAt: null });
  });

  it("take only what the API's schema accepts, and the schema refuses a pin the page would ignore", () => {
    const ok = parseQueryParams(new URLSearchParams("?types=air,troops&v=2025-06-02T10:00:00Z"), MatrixQuerySchema);
    expect(ok.ok).toBe(true);
    for (const v of ["2025-06-02", "2999-01-01T00:00:00Z", "2019-12-31T23:59:59Z"]) {
      const refused = parseQueryParams(new URLSearchParams({ v }), CountryQuerySchema);
      expect(refused).toMatchObject({ ok: false, parameter: "v" });
    }
    // A list item with a space is a different key for the page, so the API refuses it rather than reading it otherwise.
    expect(parseQueryParams(new URLSearchParams("?types=air, troops"), MatrixQuerySchema)).toMatchObject({
      ok: false,
      parameter: "types",
    });
  });
});
