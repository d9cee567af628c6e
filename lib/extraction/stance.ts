/**
 * Stage "stance": the stance cues of a clause (`lexicon/stances.ts`, in priority order, each
 * claiming its words), the cue that governs a commitment cue, and the stance it gives.
 */
import type { Stance } from "@/lib/domain/taxonomy";
import type { ActorMention } from "./actors";
import type { Span } from "./text";
import { allMatches, blank } from "./text";
import type { TypeHit } from "./commitments";
import type { StanceCue } from "./lexicon";
import * as lexicon from "./lexicon";

// Plain constants: read through the module namespace once, not through live-binding getters
// on every use in the hot loop.
const { NOMINAL_PLEDGE_CUE, STANCE_PATTERNS } = lexicon;

export interface Cue extends Span {
  kind: StanceCue;
}

// "not only support ... but also": an addition, not a negation.
const NEGATED_BEFORE = /\b(?:not|n't|never|no)\s+(?!(?:only|just|merely)\b)(?:\w+\s+)?$/iu;
// "going to speculate", "ready to discuss": talk about a commitment is not one.
// "ready to consider": the consideration, not the readiness, is the stance.
// "would be willing to consider", "would possibly send": a hedge after the modal is the stance.
const META_AFTER =
  /^\s*(?:(?:to|be|also|now|still|first|ready|willing|prepared|happy|able)\s+){0,3}(?:\w+\s+)?(?:speculat|comment|talk|discuss|say|reveal|disclos|elaborat|go into|negotiat|debat|consider|examin|study|explor|look at|look into|assess|possibl|potentially|(?:host|hold|attend|chair|convene|join|organi[sz]e)\w*\s+(?:a\s+|the\s+|an\s+)?(?:\w+\s+)?(?:meeting|summit|talks|conference|call|session))\w*/iu;

export function findStanceCues(masked: string, full: string): Cue[] {
  const cues: Cue[] = [];
  let work = masked;
  for (const p of STANCE_PATTERNS) {
    if (p.hint && !p.hint.test(work)) continue;
    for (const m of allMatches(p.re, work)) {
      let kind = p.cue;
      if (kind === "commit" || kind === "consider") {
        if (META_AFTER.test(masked.slice(m.index + m[0].length, m.index + m[0].length + 40))) {
          work = blank(work, m.index, m.index + m[0].length);
          continue;
        }
        // "is not ready to send", "not prepared to deploy": a refusal; "not yet ready": still open.
        const before = work.slice(Math.max(0, m.index - 16), m.index);
        if (NEGATED_BEFORE.test(before) && kind === "commit")
          kind = /\bnot yet\s+$/iu.test(before) ? "consider" : "negate";
      } else if (kind === "support") {
        // Phenomenon: negated support ("we are not in favour of sending troops", "does not
        // back the plan") is a refusal; whose troops decides ruled_out or opposes later.
        const before = work.slice(Math.max(0, m.index - 16), m.index);
        if (NEGATED_BEFORE.test(before)) kind = "negate";
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
    const endorsement = before.find((c) => c.kind === "support" && c.end <= chosen.start && ENDORSEMENT.test(c.text));
    // "welcomes the talks and will send troops": a verb of its own ends the endorsement; "welcomed
    // Norway's offer of minehunters": a nominal pledge is its owner's, whoever welcomes it.
    if (
      endorsement &&
      !NOMINAL_PLEDGE_CUE.test(chosen.text) &&
      !/[,;]|\b(?:and|but|or)\b/u.test(text.slice(endorsement.end, chosen.start))
    )
      return endorsement;
    return chosen;
  }
  return before.find((c) => c.kind === "support") ?? modal(cues) ?? cues[0] ?? null;
}

/** Support cues that take what is endorsed as their object: a modal after them is inside it. */
const ENDORSEMENT =
  /^(?:welcom\w*|backs?|backed|backing|supports?|endors\w*|in favou?r of|favou?r\w*|calls? for|called for|call(?:s|ed|ing)? on|urg\w*|important|essential|crucial|vital|insist\w* on|demand\w*|wants?|seek\w*)$/iu;

/** Third parties that can carry a commitment of their own ("countries willing to send troops"). */
export const OTHER_AGENT =
  /\b(?:countries|states|nations|allies|partners|members|others|europeans|governments|coalition)\b/i;
const FOREIGN_TROOPS_BEFORE = /\b(?:foreign|western|European|NATO|allied|Western)\s+(?:[\w-]+\s+)?$/i;
const NOT_BEFORE =
  /\b(?:before|until|till|prior to)\s+(?:(?!\w+ed\b)[\w'’-]+\s+){0,4}?(?:peace|ceasefire|cease-fire|truce|armistice|settlement|deal|agreement|the war ends|the end of (?:the )?war|hostilities end)\b[^,;."“”]*/i;
const ROLE_LIMIT = /^[^;]{0,40}?\b(?:front(?:[\s-]?lines?)?|combat roles?|contact line)\b/i;
const GERUND_ITEM = /^\s*(?:and\s+)?[a-z]+ing\b/;
const MEANS_CLAUSE = /^\s*(?:also\s+|rather\s+|instead\s+)?by\s+\w+ing\b/i;

/**
 * Phenomenon: the means of a pledge in a clause of its own ("will help Ukraine not by sending
 * troops but by providing weapons"): the "by ..." clause has no modal, it takes the pledge of
 * the clause before.
 */
export function meansClauseCue(clauses: Span[], clauseIndex: number, cues: Cue[]): Cue | null {
  // "...; expanding intelligence sharing; continuing to train ...": items of the same list of means.
  let k = clauseIndex;
  while (k > 0 && !MEANS_CLAUSE.test(clauses[k]!.text) && GERUND_ITEM.test(clauses[k]!.text)) k--;
  if (k === 0 || !MEANS_CLAUSE.test(clauses[k]!.text)) return null;
  const prev = clauses[k - 1]!;
  return (
    cues.find((c) => c.start >= prev.start && c.end <= prev.end && (c.kind === "commit" || c.kind === "consider")) ??
    null
  );
}
const NOT_ONLY_BEFORE = /\bnot\s+(?:only|just|merely)\b/i;
const ALSO_VERB = /^\s*(?:also|as well)\s+[a-z]+/;

/**
 * Phenomenon: "will not only send instructors but also provide air policing": the "but also"
 * clause has no modal of its own, it takes the pledge of the "not only" clause before.
 */
export function notOnlyClauseCue(clauses: Span[], clauseIndex: number, cues: Cue[]): Cue | null {
  if (clauseIndex === 0 || !ALSO_VERB.test(clauses[clauseIndex]!.text)) return null;
  const prev = clauses[clauseIndex - 1]!;
  if (!NOT_ONLY_BEFORE.test(prev.text)) return null;
  return (
    cues.find((c) => c.start >= prev.start && c.end <= prev.end && (c.kind === "commit" || c.kind === "consider")) ??
    null
  );
}
const OWN_PLEDGE = /^\s*(?:will|would|shall|could|may|might)\s/u;
const NEGATED_SUBJECT = /\b(?:neither|nor|no country|none of)\b/i;

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
    clauses.some((k) => k.start > clause.start && c.start >= k.start && OWN_PLEDGE.test(k.text));
  const sentenceConditions = clauseConditions.length
    ? clauseConditions
    : clauses.length === 1
      ? conditions
      : conditions.filter(
          (c) => (c.start > clause.start && !ownedByLaterPledge(c)) || !/[\p{L}\p{N}]/u.test(cueText.slice(0, c.start)),
        );
  const condition =
    cue.kind === "commit" || cue.kind === "consider" || cue.kind === "notruleout"
      ? (sentenceConditions[0] ?? null)
      : null;
  let stance = stanceFor(cue.kind, Boolean(condition));
  // "Neither Germany nor Italy will send troops"
  let stanceWord = cue.text;
  const negatedSubject = NEGATED_SUBJECT.exec(cueText.slice(clause.start, cue.start));
  if (negatedSubject && (stance === "committed" || stance === "considering" || stance === "conditional")) {
    stance = "ruled_out";
    stanceWord = text.slice(
      clause.start + negatedSubject.index,
      clause.start + negatedSubject.index + negatedSubject[0].length,
    );
  }
  // "will not be deployed before a ceasefire": a refusal until then is a condition.
  const notBefore = stance === "ruled_out" ? NOT_BEFORE.exec(cueText.slice(clause.start, clause.end)) : null;
  let conditionText = condition?.text ?? null;
  if (notBefore) {
    stance = "conditional";
    conditionText = text.slice(clause.start + notBefore.index, clause.start + notBefore.index + notBefore[0].length);
  }
  // "We will not send soldiers to the front line": a limit on the role, not a refusal.
  if (stance === "ruled_out" && hit.type === "troops" && ROLE_LIMIT.test(cueText.slice(hit.end, clause.end)))
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
 * Phenomenon: rejecting a sending that has no other agent ("Croatia rejected calls to send
 * soldiers", "rejected sending troops", "voted against deploying troops") excludes the
 * subject's own part (ruled_out); "any troops", foreign troops or other countries' sending
 * reject the measure for anyone and stay opposed.
 * Russia sends no part of its own in this domain: its rejection is of the measure.
 */
const OWN_SENDING_BEFORE =
  /\b(?:send|sending|deploy|deploying|dispatch|dispatching|contribute|contributing)\s+(?:(?:more|its|combat|ground)\s+){0,2}$/iu;

function rejectsOwnSending(country: string, hit: TypeHit, before: string): boolean {
  if (country === "RU" || hit.type !== "troops" || !OWN_SENDING_BEFORE.test(before)) return false;
  const sending = before.slice(0, before.search(OWN_SENDING_BEFORE));
  return !FOREIGN_TROOPS_BEFORE.test(before) && !OTHER_AGENT.test(sending.slice(-30));
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
  // Phenomenon: Russia's own troops are the war, not a guarantee ("Russia has deployed troops
  // along the border"): Russia refuses or opposes foreign troops, it pledges none of its own.
  if (actor.country === "RU" && hit.type === "troops" && out !== "opposes" && out !== "ruled_out") return null;
  if (actor.country === "UA" && (out === "committed" || out === "conditional" || out === "considering")) {
    if (hit.type !== "maritime") out = "supports";
  }
  if (
    out === "ruled_out" &&
    FOREIGN_TROOPS_BEFORE.test(cueText.slice(Math.max(0, hit.start - 30), hit.start)) &&
    hit.type === "troops"
  )
    out = "opposes";
  if (out === "opposes") {
    const before = cueText.slice(Math.max(0, hit.start - 40), hit.start);
    if (
      owners().includes(actor.country) ||
      /\b(?:its|our|their|own)\s+(?:\w+\s+)?$/iu.test(before.slice(-20)) ||
      rejectsOwnSending(actor.country, hit, before)
    )
      out = "ruled_out";
  }
  return out;
}
