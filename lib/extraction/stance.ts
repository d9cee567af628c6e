/**
 * Stage "stance": the stance cues of a clause (`lexicon/stances.ts`, in priority order, each
 * claiming its words), the cue that governs a commitment cue, and the stance it gives.
 */
import type { Stance } from "@/lib/domain/taxonomy";
import type { ActorMention } from "./actors";
import { findActorMentions } from "./actors";
import type { Span } from "./text";
import { allMatches, blank, HintGate } from "./text";
import type { TypeHit } from "./commitments";
import type { StanceCue } from "./lexicon";
import * as lexicon from "./lexicon";
import { ALSO_VERB } from "./rules/stance/also-verb";
import { ENDORSEMENT } from "./rules/stance/endorsement";
import { ENDORSEMENT_ENDS } from "./rules/stance/endorsement-ends";
import { COLON_OBJECT_CUE } from "./rules/stance/colon-object-cue";
import { COPULA_BEFORE_PREDICATE } from "./rules/stance/copula-before-predicate";
import { OWN_TROOPS_BEFORE } from "./rules/stance/own-troops-before";
import { OWN_TERRITORY } from "./rules/stance/own-territory";
import { NAMED_OWN_TERRITORY } from "./rules/stance/named-own-territory";
import { IN_TRANSIT } from "./rules/commitments/in-transit";
import { FOREIGN_TROOPS_BEFORE } from "./rules/stance/foreign-troops-before";
import { FOREIGN_TROOPS_AFTER } from "./rules/stance/foreign-troops-after";
import { ORGANISATION_OWN_TROOPS } from "./rules/stance/organisation-own-troops";
import { GERUND_ITEM } from "./rules/stance/gerund-item";
import { WITH_ABSOLUTE_CLAUSE } from "./rules/stance/with-absolute-clause";
import { MEANS_CLAUSE } from "./rules/stance/means-clause";
import { COLON_ELABORATION } from "./rules/stance/colon-elaboration";
import { META_AFTER } from "./rules/stance/meta-after";
import { NEGATED_BEFORE } from "./rules/stance/negated-before";
import { NEGATED_SUBJECT } from "./rules/stance/negated-subject";
import { NOT_BEFORE } from "./rules/stance/not-before";
import { NOT_ONLY_BEFORE } from "./rules/stance/not-only-before";
import { NOT_YET_BEFORE } from "./rules/stance/not-yet-before";
import { OTHER_AGENT } from "./rules/stance/other-agent";
import { OWN_PLEDGE } from "./rules/stance/own-pledge";
import { OWN_SENDING_BEFORE } from "./rules/stance/own-sending-before";
import { OWNER_PRONOUN_BEFORE } from "./rules/stance/owner-pronoun-before";
import { PROPOSED_MEASURE } from "./rules/stance/proposed-measure";
import { ROLE_LIMIT } from "./rules/stance/role-limit";
import { LETTER_OR_DIGIT } from "./rules/sentences/letter-or-digit";

// Plain constants: read through the module namespace once, not through live-binding getters
// on every use in the hot loop.
const { NOMINAL_PLEDGE_CUE, STANCE_PATTERNS } = lexicon;

export interface Cue extends Span {
  kind: StanceCue;
}

const HINTS = new HintGate(STANCE_PATTERNS.map((p) => p.hint));

export function findStanceCues(masked: string, full: string): Cue[] {
  const cues: Cue[] = [];
  let work = masked;
  // `work` is `masked` with the cues claimed so far blanked.
  const found = HINTS.search(masked);
  for (let i = 0; i < STANCE_PATTERNS.length; i++) {
    const p = STANCE_PATTERNS[i]!;
    if (p.hint && (!HINTS.mayPass(found, i) || !p.hint.test(work))) continue;
    for (const m of allMatches(p.re, work)) {
      let kind = p.cue;
      if (kind === "commit" || kind === "consider") {
        if (META_AFTER.re.test(masked.slice(m.index + m[0].length, m.index + m[0].length + 40))) {
          work = blank(work, m.index, m.index + m[0].length);
          continue;
        }
        // "is not ready to send", "not prepared to deploy": a refusal; "not yet ready": still open.
        const before = work.slice(Math.max(0, m.index - 16), m.index);
        if (NEGATED_BEFORE.re.test(before) && kind === "commit")
          kind = NOT_YET_BEFORE.re.test(before) ? "consider" : "negate";
      } else if (kind === "oppose") {
        // Phenomenon: negated opposition ("is not opposed to a monitoring mission", "is not
        // against sending instructors", "did not block the package") is a double negative: the
        // measure is supported.
        const before = work.slice(Math.max(0, m.index - 16), m.index);
        if (NEGATED_BEFORE.re.test(before)) kind = "support";
      } else if (kind === "support") {
        // Phenomenon: negated support ("we are not in favour of sending troops", "does not
        // back the plan") is a refusal; whose troops decides ruled_out or opposes later.
        const before = work.slice(Math.max(0, m.index - 16), m.index);
        if (NEGATED_BEFORE.re.test(before)) kind = "negate";
      }
      cues.push({
        kind,
        start: m.index,
        end: m.index + m[0].length,
        text: full.slice(m.index, m.index + m[0].length).trim(),
      });
      // A cue claims its words: "does not rule out" is not also "rule out".
      work = blank(work, m.index, m.index + m[0].length);
    }
  }
  return cues.sort((a, b) => a.start - b.start);
}

