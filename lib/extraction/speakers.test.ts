import { describe, expect, it } from "vitest";
import worldCountries from "world-countries";
import { SPEAKERS } from "@/lib/reference/speakers";
import { findActorMentions } from "./actors";

const CODES = new Set([...worldCountries.map((c) => c.cca2), "EU", "NATO"]);

describe("the speaker gazetteer", () => {
  it("has one entry per person, each with a known country code and a role", () => {
    const names = SPEAKERS.map((s) => s.name);
    expect(new Set(names).size).toBe(names.length);
    for (const s of SPEAKERS) {
      expect(CODES.has(s.country), `${s.name}: ${s.country}`).toBe(true);
      expect(s.role.length).toBeGreaterThan(0);
    }
  });

  it("never gives one alias to two people", () => {
    const seen = new Map<string, string>();
    for (const s of SPEAKERS) {
      for (const alias of [s.name, ...s.aliases]) {
        const other = seen.get(alias);
        expect(other === undefined || other === s.name, `${alias}: ${other} and ${s.name}`).toBe(true);
        seen.set(alias, s.name);
      }
    }
  });

  it("is what the engine recognises: full names and aliases find their person", () => {
    for (const s of SPEAKERS) {
      for (const alias of [s.name, ...s.aliases]) {
        const mention = findActorMentions(`Yesterday ${alias} said so.`)[0];
        expect(mention?.speaker?.name, alias).toBe(s.name);
      }
    }
  });
});
