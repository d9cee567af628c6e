/**
 * Sorts the extraction engine's errors on a labelled article into the classes of issue 13, so
 * `npm run eval` shows which phenomenon fails, not only how often. Each error falls into
 * exactly one class, tried in the order listed.
 */
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
