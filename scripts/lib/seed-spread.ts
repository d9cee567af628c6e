/**
 * How far a cross-validated figure moves with the learner's seed alone (issue 17): the same
 * recipe trained with other seeds gives other weights and other thresholds, and the strict F1
 * moves by about 0.01 that way. `npm run eval -- --seeds N` reports each figure's mean and range
 * over N seeds, so a change can be judged against that spread instead of one draw.
 */

/** The seeds of a spread of `count`: the shipped one first, then 1, 2, ... (skipping it). */
export function spreadSeeds(shipped: number, count: number): number[] {
  const seeds = [shipped];
  for (let s = 1; seeds.length < count; s++) if (s !== shipped) seeds.push(s);
  return seeds;
}

export interface Spread {
  mean: number;
  min: number;
  max: number;
}

export function spreadOf(values: readonly number[]): Spread {
  if (values.length === 0) throw new Error("spreadOf: no values");
  let sum = 0;
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    sum += v;
    min = Math.min(min, v);
    max = Math.max(max, v);
  }
  return { mean: sum / values.length, min, max };
}

/** "0.652 (0.644-0.660)" */
export function formatSpread(s: Spread): string {
  return `${s.mean.toFixed(3)} (${s.min.toFixed(3)}-${s.max.toFixed(3)})`;
}