const PRIORITY: StanceCue[] = ["notruleout", "oppose", "negate"];

/** The stance cue that governs a commitment cue inside its clause. */
export function governingCue(cues: Cue[], hit: TypeHit, text: string): Cue | null {
  if (cues.length === 0) return null;
  for (const kind of PRIORITY) {
    const ofKind = cues.filter((x) => x.kind === kind);
    const c = ofKind.filter((x) => x.end <= hit.start).pop() ?? ofKind[0];
    if (!c) continue;
    // "Ruling out troops, Spain offered air support": a comma and a new verb end the negation.
    const local = cues.find(
      (x) =>
        (x.kind === "commit" || x.kind === "consider") &&
        x.start >= c.end &&
        x.end <= hit.start &&
        text.slice(c.end, x.start).includes(","),
    );
    return local ?? c;
  }
  const before = cues.filter((c) => c.end <= hit.start);
  const modal = (list: Cue[]) => list.find((c) => c.kind === "consider" || c.kind === "commit");
  const chosen = modal(before);
  if (chosen) {
    // Phenomenon: endorsing someone's plan ("welcomes plans to deploy a force", "called it
    // important that the efforts would be backed by ..."): the modal sits inside what is
    // endorsed, so the endorsement is the stance.
    const endorsement = before.find(
      (c) => c.kind === "support" && c.end <= chosen.start && ENDORSEMENT.re.test(c.text),
    );
    // "welcomes the talks and will send troops": a verb of its own ends the endorsement; "welcomed
    // Norway's offer of minehunters": a nominal pledge is its owner's, whoever welcomes it.
    if (
      endorsement &&
      !NOMINAL_PLEDGE_CUE.test(chosen.text) &&
      !ENDORSEMENT_ENDS.re.test(text.slice(endorsement.end, chosen.start))
    )
      return endorsement;
    return chosen;
  }
  // Phenomenon: the measure as the subject of a predicate of support ("foreign troops were the
  // only real guarantee that Russia would not attack again"): with no cue before the measure, the
  // predicate right after it, over a copula, governs, not a modal in the clause it governs.
  const next = cues.find((c) => c.start >= hit.end);
  const predicate =
    next?.kind === "support" && COPULA_BEFORE_PREDICATE.re.test(text.slice(hit.end, next.start)) ? next : null;
  return before.find((c) => c.kind === "support") ?? predicate ?? modal(cues) ?? cues[0] ?? null;
}

/**
 * Phenomenon: the means of a pledge in a clause of its own ("will help Ukraine not by sending
 * troops but by providing weapons"): the "by ..." clause has no modal, it takes the pledge of
 * the clause before.
 */
export function meansClauseCue(clauses: Span[], clauseIndex: number, cues: Cue[]): Cue | null {
  // "...; expanding intelligence sharing; continuing to train ...": items of the same list of means.
  let k = clauseIndex;
  while (k > 0 && !MEANS_CLAUSE.re.test(clauses[k]!.text) && GERUND_ITEM.re.test(clauses[k]!.text)) k--;
  if (k === 0 || !MEANS_CLAUSE.re.test(clauses[k]!.text)) return null;
  const prev = clauses[k - 1]!;
  return (
    cues.find((c) => c.start >= prev.start && c.end <= prev.end && (c.kind === "commit" || c.kind === "consider")) ??
    null
  );
}

