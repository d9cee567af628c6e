import { describe, expect, it } from "vitest";
import { statementCards } from "./statement-cards";

const day = new Date("2026-01-12T00:00:00Z");

describe("an article's statements as cards", () => {
  it("shows one sentence that gives two countries' positions as one card", () => {
    const cards = statementCards([
      {
        id: "a",
        sentence: "S1.",
        start: 0,
        end: 3,
        speaker: null,
        statedOn: day,
        commitments: [{ countryName: "France" }],
      },
      {
        id: "b",
        sentence: "S1.",
        start: 0,
        end: 3,
        speaker: null,
        statedOn: day,
        commitments: [{ countryName: "Italy" }],
      },
      { id: "c", sentence: "S2.", start: 4, end: 7, speaker: "A. Minister", statedOn: day, commitments: [] },
    ]);
    expect(cards.map((card) => card.statements.map((s) => s.id))).toEqual([["a", "b"], ["c"]]);
    expect(cards[0]!.bylines).toEqual(["unnamed speaker · 12 Jan 2026"]);
    expect(cards[0]!.statements.map((s) => s.countryName)).toEqual(["France", "Italy"]);
    expect(cards[1]!.bylines).toEqual(["A. Minister · 12 Jan 2026"]);
  });
});
