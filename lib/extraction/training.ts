/**
 * Training and measuring the decision stage, pure (no files, no database): `npm run train`,
 * `npm run eval` and the unit tests call it with articles they read themselves.
 *
 * - Examples: a candidate whose sentence is the labelled evidence of its (country, commitment)
 *   is a position (1); a candidate of a pair nobody labelled is none (0); a candidate of a
 *   labelled pair from another sentence is left out of the detection examples (it may state
 *   the position too, less well), so the model learns both what is a position and which
 *   sentence editors take for it.
 * - Folds: by article, fixed, stratified by batch (articles sorted by id within their batch and
 *   dealt out in turn), so every figure is of articles the model was not trained on.
 * - Threshold: chosen by an inner cross-validation on the training articles only; of the
 *   thresholds within THRESHOLD_MARGIN of the best, the ones that leave most to the rules.
 */
import { STANCES } from "@/lib/domain/taxonomy";
import type { ArticleInput } from "./article";
import { extractCandidates } from "./engine";
import { describeCandidateInArticle, trainingFeatures } from "./features";
import {
  DEFAULT_LEARN_OPTIONS,
  trainBinary,
  trainSoftmax,
  type BinaryExample,
  type ClassExample,
  type LearnOptions,
} from "./learn";
import {
  decide,
  decideScored,
  MODEL_FORMAT,
  MODEL_VERSION,
  scoreCandidates,
  type DecisionThresholds,
  type ExtractionModel,
  type ModelFigures,
} from "./model";
import type { Candidate, PositionProposal } from "./types";

export interface GoldLabel {
  country: string;
  commitment: string;
  stance: string;
  evidence: string;
}

export interface LabelledArticle {
  id: string;
  /** The stratum for the folds (the corpus batch, or "editors" for editor decisions). */
  batch: string;
  article: ArticleInput;
  gold: readonly GoldLabel[];
  /** How much this article's examples count (editor decisions may count less than the corpus). */
  weight?: number;
}

/** An article with its candidates and their features, computed once for every fold. */
export interface PreparedArticle extends LabelledArticle {
  candidates: Candidate[];
  features: string[][];
}

export function prepareArticles(articles: readonly LabelledArticle[]): PreparedArticle[] {
  return articles.map((a) => {
    const candidates = extractCandidates(a.article);
    return { ...a, candidates, features: describeCandidateInArticle(candidates) };
  });
}

const normaliseSentence = (s: string) => s.replace(/[“”]/gu, '"').replace(/[‘’]/gu, "'").replace(/\s+/gu, " ").trim();

/** The evidence rule of the scoring: the same sentence, or one containing the other. */
export function sameEvidence(a: string, b: string): boolean {
  const x = normaliseSentence(a);
  const y = normaliseSentence(b);
  return x === y || x.includes(y) || y.includes(x);
}

export function examplesOf(articles: readonly PreparedArticle[]): { detect: BinaryExample[]; stance: ClassExample[] } {
  const detect: BinaryExample[] = [];
  const stance: ClassExample[] = [];
  for (const a of articles) {
    const gold = new Map(a.gold.map((g) => [`${g.country}|${g.commitment}`, g]));
    a.candidates.forEach((c, i) => {
      const g = gold.get(`${c.country}|${c.commitment}`);
      const features = trainingFeatures(c, a.features[i]!);
      if (!g) detect.push({ features, label: 0, weight: a.weight });
      else if (sameEvidence(c.evidence, g.evidence)) {
        detect.push({ features, label: 1, weight: a.weight });
        stance.push({ features, label: g.stance, weight: a.weight });
      }
    });
  }
  return { detect, stance };
}

export interface Tally {
  articles: number;
  proposed: number;
  gold: number;
  strict: number;
  detected: number;
  evidence: number;
}

export const emptyTally = (): Tally => ({ articles: 0, proposed: 0, gold: 0, strict: 0, detected: 0, evidence: 0 });