/**
 * Phenomenon: "London and Paris will lead the force, with Berlin providing air defence": the
 * gerund of a with-clause takes the pledge (or the consideration) of the clause before; a refusal
 * there is none of its own.
 */
export function withClauseCue(clauses: Span[], clauseIndex: number, cues: Cue[]): Cue | null {
  const clause = clauses[clauseIndex]!;
  const absolute = clauseIndex > 0 ? WITH_ABSOLUTE_CLAUSE.re.exec(clause.text) : null;
  if (!absolute) return null;
  const prev = clauses[clauseIndex - 1]!;
  const inPrev = cues.filter((c) => c.start >= prev.start && c.end <= prev.end);
  if (inPrev.some((c) => c.kind !== "commit" && c.kind !== "consider")) return null;
  const pledge = inPrev.find((c) => c.kind === "commit" || c.kind === "consider");
  if (!pledge) return null;
  const end = clause.start + absolute.index + absolute[0].length;
  return { ...pledge, start: end - absolute[1]!.length, end };
}

/**
 * Phenomenon: the means of a pledge listed after a colon ("Norway will step up its help: sending
 * radars, training crews and paying for repairs"): the gerund clause has no modal, it takes the
 * pledge of the clause before the colon.
 */
export function colonElaborationCue(clauses: Span[], clauseIndex: number, cues: Cue[], masked: string): Cue | null {
  if (clauseIndex === 0) return null;
  const clause = clauses[clauseIndex]!;
  const prev = clauses[clauseIndex - 1]!;
  if (!COLON_ELABORATION.re.test(masked.slice(prev.end, clause.start))) return null;
  if (!GERUND_ITEM.re.test(clause.text)) {
    // "Zelensky listed what Kyiv wants from the coalition: troops on the ground, air policing and
    // ...": a list of nouns is the object of the verb of wanting or asking that ends the clause before.
    const last = cues.filter((c) => c.start >= prev.start && c.end <= prev.end).pop();
    return last && last.kind === "support" && COLON_OBJECT_CUE.re.test(last.text.trim()) ? last : null;
  }
  return (
    cues.find((c) => c.start >= prev.start && c.end <= prev.end && (c.kind === "commit" || c.kind === "consider")) ??
    null
  );
}

/**
 * Phenomenon: "will not only send instructors but also provide air policing": the "but also"
 * clause has no modal of its own, it takes the pledge of the "not only" clause before.
 */
export function notOnlyClauseCue(clauses: Span[], clauseIndex: number, cues: Cue[]): Cue | null {
  if (clauseIndex === 0 || !ALSO_VERB.re.test(clauses[clauseIndex]!.text)) return null;
  const prev = clauses[clauseIndex - 1]!;
  if (!NOT_ONLY_BEFORE.re.test(prev.text)) return null;
  return (
    cues.find((c) => c.start >= prev.start && c.end <= prev.end && (c.kind === "commit" || c.kind === "consider")) ??
    null
  );
}

export function stanceFor(cue: StanceCue, hasCondition: boolean): Stance {
  switch (cue) {
    // "may", "could", "not ruling out" stay considering even when a condition is mentioned:
    // only a will-do under a condition is conditional.
    case "notruleout":
      return "considering";
    case "oppose":
      return "opposes";
    case "negate":
      return "ruled_out";
    case "consider":
      return "considering";
    case "commit":
      return hasCondition ? "conditional" : "committed";
    case "support":
      return "supports";
  }
}

export interface ClauseStance {
  stance: Stance;
  /** The words, as written, that decided the stance. */
  stanceWord: string;
  condition: string | null;
}

/**
 * The stance a governing cue gives a commitment in its clause: conditional when a condition
 * sits in the clause (or, for a one-clause sentence, anywhere in it; else after the clause
 * start), a refusal through "neither ... nor", "not before a ceasefire" as a condition.
 * Null for a limit on the role ("not to the front line"), which is no refusal.
 */
