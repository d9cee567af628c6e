import { describe, expect, it } from "vitest";
import { caseIsRead, PHENOMENON_CASES, readCase } from "./cases";

describe.each(Object.entries(PHENOMENON_CASES).filter(([, cases]) => cases.length > 0))(
  "own sentences: %s",
  (_area, cases) => {
    for (const c of cases) {
      if (c.gap) {
        // A known gap must still be a gap: once the rules read it, the mark has to go.
        it(`still misreads: ${c.phenomenon} (${c.gap})`, () => {
          expect(caseIsRead(c)).toBe(false);
        });
      } else {
        it(c.phenomenon, () => {
          expect(readCase(c)).toEqual([...c.cells].sort());
        });
      }
    }
  },
);

describe("own sentences, as a set", () => {
  it("gives each case its own text, so that no phenomenon is counted twice", () => {
    const texts = Object.values(PHENOMENON_CASES).flatMap((cases) => cases.map((c) => c.text));
    expect(new Set(texts).size).toBe(texts.length);
  });
});
