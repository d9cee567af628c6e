import { describe, expect, it } from "vitest";
import { matrixAnswer, stanceClauses } from "./matrix-answer";

describe("the answer a matrix view gives", () => {
  it("says how many would take part, how many of them only under a condition, and the rest in words", () => {
    expect(
      matrixAnswer(
        { troops: { committed: 4, conditional: 7, considering: 3, ruled_out: 2, opposes: 1, supports: 1 } },
        ["troops", "air"],
        "today",
      ),
    ).toBe(
      "Troops on the ground, today: 11 countries said they would take part (7 of them only under a condition); " +
        "3 countries are considering it; 1 country backs it without a part of its own; 2 countries ruled out taking part; " +
        "1 country opposes it for anyone.",
    );
  });

  it("answers for the first type shown", () => {
    expect(matrixAnswer({ air: { considering: 1 } }, ["air"], "as of 1 Mar 2025")).toBe(
      "Air policing / air defence, as of 1 Mar 2025: 1 country is considering it.",
    );
  });

  it("says when every one that would take part set a condition", () => {
    expect(stanceClauses({ conditional: 2 })).toEqual([
      "2 countries said they would take part, all only under a condition",
    ]);
  });

  it("says that nobody has a position rather than printing an empty sentence", () => {
    expect(matrixAnswer({}, ["maritime"], "today")).toBe(
      "Maritime security, today: no country in this view has stated a position.",
    );
    expect(matrixAnswer({}, [], "today")).toBeNull();
  });
});