export function clauseStance(
  cue: Cue,
  hit: TypeHit,
  clause: Span,
  clauses: readonly Span[],
  conditions: Span[],
  cueText: string,
  text: string,
): ClauseStance | null {
  const clauseConditions = conditions.filter((c) => c.start >= clause.start && c.start < clause.end);
  // A condition that opens the sentence ("Once a truce holds, X will ... and will ...") governs
  // every clause of it; otherwise a clause takes its own or, failing that, a later one.
  // A later clause that is a pledge of its own ("... and will join a mission after a ceasefire")
  // keeps its condition to itself.
  const ownedByLaterPledge = (c: Span) =>
    clauses.some((k) => k.start > clause.start && c.start >= k.start && OWN_PLEDGE.re.test(k.text));
  const sentenceConditions = clauseConditions.length
    ? clauseConditions
    : clauses.length === 1
      ? conditions
      : conditions.filter(
          (c) =>
            (c.start > clause.start && !ownedByLaterPledge(c)) || !LETTER_OR_DIGIT.re.test(cueText.slice(0, c.start)),
        );
  const condition =
    cue.kind === "commit" || cue.kind === "consider" || cue.kind === "notruleout"
      ? (sentenceConditions[0] ?? null)
      : null;
  let stance = stanceFor(cue.kind, Boolean(condition));
  // "Neither Germany nor Italy will send troops"
  let stanceWord = cue.text;
  const negatedSubject = NEGATED_SUBJECT.re.exec(cueText.slice(clause.start, cue.start));
  if (negatedSubject && (stance === "committed" || stance === "considering" || stance === "conditional")) {
    stance = "ruled_out";
    stanceWord = text.slice(
      clause.start + negatedSubject.index,
      clause.start + negatedSubject.index + negatedSubject[0].length,
    );
  }
  // "will not be deployed before a ceasefire": a refusal until then is a condition.
  const notBefore = stance === "ruled_out" ? NOT_BEFORE.re.exec(cueText.slice(clause.start, clause.end)) : null;
  let conditionText = condition?.text ?? null;
  if (notBefore) {
    stance = "conditional";
    conditionText = text.slice(clause.start + notBefore.index, clause.start + notBefore.index + notBefore[0].length);
  }
  // "We will not send soldiers to the front line": a limit on the role, not a refusal.
  if (stance === "ruled_out" && hit.type === "troops" && ROLE_LIMIT.re.test(cueText.slice(hit.end, clause.end)))
    return null;
  return { stance, stanceWord, condition: conditionText };
}

const RECEIVED_TYPES = new Set<string>(["arms", "funding", "training", "intelligence", "logistics"]);

/**
 * The stance for one actor: Ukraine supports or opposes guarantees but does not pledge them
 * (null: no position); refusing others' troops ("no foreign troops") is opposing them;
 * rejecting one's own troops is ruling them out.
 */

/**
 * What a country sends of its own: its troops, and the ships, jets, observers and instructors of
 * a maritime, air, monitoring or training mission ("rebuffed a request to send a frigate").
 */
const SENT_TYPES = new Set<string>(["troops", "maritime", "air", "monitoring", "training"]);

function rejectsOwnSending(country: string, hit: TypeHit, before: string): boolean {
  if (country === "RU" || !SENT_TYPES.has(hit.type) || !OWN_SENDING_BEFORE.re.test(before)) return false;
  const sending = before.slice(0, before.search(OWN_SENDING_BEFORE.re));
  return !FOREIGN_TROOPS_BEFORE.re.test(before) && !OTHER_AGENT.re.test(sending.slice(-30));
}

