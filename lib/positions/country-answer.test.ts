import { describe, expect, it } from "vitest";
import { countryAnswer, countryTitleSummary, standingLabel, standingStancesOf } from "./country-answer";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("what a country page answers first", () => {
  const entries = [
    {
      type: "troops" as const,
      current: { stance: "ruled_out" as const, statedOn: day("2025-05-02") },
      // The stance was first taken in March and restated in May: it stands since March.
      timeline: [
        { since: day("2025-03-01"), stance: "ruled_out" as const },
        { since: day("2025-01-10"), stance: "considering" as const },
      ],
    },
    { type: "air" as const, current: null, timeline: [] },
    { type: "funding" as const, current: { stance: "committed" as const, statedOn: day("2025-02-03") }, timeline: [] },
  ];

  it("gives each stance since the day it was taken, strongest engagement first", () => {
    const standings = standingStancesOf(entries);
    expect(standings.map(standingLabel)).toEqual([
      "Funding: Committed since 3 Feb 2025",
      "Troops: Ruled out since 1 Mar 2025",
    ]);
    expect(countryAnswer("Italy", standings, "today")).toBe(
      "Italy, today: Funding: Committed since 3 Feb 2025; Troops: Ruled out since 1 Mar 2025.",
    );
    expect(countryTitleSummary(standings)).toBe("Committed: Funding · Ruled out: Troops");
  });

  it("says when nothing is recorded", () => {
    expect(countryAnswer("Peru", [], "as of 1 Mar 2025")).toBe(
      "Peru has no recorded position on security guarantees for Ukraine as of 1 Mar 2025.",
    );
  });
});
