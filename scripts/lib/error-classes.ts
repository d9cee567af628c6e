/**
 * Sorts the extraction engine's errors on a labelled article into the classes of issue 13, so
 * `npm run eval` shows which phenomenon fails, not only how often. Each error falls into
 * exactly one class, tried in the order listed.
 */
import { sameEvidence } from "@/lib/extraction/training";

export interface GoldPosition {
  country: string;
  commitment: string;
  stance: string;
  speaker: string | null;
  evidence: string;
  condition: string | null;
}

export type ErrorClass =
  "conditions" | "modality" | "opposition" | "actors" | "types" | "agreements" | "extra" | "evidence" | "other";

export const ERROR_CLASSES: readonly { key: ErrorClass; label: string }[] = [
  { key: "conditions", label: "stance under conditions (conditional confused)" },
  { key: "modality", label: "considering / supports / committed confused" },
  { key: "opposition", label: "opposes vs ruled_out" },
  { key: "actors", label: "several actors in one act, one missed" },
  { key: "types", label: "several commitment types in one sentence, one missed" },
  { key: "agreements", label: "agreement text with no speaker, missed" },
  { key: "extra", label: "false positive" },
  { key: "evidence", label: "right position, wrong evidence sentence" },
  { key: "other", label: "other misses and stance errors" },
];

const MODAL = new Set(["committed", "considering", "supports"]);
const REFUSAL = new Set(["opposes", "ruled_out"]);
const AGREEMENT_TEXT =
  /\b(?:agreement|accord|deal|declaration|memorandum|document|pact|treaty|text|arrangement|communiqu[eé])\b/iu;

const sameSentence = (a: string, b: string) => a.replace(/\s+/gu, " ").trim() === b.replace(/\s+/gu, " ").trim();

export type ScoredError =
  | { kind: "missed"; gold: GoldPosition; labels: readonly GoldPosition[] }
  | { kind: "stance"; gold: GoldPosition; got: string; labels: readonly GoldPosition[] };

export function classifyError(error: ScoredError): ErrorClass {
  const { gold, labels } = error;
  if (error.kind === "stance") {
    if (gold.stance === "conditional" || error.got === "conditional") return "conditions";
    if (REFUSAL.has(gold.stance) && REFUSAL.has(error.got)) return "opposition";
    if (MODAL.has(gold.stance) && MODAL.has(error.got)) return "modality";
    return "other";
  }
  const siblings = labels.filter((l) => l !== gold && sameSentence(l.evidence, gold.evidence));
  if (gold.speaker === null && AGREEMENT_TEXT.test(gold.evidence)) return "agreements";
  if (siblings.some((l) => l.country !== gold.country && l.commitment === gold.commitment)) return "actors";
  if (siblings.some((l) => l.country === gold.country && l.commitment !== gold.commitment)) return "types";
  return "other";
}

/**
 * Why a strict match has the wrong evidence sentence, from the candidates the stages gave the
 * pair: the gold sentence gave none (a reading gap: the stages never saw the pair there), it
 * gave only candidates the rules did not read (loose pairs, whose probability rarely beats a
 * sentence the rules read), the rules read it with another stance, or they read it just as the
 * chosen one and the evidence choice (reduce.ts: own part, confidence, breadth) took another
 * sentence that states the same position.
 */
export type EvidenceMiss = "not-a-candidate" | "unread" | "other-stance" | "equivalent";

export const EVIDENCE_MISSES: readonly { key: EvidenceMiss; label: string }[] = [
  { key: "not-a-candidate", label: "the gold sentence gives the pair no candidate" },
  { key: "unread", label: "the gold sentence is a candidate the rules did not read" },
  { key: "other-stance", label: "the rules read the gold sentence with another stance" },
  { key: "equivalent", label: "read alike; another sentence of the same position chosen" },
];

/** What the eval knows of a candidate: its pair, the rules' stance, its sentence and whether the rules read it fully. */
export interface EvidenceCandidate {
  country: string;
  commitment: string;
  stance: string;
  evidence: string;
  readByRules: boolean;
}

export function classifyEvidenceMiss(gold: GoldPosition, candidates: readonly EvidenceCandidate[]): EvidenceMiss {
  const atGold = candidates.filter(
    (c) => c.country === gold.country && c.commitment === gold.commitment && sameEvidence(c.evidence, gold.evidence),
  );
  if (atGold.length === 0) return "not-a-candidate";
  const read = atGold.filter((c) => c.readByRules);
  if (read.length === 0) return "unread";
  return read.some((c) => c.stance === gold.stance) ? "equivalent" : "other-stance";
}
