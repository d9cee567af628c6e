/**
 * Stage "score": a proposal's confidence is the sum of named features, and the same features,
 * with their weights, are the explanation an editor sees ("named speaker +0.10").
 */
import type { Stance } from "@/lib/domain/taxonomy";
import type { StanceCue } from "./lexicon";
import { STRONG_CUE } from "./rules/confidence/strong-cue";
import { WEAK_CUE } from "./rules/confidence/weak-cue";

export interface ConfidenceInput {
  /** How the actor was found: the clause's subject or the troops' owner, a pronoun, an abstract subject ... */
  actorHow: string;
  explicitSpeaker: boolean;
  /** No speaker at all and not inside a quotation: the journalist's own words. */
  unattributed: boolean;
  /** The commitment cue's strength, 0..1. */
  cueWeight: number;
  stanceCue: StanceCue;
  stanceWord: string;
  /** "would" after a reporting verb ("announced that it would"): a backshifted will. */
  reportedWould: boolean;
  stance: Stance;
  beforeRepeatedTitle: boolean;
  flashback: boolean;
  recallSection: boolean;
}

export interface Feature {
  name: string;
  weight: number;
}

const BASE = 0.5;

/** The features that apply, in a fixed order (the sum is rounded, so the order is part of the result). */
export function confidenceFeatures(x: ConfidenceInput): Feature[] {
  const f: Feature[] = [];
  if (x.actorHow === "subject" || x.actorHow === "owner") f.push({ name: "actor named in the clause", weight: 0.15 });
  else if (x.actorHow === "first-person" || x.actorHow === "third-person")
    f.push({ name: "actor by pronoun", weight: 0.08 });
  if (x.explicitSpeaker) f.push({ name: "named speaker", weight: 0.1 });
  else if (x.unattributed) f.push({ name: "nobody quoted", weight: -0.05 });
  f.push({ name: "commitment cue strength", weight: 0.12 * x.cueWeight });
  if (x.stanceCue === "negate" || x.stanceCue === "notruleout" || x.stanceCue === "oppose")
    f.push({ name: "explicit refusal or opposition", weight: 0.08 });
  else if (STRONG_CUE.re.test(x.stanceWord)) f.push({ name: "firm stance word", weight: 0.05 });
  else if (WEAK_CUE.re.test(x.stanceWord) && !x.reportedWould) f.push({ name: "hedged stance word", weight: -0.05 });
  if (x.stance === "supports") f.push({ name: "support only", weight: -0.05 });
  if (x.beforeRepeatedTitle) f.push({ name: "teaser before the repeated headline", weight: -0.1 });
  if (x.flashback) f.push({ name: "background (earlier events)", weight: -0.12 });
  if (x.recallSection) f.push({ name: "recall section", weight: -0.05 });
  return f;
}

export function scoreFeatures(features: readonly Feature[]): number {
  let confidence = BASE;
  for (const f of features) confidence += f.weight;
  confidence = Math.max(0.05, Math.min(0.98, confidence));
  return Math.round(confidence * 100) / 100;
}

export function explain(features: readonly Feature[]): string[] {
  return features.map((f) => `${f.name} ${f.weight >= 0 ? "+" : "−"}${Math.abs(f.weight).toFixed(2)}`);
}