/** Adds one article's proposals against its gold to a tally (micro-averaged, as the corpus README scores). */
export function tallyArticle(t: Tally, proposals: readonly PositionProposal[], gold: readonly GoldLabel[]): void {
  const byCell = new Map(gold.map((g) => [`${g.country}|${g.commitment}`, g]));
  t.articles++;
  t.proposed += proposals.length;
  t.gold += byCell.size;
  for (const p of proposals) {
    const g = byCell.get(`${p.country}|${p.commitment}`);
    if (!g) continue;
    t.detected++;
    if (p.stance !== g.stance) continue;
    t.strict++;
    if (sameEvidence(p.evidence, g.evidence)) t.evidence++;
  }
}

const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
export function strictF1(t: Tally): number {
  return f1(t.proposed ? t.strict / t.proposed : 0, t.gold ? t.strict / t.gold : 0);
}
export function detectionF1(t: Tally): number {
  return f1(t.proposed ? t.detected / t.proposed : 0, t.gold ? t.detected / t.gold : 0);
}

/** Fold of each article: within each batch, articles by id dealt out to folds in turn. */
export function assignFolds(articles: readonly { id: string; batch: string }[], folds: number): Map<string, number> {
  const byBatch = new Map<string, string[]>();
  for (const a of articles) byBatch.set(a.batch, [...(byBatch.get(a.batch) ?? []), a.id]);
  const out = new Map<string, number>();
  let next = 0;
  for (const batch of [...byBatch.keys()].sort()) {
    for (const id of byBatch.get(batch)!.sort()) {
      out.set(id, next % folds);
      next++;
    }
  }
  return out;
}

interface Learned {
  detect: ExtractionModel["detect"];
  stance: ExtractionModel["stance"];
}

function learn(articles: readonly PreparedArticle[], options: LearnOptions): Learned {
  const { detect, stance } = examplesOf(articles);
  return { detect: trainBinary(detect, options), stance: trainSoftmax(stance, STANCES, options) };
}

const asModel = (learned: Learned, thresholds: DecisionThresholds): ExtractionModel => ({
  format: MODEL_FORMAT,
  version: MODEL_VERSION,
  trainedOn: { corpusHash: "", articles: 0, positions: 0, editorDecisions: 0 },
  options: {},
  thresholds,
  figures: { strictF1: 0, strictPrecision: 0, strictRecall: 0, detectionF1: 0, evidence: 0, byType: {} },
  ...learned,
});

const RULE_THRESHOLDS = [0, 0.05, 0.1, 0.2, 0.3];
const LOOSE_THRESHOLDS = Array.from({ length: 14 }, (_, i) => 0.3 + i * 0.05);
const STANCE_OVERRIDES = [0.7, 0.8, 0.9, 1.01];
const THRESHOLD_GRID: DecisionThresholds[] = RULE_THRESHOLDS.flatMap((rule) =>
  LOOSE_THRESHOLDS.flatMap((loose) => STANCE_OVERRIDES.map((stanceOverride) => ({ rule, loose, stanceOverride }))),
);

/**
 * Inner cross-validated strict F1 within this much of the best is level: a difference of one
 * or two positions over the training articles is the noise of which articles fell in which
 * inner fold, and picking the grid's maximum there made the thresholds (and the outer figures)
 * swing by several points from a change of one candidate.
 */
export const THRESHOLD_MARGIN = 0.01;

/**
 * Of the thresholds whose F1 is within `margin` of the best, those that leave most to the
 * rules (`closerToRules`): a departure from the rules' own decision has to pay for itself.
 */
export function pickThresholds(
  scored: readonly { thresholds: DecisionThresholds; f1: number }[],
  margin: number,
): DecisionThresholds {
  const bestF1 = Math.max(...scored.map((s) => s.f1));
  let best: DecisionThresholds | null = null;
  for (const { thresholds, f1 } of scored) {
    if (f1 < bestF1 - margin - 1e-12) continue;
    if (!best || closerToRules(thresholds, best)) best = thresholds;
  }
  return best!;
}

/** Whether thresholds `a` leave more to the rules than `b`: a lower rule threshold, then a stance override less ready, then a higher loose threshold. */
function closerToRules(a: DecisionThresholds, b: DecisionThresholds): boolean {
  if (a.rule !== b.rule) return a.rule < b.rule;
  if (a.stanceOverride !== b.stanceOverride) return a.stanceOverride > b.stanceOverride;
  return a.loose > b.loose;
}

