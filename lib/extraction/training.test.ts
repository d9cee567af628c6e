/**
 * The decision stage trained on short articles written for this test: it must learn them, and
 * training must be deterministic. The development corpus stays out of `npm test`.
 */
import { describe, expect, it } from "vitest";
import type { LearnOptions } from "./learn";
import { decide } from "./model";
import {
  assignFolds,
  crossValidate,
  emptyTally,
  modelOf,
  pickThresholds,
  prepareArticles,
  strictF1,
  tallyArticle,
  type GoldLabel,
  type LabelledArticle,
} from "./training";

const OPTIONS: LearnOptions = { epochs: 30, l2: 1e-3, rate: 0.2, seed: 3, minCount: 1 };

const SENDERS = [
  ["Norway", "NO"],
  ["Denmark", "DK"],
  ["Portugal", "PT"],
  ["Ireland", "IE"],
  ["Austria", "AT"],
  ["Chile", "CL"],
] as const;

/** Two kinds of article: a pledge of frigates (a position) and a visit that mentions frigates (none). */
function writtenArticles(): LabelledArticle[] {
  const out: LabelledArticle[] = [];
  SENDERS.forEach(([name, code], i) => {
    const pledge = `${name} will send two frigates to patrol the Black Sea after a ceasefire, the defence minister said.`;
    out.push({
      id: `p${i}`,
      batch: "pledges",
      article: { body: `${pledge} The cabinet met on Monday.`, published: "2026-02-01" },
      gold: [{ country: code, commitment: "maritime", stance: "conditional", evidence: pledge }] satisfies GoldLabel[],
    });
    out.push({
      id: `v${i}`,
      batch: "visits",
      article: {
        body: `The frigates of ${name} visited a port in Greece last year. Sailors played football there.`,
        published: "2026-02-01",
      },
      gold: [],
    });
  });
  return out;
}

describe("training the decision stage", () => {
  const prepared = prepareArticles(writtenArticles());

  it("learns the positions of the articles it was trained on, and nothing from the visits", () => {
    const model = modelOf(prepared, OPTIONS);
    const tally = emptyTally();
    for (const a of prepared) tallyArticle(tally, decide(a.candidates, model, a.features), a.gold);
    expect(strictF1(tally)).toBeGreaterThan(0.9);
    const visit = prepared.find((a) => a.id === "v0")!;
    expect(decide(visit.candidates, model, visit.features)).toEqual([]);
  });

  it("is deterministic: the same articles give the same model", () => {
    expect(JSON.stringify(modelOf(prepared, OPTIONS))).toBe(JSON.stringify(modelOf(prepared, OPTIONS)));
  });

  it("cross-validates by article: every article is scored by a model trained without it", () => {
    const cv = crossValidate(prepared, 3, OPTIONS);
    expect([...cv.proposals.keys()].sort()).toEqual(prepared.map((a) => a.id).sort());
    expect(cv.thresholds).toHaveLength(3);
  });
});

describe("pickThresholds", () => {
  const nearRules = { rule: 0, loose: 0.95, stanceOverride: 1.01 };
  const far = { rule: 0.2, loose: 0.5, stanceOverride: 0.8 };
  it("takes the thresholds that leave most to the rules when the best is only level with them", () => {
    expect(
      pickThresholds(
        [
          { thresholds: far, f1: 0.665 },
          { thresholds: nearRules, f1: 0.66 },
        ],
        0.01,
      ),
    ).toEqual(nearRules);
  });

  it("takes the best when it beats them by more than the margin", () => {
    expect(
      pickThresholds(
        [
          { thresholds: far, f1: 0.7 },
          { thresholds: nearRules, f1: 0.66 },
        ],
        0.01,
      ),
    ).toEqual(far);
  });
});

describe("assignFolds", () => {
  it("deals each batch out over the folds, the same way every time", () => {
    const articles = [
      ...["a1", "a2", "a3", "a4"].map((id) => ({ id, batch: "a" })),
      ...["b1", "b2"].map((id) => ({ id, batch: "b" })),
    ];
    const folds = assignFolds(articles, 2);
    expect(["a1", "a2", "a3", "a4"].map((id) => folds.get(id))).toEqual([0, 1, 0, 1]);
    expect(new Set(["b1", "b2"].map((id) => folds.get(id)))).toEqual(new Set([0, 1]));
    expect(assignFolds([...articles].reverse(), 2)).toEqual(folds);
  });
});