export function actorStance(
  stance: Stance,
  actor: { country: string; mention: ActorMention | null },
  hit: TypeHit,
  speakerCountry: string | null,
  owners: () => string[],
  cueText: string,
): Stance | null {
  let out = stance;
  if (
    actor.country === "UA" &&
    actor.mention &&
    actor.mention.kind !== "person" &&
    speakerCountry !== "UA" &&
    out !== "supports" &&
    out !== "opposes"
  )
    return null;
  // Phenomenon: Ukraine is the recipient of guarantees, not their donor. What it would receive
  // (weapons, money, training, intelligence, logistics) is no position of its own; its will or
  // wish for a force, a shield or a guarantee is its support (labelling convention).
  if (actor.country === "UA" && RECEIVED_TYPES.has(hit.type) && out !== "opposes") return null;
  // "Ukraine will deploy its own troops along the border": Ukraine's own forces are no guarantee;
  // not when another country is named before the pronoun ("urged Britain to send its own troops").
  if (
    actor.country === "UA" &&
    hit.type === "troops" &&
    OWN_TROOPS_BEFORE.re.test(cueText.slice(Math.max(0, hit.start - 30), hit.start)) &&
    !findActorMentions(cueText.slice(Math.max(0, hit.start - 80), hit.start)).some((m) => m.country !== "UA")
  )
    return null;
  // Phenomenon: Russia's own troops are the war, not a guarantee ("Russia has deployed troops
  // along the border"): Russia refuses or opposes foreign troops, it pledges none of its own.
  if (actor.country === "RU" && hit.type === "troops" && out !== "opposes" && out !== "ruled_out") return null;
  if (actor.country === "UA" && (out === "committed" || out === "conditional" || out === "considering")) {
    if (hit.type !== "maritime") out = "supports";
  }
  if (
    out === "ruled_out" &&
    hit.type === "troops" &&
    (FOREIGN_TROOPS_BEFORE.re.test(cueText.slice(Math.max(0, hit.start - 30), hit.start)) ||
      FOREIGN_TROOPS_AFTER.re.test(cueText.slice(hit.end, hit.end + 50))) &&
    // "We will not deploy NATO troops", said for NATO: its own troops.
    !(
      (actor.country === "NATO" || actor.country === "EU") &&
      ORGANISATION_OWN_TROOPS.re.test(cueText.slice(Math.max(0, hit.start - 30), hit.start))
    )
  )
    out = "opposes";
  if (out === "opposes") {
    const before = cueText.slice(Math.max(0, hit.start - 40), hit.start);
    if (
      owners().includes(actor.country) ||
      // "will not allow weapons to pass through its territory": its own transit refused.
      (hit.type === "logistics" &&
        IN_TRANSIT.re.test(hit.text) &&
        (OWN_TERRITORY.re.test(cueText.slice(hit.start, hit.end + 40)) ||
          territoryNamedFor(actor.country, cueText.slice(hit.start, hit.end + 40)))) ||
      OWNER_PRONOUN_BEFORE.re.test(before.slice(-20)) ||
      rejectsOwnSending(actor.country, hit, before)
    )
      out = "ruled_out";
  }
  return out;
}

/** Whether the window names a territory by the given country's adjective or name ("across Hungarian territory"). */
function territoryNamedFor(country: string, window: string): boolean {
  const named = NAMED_OWN_TERRITORY.re.exec(window);
  return named !== null && findActorMentions(named[1]!).some((m) => m.country === country);
}

/**
 * Phenomenon: the owner of a measure noun ("Italy supports Britain's plan to deploy troops").
 * The owner's stance is its noun's: a proposal or idea is its support; a plan, offer, pledge,
 * initiative or decision is committed, conditional under the clause's condition ("Poland
 * welcomed Sweden's plan to deploy troops once a truce holds": `ownerReading`, the clause read
 * with the noun as its cue), or what a cue after the noun says of it ("Britain's offer of troops
 * could ..."). Another actor's stance is about the measure: rejecting it opposes it; endorsing
 * it supports it, also after a modal ("Italy will back Britain's plan to ..."); a cue of its own
 * before the noun stays its own ("Italy will join Britain's initiative to ...");
 * with no cue of its own ("Hungary criticised the pledge by Finland to ..."), nothing is read.
 * A measure that is itself a hedge ("Australia's commitment to consider contributing") is the
 * owner's considering.
 */
export function measureStance(
  role: "owner" | "other",
  measure: { noun: string; start: number },
  cue: Cue,
  decided: Stance,
  ownerReading: Stance | null,
  clauseCues: readonly Cue[] = [],
  text = "",
  typeStart = Number.POSITIVE_INFINITY,
): Stance | null {
  const ownCue = cue.start >= measure.start;
  if (role === "owner") {
    if (PROPOSED_MEASURE.re.test(measure.noun)) return "supports";
    if (ownCue && (decided === "conditional" || decided === "considering")) return decided;
    // "Australia's commitment to consider contributing troops": the measure itself is a hedge.
    if (clauseCues.some((c) => c.kind === "consider" && c.start > measure.start && c.end <= typeStart))
      return "considering";
    return ownerReading === "conditional" ? "conditional" : "committed";
  }
  if (cue.kind === "oppose") return "opposes";
  if (ownCue) return null;
  // "Italy will support Britain's plan to ...": the modal is the endorsement's, not a pledge.
  const endorses = clauseCues.some(
    (c) =>
      c.kind === "support" &&
      c.start >= cue.end &&
      c.end <= measure.start &&
      ENDORSEMENT.re.test(c.text) &&
      !ENDORSEMENT_ENDS.re.test(text.slice(cue.end, c.start)),
  );
  return (cue.kind === "commit" || cue.kind === "consider") && endorses ? "supports" : decided;
}
