/**
 * Stage "reduce" of the rules alone: one proposal per (country, commitment) from the rule
 * stages' candidates, by the rules' own confidence. The learned decision (model.ts) uses it to
 * pick the evidence among the candidates the rules read.
 */
import type { CommitmentType } from "@/lib/domain/taxonomy";
import type { Candidate, PositionProposal } from "./types";

function stripOrder(c: Candidate): PositionProposal {
  const { order: _order, ...rest } = c;
  return rest;
}

/**
 * How much a statement's breadth may outweigh confidence when choosing the evidence: a sentence
 * that states N of a country's positions counts (N - 1) times this much more.
 */
export const BREADTH_PREFERENCE = 0.05;

/**
 * Stage "reduce": one proposal per (country, commitment), best first. The stance is the most
 * confident candidate's. Phenomenon, for the evidence: when a country's position is stated by
 * several sentences with that stance, editors take the summary statement, the one sentence that
 * lays out several of its positions at once ("X will help not by sending troops but with arms,
 * training and intelligence"), over a nearly as confident sentence naming one of them; so among
 * the candidates with the chosen stance, each further commitment the same sentence gives the
 * same country adds BREADTH_PREFERENCE. Between equally ranked sentences the earlier one is the
 * evidence, whatever order the candidates come in: a position is stated first where the article
 * reports it and restated later (taking the later one cost 6 of the 227 right evidence
 * sentences of the cross-validation, issue 17).
 */
export function reduce(candidates: Candidate[]): PositionProposal[] {
  const best = new Map<string, Candidate>();
  for (const c of candidates) {
    const key = `${c.country}|${c.commitment}`;
    const current = best.get(key);
    if (!current || outranks(c, current)) best.set(key, c);
  }
  const breadth = statementBreadth(candidates);
  const rank = (c: Candidate) => c.confidence + BREADTH_PREFERENCE * (breadth.get(`${c.country}|${c.start}`)! - 1);
  for (const c of candidates) {
    const key = `${c.country}|${c.commitment}`;
    const current = best.get(key)!;
    if (
      c.stance === current.stance &&
      (rank(c) > rank(current) || (rank(c) === rank(current) && c.start < current.start))
    )
      best.set(key, c);
  }
  return [...best.values()].sort((a, b) => b.confidence - a.confidence || a.start - b.start).map(stripOrder);
}

/**
 * Phenomenon: a country's own part outranks its view of the measure. "Austria backs a European
 * force but will not send soldiers" is Austria ruling its troops out, whatever the confidence of
 * the support; the strongest explicit statement (labelling convention) is about its own part.
 */
function outranks(c: Candidate, current: Candidate): boolean {
  const own = (x: Candidate) => x.stance !== "supports";
  if (own(c) !== own(current)) return own(c);
  // Phenomenon: the lede states the pledge, the body its condition ("Slovakia will provide
  // logistics" ... "contingent upon a peace agreement"): an explicit condition stated anywhere
  // for that contribution makes it conditional (labelling convention).
  if (c.stance === "conditional" && current.stance === "committed") return true;
  if (c.stance === "committed" && current.stance === "conditional") return false;
  // Phenomenon: "X will send jets if a ceasefire holds" and elsewhere "X could send jets": the
  // will-do under a condition is the stronger explicit statement of its own part.
  if (c.stance === "conditional" && current.stance === "considering") return true;
  if (c.stance === "considering" && current.stance === "conditional") return false;
  return c.confidence > current.confidence || (c.confidence === current.confidence && c.start < current.start);
}

/** For each (country, evidence sentence): how many commitment types that sentence gives the country. */
function statementBreadth(candidates: Candidate[]): Map<string, number> {
  const types = new Map<string, Set<CommitmentType>>();
  for (const c of candidates) {
    const key = `${c.country}|${c.start}`;
    let set = types.get(key);
    if (!set) types.set(key, (set = new Set()));
    set.add(c.commitment);
  }
  const out = new Map<string, number>();
  for (const [key, set] of types) out.set(key, set.size);
  return out;
}
