import { describe, expect, it } from "vitest";
import { formatSpread, spreadOf, spreadSeeds } from "./seed-spread";

describe("seed spread", () => {
  it("starts with the shipped seed and never repeats it", () => {
    expect(spreadSeeds(17, 4)).toEqual([17, 1, 2, 3]);
    expect(spreadSeeds(2, 4)).toEqual([2, 1, 3, 4]);
    expect(spreadSeeds(17, 1)).toEqual([17]);
  });

  it("gives the mean and the range of the figures", () => {
    const s = spreadOf([0.66, 0.64, 0.65]);
    expect(s.mean).toBeCloseTo(0.65, 10);
    expect(s.min).toBe(0.64);
    expect(s.max).toBe(0.66);
    expect(formatSpread(s)).toBe("0.650 (0.640-0.660)");
  });

  it("refuses an empty list rather than report a mean of nothing", () => {
    expect(() => spreadOf([])).toThrow();
  });
});
