import { describe, expect, it } from "vitest";
import { COUNTRIES, findCountry } from "./countries";

describe("country reference data", () => {
  it("has every ISO country once plus the EU and NATO actors", () => {
    const codes = COUNTRIES.map((country) => country.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.length).toBeGreaterThanOrEqual(250);
    expect(findCountry("eu")?.isActor).toBe(true);
    expect(findCountry("NATO")?.isActor).toBe(true);
  });

  it("records memberships of the blocs", () => {
    expect(findCountry("it")?.memberships).toEqual(["EU", "NATO", "CoW", "G7"]);
    expect(findCountry("US")?.memberships).toEqual(["NATO", "G7"]);
    expect(findCountry("RU")?.memberships).toEqual([]);
    expect(COUNTRIES.filter((c) => c.memberships.includes("EU"))).toHaveLength(27);
    expect(COUNTRIES.filter((c) => c.memberships.includes("NATO"))).toHaveLength(32);
  });

  it("uses the names news copy uses", () => {
    expect(findCountry("GB")?.name).toBe("United Kingdom");
    expect(findCountry("TR")?.name).toBe("Turkey");
  });
});
