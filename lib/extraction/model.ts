/**
 * Stage "decide": the learned decision over the candidates of an article. A logistic model
 * scores each candidate (is this sentence this actor's position on this type?); per (country,
 * commitment) the best-scoring candidate is proposed when it clears the threshold, with the
 * stance a multinomial model gives it. The confidence is the model's probability, and the
 * explanation names the features that weighed most, so an editor sees why.
 */
import type { Stance } from "@/lib/domain/taxonomy";
import { isReadByRules } from "./candidates";
import { reduce } from "./reduce";
import { describeCandidateInArticle } from "./features";
import { binaryWeight, predictBinary, predictSoftmax, type BinaryModel, type SoftmaxModel } from "./learn";
import type { Candidate, PositionProposal } from "./types";

export const MODEL_FORMAT = "security-guarantees-extraction-model";
export const MODEL_VERSION = 1;

export interface ExtractionModel {
  format: typeof MODEL_FORMAT;
  version: number;
  /** What it was trained from: the corpus's hash and size, and how many editor decisions joined it. */
  trainedOn: { corpusHash: string; articles: number; positions: number; editorDecisions: number };
  /** Options of the learners, for a reproducible retrain. */
  options: Record<string, number>;
  /** The probability a candidate needs: lower for one the rules read fully than for a loose pair. */
  thresholds: DecisionThresholds;
  detect: BinaryModel;
  stance: SoftmaxModel;
  /** What this model's recipe scored on articles it was not trained on (5-fold cross-validation by article). */
  figures: ModelFigures;
}

export interface ModelFigures {
  strictF1: number;
  strictPrecision: number;
  strictRecall: number;
  detectionF1: number;
  /** Of the strict matches, the share whose evidence is the labelled sentence. */
  evidence: number;
  /** Strict precision and recall per commitment type. */
  byType: Record<string, { precision: number; recall: number; proposed: number; labelled: number }>;
}

export interface DecisionThresholds {
  rule: number;
  loose: number;
  /**
   * The stance model overrides the rules' stance of a rule candidate only when it is at least
   * this sure (above 1: never); a loose candidate's stance is always the model's.
   */
  stanceOverride: number;
}

export interface Decision {
  candidate: Candidate;
  probability: number;
  features: string[];
  /** The stance model's probabilities, worked out when first needed. */
  stances?: number[];
}

/** Each candidate's probability of being a position, keeping its features for the explanation. */
export function scoreCandidates(
  candidates: readonly Candidate[],
  model: ExtractionModel,
  features: readonly string[][] = describeCandidateInArticle(candidates),
): Decision[] {
  return candidates.map((candidate, i) => ({
    candidate,
    probability: predictBinary(model.detect, features[i]!, !isReadByRules(candidate)),
    features: features[i]!,
  }));
}

/** One proposal per (country, commitment): the most probable candidate over its threshold, best first. */
export function decide(
  candidates: readonly Candidate[],
  model: ExtractionModel,
  features?: readonly string[][],
): PositionProposal[] {
  return decideScored(scoreCandidates(candidates, model, features), model, model.thresholds);
}

/**
 * Per (country, commitment): the most probable candidate when it clears the threshold of its
 * origin; else the most probable candidate the rules read, when that clears the rules' threshold.
 */
export function decideScored(
  decisions: readonly Decision[],
  model: ExtractionModel,
  thresholds: DecisionThresholds,
): PositionProposal[] {
  const best = new Map<string, Decision>();
  const bestRule = new Map<string, Decision>();
  const readAt = new Map<string, Decision>();
  for (const d of decisions) {
    const key = `${d.candidate.country}|${d.candidate.commitment}`;
    if (isReadByRules(d.candidate)) {
      const at = `${key}|${d.candidate.start}`;
      const other = readAt.get(at);
      if (!other || d.probability > other.probability) readAt.set(at, d);
    }
    const current = best.get(key);
    if (!current || d.probability > current.probability) best.set(key, d);
    if (isReadByRules(d.candidate)) {
      const rule = bestRule.get(key);
      if (!rule || d.probability > rule.probability) bestRule.set(key, d);
    }
  }
  // Among the candidates the rules read, the evidence the rules' own reduce would take
  // (a country's own part over its support, the summary sentence over a single mention).
  const ruleEvidence = new Map<string, number>();
  for (const p of reduce(decisions.filter((d) => isReadByRules(d.candidate)).map((d) => d.candidate)))
    ruleEvidence.set(`${p.country}|${p.commitment}`, p.start);
  const out: PositionProposal[] = [];
  for (const [key, chosen] of best) {
    let d = chosen;
    const start = ruleEvidence.get(key);
    if (start !== undefined && isReadByRules(d.candidate) && d.candidate.start !== start)
      d = readAt.get(`${key}|${start}`) ?? d;
    const threshold = isReadByRules(d.candidate) ? thresholds.rule : thresholds.loose;
    if (d.probability >= threshold) out.push(proposalOf(d, model, thresholds));
    else {
      const rule = bestRule.get(key);
      if (rule && rule.probability >= thresholds.rule) out.push(proposalOf(rule, model, thresholds));
    }
  }
  return out.sort((a, b) => b.confidence - a.confidence || a.start - b.start);
}

