import { describe, expect, it } from "vitest";
import { validateDataPackage } from "./data-package-check";

const descriptor = {
  name: "tiny",
  licenses: [{ name: "CC-BY-4.0" }],
  resources: [
    {
      name: "countries",
      path: "countries.csv",
      schema: {
        fields: [
          { name: "code", type: "string", description: "Code", constraints: { required: true } },
          { name: "is_actor", type: "boolean", description: "Actor" },
        ],
        primaryKey: "code",
      },
    },
    {
      name: "statements",
      path: "statements.csv",
      schema: {
        fields: [
          { name: "id", type: "string", description: "Id" },
          { name: "country_code", type: "string", description: "Country" },
          { name: "stated_on", type: "date", description: "Day" },
          { name: "stance", type: "string", description: "Stance", constraints: { enum: ["committed", "opposes"] } },
        ],
        primaryKey: ["id"],
        foreignKeys: [{ fields: "country_code", reference: { resource: "countries", fields: "code" } }],
      },
    },
  ],
};

function files(statements: string, countries = "code,is_actor\r\nFR,false\r\nEU,true\r\n") {
  return { "datapackage.json": JSON.stringify(descriptor), "countries.csv": countries, "statements.csv": statements };
}

describe("validating a Data Package against its datapackage.json", () => {
  it("accepts files that match their schemas", () => {
    expect(validateDataPackage(files("id,country_code,stated_on,stance\r\ns1,FR,2026-01-02,committed\r\n"))).toEqual(
      [],
    );
  });

  it("finds wrong types, values outside an enum, missing required values, repeated keys and dangling references", () => {
    const problems = validateDataPackage(
      files(
        "id,country_code,stated_on,stance\r\ns1,DE,2026-13-45,maybe\r\ns1,FR,2026-01-02,opposes\r\n",
        "code,is_actor\r\n,yes\r\n",
      ),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        "countries row 2: code is required",
        'countries row 2: is_actor "yes" is not a boolean',
        'statements row 2: stated_on "2026-13-45" is not a date',
        'statements row 2: stance "maybe" is not one of its values',
        "statements: primary key repeats",
        'statements: country_code "DE" has no countries row',
      ]),
    );
  });

  it("finds a header that is not the schema's fields and a missing file", () => {
    expect(validateDataPackage(files("id,stance\r\ns1,committed\r\n"))[0]).toMatch(/^statements: header/);
    const { "statements.csv": _dropped, ...withoutStatements } = files("");
    expect(validateDataPackage(withoutStatements)).toEqual(["statements: statements.csv is missing"]);
  });
});
