import { describe, expect, it } from "vitest";
import { readWithFrictionless } from "./frictionless";

// The reference library's verdicts, through our wrapper: a test that relies on "no problems"
// must fail when a row does not cast, a value is not one of its categories or a key dangles.
function packageWith(rows: { people: string; visits: string }, format = "%Y-%m-%dT%H:%M:%S.%fZ") {
  return {
    "datapackage.json": JSON.stringify({
      name: "check",
      profile: "tabular-data-package",
      resources: [
        {
          name: "people",
          path: "people.csv",
          profile: "tabular-data-resource",
          schema: { fields: [{ name: "id", type: "string", constraints: { required: true } }], primaryKey: ["id"] },
        },
        {
          name: "visits",
          path: "visits.csv",
          profile: "tabular-data-resource",
          schema: {
            fields: [
              { name: "person", type: "string" },
              { name: "at", type: "datetime", format },
              { name: "stance", type: "string", constraints: { enum: ["committed", "opposes"] } },
            ],
            foreignKeys: [{ fields: ["person"], reference: { resource: "people", fields: ["id"] } }],
          },
        },
      ],
    }),
    "people.csv": rows.people,
    "visits.csv": rows.visits,
  };
}

describe("readWithFrictionless", () => {
  it("casts every row of a valid package", async () => {
    const result = await readWithFrictionless(
      packageWith({ people: "id\na\nb\n", visits: "person,at,stance\na,2026-12-06T16:21:43.239Z,committed\n" }),
    );
    expect(result).toEqual({ problems: [], rowsCast: { people: 2, visits: 1 } });
  });

  it("reports milliseconds under the default datetime format, as the issue found", async () => {
    const { problems } = await readWithFrictionless(
      packageWith({ people: "id\na\n", visits: "person,at,stance\na,2026-12-06T16:21:43.239Z,committed\n" }, "default"),
    );
    expect(problems).toEqual([expect.stringContaining('"2026-12-06T16:21:43.239Z" in column "at"')]);
  });

  it("reports a value outside the enum, a repeated primary key and a foreign key that resolves to nothing", async () => {
    expect(
      (await readWithFrictionless(packageWith({ people: "id\na\n", visits: "person,at,stance\na,,maybe\n" }))).problems,
    ).toEqual([expect.stringContaining("visits row 2")]);
    expect(
      (await readWithFrictionless(packageWith({ people: "id\na\na\n", visits: "person,at,stance\n" }))).problems,
    ).toEqual([expect.stringContaining("people row 3")]);
    expect(
      (await readWithFrictionless(packageWith({ people: "id\na\n", visits: "person,at,stance\nzed,,opposes\n" })))
        .problems,
    ).toEqual([expect.stringContaining("visits row 2")]);
  });
});