function proposalOf(d: Decision, model: ExtractionModel, thresholds: DecisionThresholds): PositionProposal {
  const c = d.candidate;
  const probabilities = (d.stances ??= predictSoftmax(model.stance, d.features, !isReadByRules(c)));
  let top = 0;
  for (let k = 1; k < probabilities.length; k++) if (probabilities[k]! > probabilities[top]!) top = k;
  const modelStance = model.stance.classes[top] as Stance;
  const stance = !isReadByRules(c) || probabilities[top]! >= thresholds.stanceOverride ? modelStance : c.stance;
  const stanceProbability = probabilities[model.stance.classes.indexOf(stance)] ?? 0;
  const nearestStanceWord = c.reading?.view.cues.find((cue) => cue.end <= (c.reading?.type.start ?? 0))?.text;
  const cues = c.reading?.origin === "loose" && nearestStanceWord ? [...c.cues, nearestStanceWord] : c.cues.slice(0, 3);
  return {
    country: c.country,
    commitment: c.commitment,
    stance,
    speaker: c.speaker,
    condition: stance === "conditional" ? c.condition : null,
    evidence: c.evidence,
    start: c.start,
    end: c.end,
    statedOn: c.statedOn,
    confidence: Math.round(d.probability * 100) / 100,
    cues,
    explanation: explainDecision(d, model, stance, stanceProbability, stance === c.stance && isReadByRules(c)),
  };
}

const FEATURE_LABELS: Record<string, string> = {
  origin: "read by",
  type: "commitment",
  "type-word": "type word",
  "type-by": "type found by",
  "actor-how": "actor found as",
  "rule-stance": "rules' stance",
  "rule-feature": "rule",
  "actor-kind": "actor named as",
  between: "word between actor and commitment",
  near: "word before the commitment",
  cue: "stance cue",
  "cue-word": "stance word",
  "nearest-cue": "nearest stance cue",
  "nearest-cue-word": "nearest stance word",
  speaker: "speaker",
  section: "section",
};

/** Whether feature `x` weighs more than feature `f` of weight `w`: by absolute weight, then by name. */
const weighsMore = (x: { f: string; w: number }, f: string, w: number) =>
  Math.abs(x.w) > Math.abs(w) || (Math.abs(x.w) === Math.abs(w) && x.f < f);

/** "rules' stance: committed +1.31": the five features that weighed most for this candidate, then the stance's probability. */
export function explainDecision(
  d: Decision,
  model: ExtractionModel,
  stance: string,
  stanceProbability: number,
  stanceFromRules: boolean,
): string[] {
  const withCopies = !isReadByRules(d.candidate);
  // The five heaviest by one pass (a full sort per proposal cost more than the scoring). No
  // closure per feature: under tsx each one created is also named (esbuild's keepNames).
  const weighed: { f: string; w: number }[] = [];
  for (const f of d.features) {
    const w = binaryWeight(model.detect, f, withCopies);
    if (w === 0) continue;
    let at = weighed.length;
    while (at > 0 && !weighsMore(weighed[at - 1]!, f, w)) at--;
    if (at < 5) {
      weighed.splice(at, 0, { f, w });
      if (weighed.length > 5) weighed.pop();
    }
  }
  // Pushed one by one, so that every list of lines has the same elements kind: a mapped list (of
  // another kind when empty) made V8 drop this function's optimized code at the push below.
  const lines: string[] = [];
  for (const { f, w } of weighed) {
    const at = f.indexOf(":");
    const family = f.slice(0, at);
    const label = FEATURE_LABELS[family] ?? family.replace(/-/gu, " ");
    lines.push(`${label}: ${f.slice(at + 1)} ${w >= 0 ? "+" : "−"}${Math.abs(w).toFixed(2)}`);
  }
  lines.push(
    `stance ${stance}${stanceFromRules ? " (read by the rules)" : ""}, model p=${stanceProbability.toFixed(2)}`,
  );
  return lines;
}
