import { describe, expect, it } from "vitest";
import { caseIsRead, readCase, type PhenomenonCase } from "./case";

const pledge: PhenomenonCase = {
  phenomenon: "a plain pledge",
  text: "Denmark will send troops to a reassurance force in Ukraine, Frederiksen said.",
  cells: ["DK troops committed"],
};

describe("own-sentence cases", () => {
  it("reads a case in its notation and compares the cells exactly", () => {
    expect(readCase(pledge)).toEqual(["DK troops committed"]);
    expect(caseIsRead(pledge)).toBe(true);
    expect(caseIsRead({ ...pledge, cells: ["DK troops considering"] })).toBe(false);
    expect(caseIsRead({ ...pledge, cells: [] })).toBe(false);
    expect(caseIsRead({ ...pledge, cells: ["DK troops committed", "DK training committed"] })).toBe(false);
  });

  it("compares a condition only where the case gives one", () => {
    const conditional: PhenomenonCase = {
      phenomenon: "a pledge under a condition",
      text: "Denmark will send troops once a ceasefire is signed, Frederiksen said.",
      cells: ["DK troops conditional"],
    };
    expect(caseIsRead(conditional)).toBe(true);
    expect(caseIsRead({ ...conditional, cells: ["DK troops conditional | once a ceasefire is signed"] })).toBe(true);
    expect(caseIsRead({ ...conditional, cells: ["DK troops conditional | after a peace deal"] })).toBe(false);
  });
});