/** The thresholds that maximise strict F1 over out-of-fold predictions of `articles` (inner folds, training articles only). */
export function chooseThresholds(
  articles: readonly PreparedArticle[],
  options: LearnOptions,
  innerFolds = 3,
): DecisionThresholds {
  const folds = assignFolds(articles, innerFolds);
  const tallies = THRESHOLD_GRID.map(() => emptyTally());
  for (let k = 0; k < innerFolds; k++) {
    const train = articles.filter((a) => folds.get(a.id) !== k);
    const test = articles.filter((a) => folds.get(a.id) === k);
    const model = asModel(learn(train, options), THRESHOLD_GRID[0]!);
    for (const a of test) {
      const scored = scoreCandidates(a.candidates, model, a.features);
      THRESHOLD_GRID.forEach((thresholds, ti) =>
        tallyArticle(tallies[ti]!, decideScored(scored, model, thresholds), a.gold),
      );
    }
  }
  return pickThresholds(
    THRESHOLD_GRID.map((thresholds, ti) => ({ thresholds, f1: strictF1(tallies[ti]!) })),
    THRESHOLD_MARGIN,
  );
}

/** Trains the decision stage on all of `articles`: the models, and thresholds chosen without looking at any article's own fit. */
export function modelOf(
  articles: readonly PreparedArticle[],
  options: LearnOptions = DEFAULT_LEARN_OPTIONS,
): ExtractionModel {
  const thresholds = chooseThresholds(articles, options);
  return asModel(learn(articles, options), thresholds);
}

export interface CrossValidation {
  /** Each article's proposals from the model trained without its fold. */
  proposals: Map<string, PositionProposal[]>;
  folds: Map<string, number>;
  thresholds: DecisionThresholds[];
}

/** k-fold cross-validation by article: each fold scored by a model trained on the others. */
export function crossValidate(
  articles: readonly PreparedArticle[],
  folds = 5,
  options: LearnOptions = DEFAULT_LEARN_OPTIONS,
): CrossValidation {
  const assignment = assignFolds(articles, folds);
  const proposals = new Map<string, PositionProposal[]>();
  const thresholds: DecisionThresholds[] = [];
  for (let k = 0; k < folds; k++) {
    const train = articles.filter((a) => assignment.get(a.id) !== k);
    const model = modelOf(train, options);
    thresholds.push(model.thresholds);
    for (const a of articles)
      if (assignment.get(a.id) === k) proposals.set(a.id, decide(a.candidates, model, a.features));
  }
  return { proposals, folds: assignment, thresholds };
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;

/** The figures of a cross-validation, as a model file keeps them. */
export function figuresOf(articles: readonly PreparedArticle[], cv: CrossValidation): ModelFigures {
  const tally = emptyTally();
  const byType = new Map<string, { proposed: number; labelled: number; strict: number }>();
  const typeRow = (type: string) =>
    byType.get(type) ?? byType.set(type, { proposed: 0, labelled: 0, strict: 0 }).get(type)!;
  for (const a of articles) {
    const proposals = cv.proposals.get(a.id) ?? [];
    tallyArticle(tally, proposals, a.gold);
    const gold = new Map(a.gold.map((g) => [`${g.country}|${g.commitment}`, g]));
    for (const g of gold.values()) typeRow(g.commitment).labelled++;
    for (const p of proposals) {
      typeRow(p.commitment).proposed++;
      if (gold.get(`${p.country}|${p.commitment}`)?.stance === p.stance) typeRow(p.commitment).strict++;
    }
  }
  return {
    strictF1: round3(strictF1(tally)),
    strictPrecision: round3(tally.proposed ? tally.strict / tally.proposed : 0),
    strictRecall: round3(tally.gold ? tally.strict / tally.gold : 0),
    detectionF1: round3(detectionF1(tally)),
    evidence: round3(tally.strict ? tally.evidence / tally.strict : 0),
    byType: Object.fromEntries(
      [...byType]
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([type, r]) => [
          type,
          {
            precision: round3(r.proposed ? r.strict / r.proposed : 0),
            recall: round3(r.labelled ? r.strict / r.labelled : 0),
            proposed: r.proposed,
            labelled: r.labelled,
          },
        ]),
    ),
  };
}
