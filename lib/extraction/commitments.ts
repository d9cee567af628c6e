/**
 * Stage "commitments": the commitment cues of a masked sentence, by meaning (`lexicon/`), with
 * the rules that tell a pledge from a mention: Ukraine's and Russia's own forces, the people
 * trained or treated, the force that is only backed, a country's own capabilities, and money
 * that is military aid.
 */
import type { CommitmentType } from "@/lib/domain/taxonomy";
import { findActorMentions } from "./actors";
import { allMatches, SubstringSet, type Span } from "./text";
import * as lexicon from "./lexicon";
import { UKRAINE_NAMED } from "./lexicon/commitment-context";
import { ANYTHING_ANAPHOR } from "./rules/commitments/anything-anaphor";
import { BENEFICIARY_BEFORE } from "./rules/commitments/beneficiary-before";
import { TROOPS_HELPED } from "./rules/commitments/troops-helped";
import { SUPPORT_DECLARED_BEFORE } from "./rules/commitments/support-declared-before";
import { CASUALTY_BEFORE } from "./rules/commitments/casualty-before";
import { STORED_BEFORE } from "./rules/commitments/stored-before";
import { CARRIED_THROUGH_BEFORE } from "./rules/commitments/carried-through-before";
import { TRAINEES_SPECIALITY_BEFORE } from "./rules/commitments/trainees-speciality-before";
import { ARMS_BUYER_AFTER } from "./rules/commitments/arms-buyer-after";
import { ARMS_BUYER_BEFORE } from "./rules/commitments/arms-buyer-before";
import { CAPITALISED_WORD_BEFORE } from "./rules/commitments/capitalised-word-before";
import { ENDS_IN_A_BODY_NOUN } from "./rules/commitments/ends-in-a-body-noun";
import { INSIDE_A_PROPER_NAME } from "./rules/commitments/inside-a-proper-name";
import { TITLE_CASE_WORDS } from "./rules/commitments/title-case-words";
import { PARTICIPATION_WITHOUT_OBJECT } from "./rules/commitments/participation-without-object";
import { FORCE_NOUN } from "./rules/commitments/force-noun";
import { FOREIGN_FORCE_BEFORE } from "./rules/commitments/foreign-force-before";
import { PAID_TROOPS_AFTER } from "./rules/commitments/paid-troops-after";
import { ARMY_OF_A_NUMBER_BEFORE } from "./rules/commitments/army-of-a-number-before";
import { MONEY_AMOUNT } from "./rules/commitments/money-amount";
import { HELP_AS_THE_PURPOSE_OF_MONEY } from "./rules/commitments/help-as-the-purpose-of-money";
import { OWN_CAPABILITY_BEFORE } from "./rules/commitments/own-capability-before";
import { OWN_CAPABILITY_AFTER } from "./rules/commitments/own-capability-after";
import { FORCE_THAT_NEEDS_A_BACKER } from "./rules/commitments/force-that-needs-a-backer";
import { IN_TRANSIT } from "./rules/commitments/in-transit";
import { UNIT_PLACED_BEFORE_RELATIVE } from "./rules/commitments/unit-placed-before-relative";
import { PLACED_IN } from "./rules/commitments/placed-in";
import { GROWN_OWN_UNIT } from "./rules/commitments/grown-own-unit";
import { PLACE_ABROAD } from "./rules/commitments/place-abroad";
import { SKY_OF_ANOTHER_COUNTRY } from "./rules/commitments/sky-of-another-country";
import { WEAPONS_PLACED_IN } from "./rules/commitments/weapons-placed-in";
import { JETS_FLYING_THE_MISSION } from "./rules/commitments/jets-flying-the-mission";
import { PLANS_FOR_BEFORE } from "./rules/commitments/plans-for-before";
import { SENTENCE_BREAK_BETWEEN } from "./rules/commitments/sentence-break-between";
import { TRAINEES_BEFORE } from "./rules/commitments/trainees-before";
import { OWN_TRAINEES } from "./rules/commitments/own-trainees";
import { THE_MONEY_NAMED_BEFORE } from "./rules/commitments/the-money-named-before";

// Plain constants: read through the module namespace once, not through live-binding getters
// on every use in the hot loop.
const { ANAPHOR_KEYS, ANAPHOR_RE, TYPE_GROUPS, TYPE_KEYS } = lexicon;

export interface TypeHit extends Span {
  type: CommitmentType;
  weight: number;
}

/** How much a type taken up from elsewhere (an anaphor, a question, the mission before) weighs. */
const TAKEN_UP_WEIGHT = 0.6;

/** The hit of a type that the words matched by `m` take up from elsewhere ("such a step", "that", "take part"). */
export function takenUpHit(type: CommitmentType, m: RegExpExecArray, text: string): TypeHit {
  const end = m.index + m[0].length;
  return { type, start: m.index, end, text: text.slice(m.index, end), weight: TAKEN_UP_WEIGHT };
}

/**
 * `vetoed`, when given, receives the types whose words a rule read here and set aside (troops
 * stationed abroad, Ukraine's own forces, demining on land, a country's own capability, money
 * of military aid): stage "propose" then proposes no loose candidate of that type either.
 */
export function findTypeHits(masked: string, full: string, vetoed?: Set<CommitmentType>): TypeHit[] {
  const hits: TypeHit[] = [];
  // Every match of a pattern holds one of its keys (lexicon.test.ts checks it): a pattern none
  // of whose keys occur cannot match, and one pass for all the keys is far cheaper than the regex.
  const found = TYPE_KEYS.find(masked);
  for (const group of TYPE_GROUPS) {
    if (!SubstringSet.anyOf(found, group.keys)) continue;
    for (let k = 0; k < group.patterns.length; k++) {
      const p = group.patterns[k]!;
      if (!SubstringSet.anyOf(found, group.patternKeys[k]!)) continue;
      if (p.requires) {
        p.requires.lastIndex = 0;
        if (!p.requires.test(full)) continue;
      }
      if (p.unless) {
        p.unless.lastIndex = 0;
        if (p.unless.test(full)) {
          if (vetoed && allMatches(p.re, masked).length) vetoed.add(p.type);
          continue;
        }
      }
      for (const m of allMatches(p.re, masked)) {
        if (
          p.type === "troops"
            ? !isOwnForce(masked, m)
            : OWN_CAPABILITY_BEFORE.re.test(masked.slice(Math.max(0, m.index - 30), m.index)) ||
              OWN_CAPABILITY_AFTER.re.test(masked.slice(m.index + m[0].length, m.index + m[0].length + 60)) ||
              (p.type === "arms" &&
                (STORED_BEFORE.re.test(masked.slice(Math.max(0, m.index - 30), m.index)) ||
                  CARRIED_THROUGH_BEFORE.re.test(masked.slice(Math.max(0, m.index - 40), m.index)) ||
                  armsForAnotherCountry(masked, full, m))) ||
              // "training Ukrainian soldiers in demining": the trainees' speciality.
              (p.type === "maritime" &&
                TRAINEES_SPECIALITY_BEFORE.re.test(masked.slice(Math.max(0, m.index - 50), m.index))) ||
              // "to train our soldiers": the speaker's own forces.
              (p.type === "training" && OWN_TRAINEES.re.test(m[0])) ||
              // "police the skies over Estonia", "station a Patriot battery in Poland": another country's.
              ((p.type === "air" || p.type === "arms") && placedAbroad(p.type, masked, m))
        ) {
          vetoed?.add(p.type);
          continue;
        }
        // "the NATO Security Assistance and Training Mission": the name of a body, not a commitment.
        if (
          TITLE_CASE_WORDS.re.test(m[0]) &&
          (INSIDE_A_PROPER_NAME.re.test(masked.slice(m.index + m[0].length, m.index + m[0].length + 60)) ||
            (ENDS_IN_A_BODY_NOUN.re.test(m[0]) &&
              CAPITALISED_WORD_BEFORE.re.test(masked.slice(Math.max(0, m.index - 40), m.index))))
        )
          continue;
        hits.push({
          type: p.type,
          start: m.index,
          end: m.index + m[0].length,
          text: full.slice(m.index, m.index + m[0].length),
          weight: p.weight,
        });
      }
    }
  }
  const kept = moneyOfMilitaryAid(hits, masked);
  if (vetoed && kept.length < hits.length) vetoed.add("funding");
  return goodsInTransit(
    forcesThatNeedABacker(jetsFlyingTheMission(unitGrownAbroad(kept, masked, full, vetoed), masked)),
    vetoed,
  ).sort((a, b) => a.start - b.start);
}

/**
 * Phenomenon: "its Gripen jets would take part in patrolling Ukrainian airspace": the jets (an arms
 * cue) fly the air mission named right after them, so they are the country's air role, not arms.
 */
function jetsFlyingTheMission(hits: TypeHit[], masked: string): TypeHit[] {
  const air = hits.filter((h) => h.type === "air");
  if (air.length === 0) return hits;
  return hits.filter(
    (h) =>
      h.type !== "arms" ||
      !air.some(
        (a) => a.start > h.end && a.start - h.end < 50 && JETS_FLYING_THE_MISSION.re.test(masked.slice(h.end, a.start)),
      ),
  );
}

/**
 * Phenomenon: "France, which leads the battlegroup in Romania, plans to double its contingent
 * to 2,000 troops": a unit the country already has, grown where it is stationed, in a sentence
 * that names a country other than Ukraine as the place and not Ukraine: no troops for Ukraine.
 */
function unitGrownAbroad(hits: TypeHit[], masked: string, full: string, vetoed?: Set<CommitmentType>): TypeHit[] {
  if (!hits.some((h) => h.type === "troops") || !GROWN_OWN_UNIT.hint!.test(masked) || !GROWN_OWN_UNIT.re.test(masked))
    return hits;
  UKRAINE_NAMED.re.lastIndex = 0;
  if (UKRAINE_NAMED.re.test(full)) return hits;
  const abroad = allMatches(PLACE_ABROAD.re, masked).some((m) => {
    const mention = findActorMentions(m[1]!)[0];
    return Boolean(mention && mention.start === 0 && mention.kind !== "person" && mention.country !== "UA");
  });
  if (!abroad) return hits;
  vetoed?.add("troops");
  return hits.filter((h) => h.type !== "troops");
}

/**
 * Phenomenon: troops or weapons a country lets pass through ("allow troops to transit through
 * its territory", "the transit of coalition troops"): the transit is its logistics; the troops
 * and arms inside the transit phrase are not its own, and set aside.
 */
function goodsInTransit(hits: TypeHit[], vetoed?: Set<CommitmentType>): TypeHit[] {
  const transits = hits.filter((h) => h.type === "logistics" && IN_TRANSIT.re.test(h.text));
  if (transits.length === 0) return hits;
  return hits.filter((h) => {
    if (h.type !== "troops" && h.type !== "arms") return true;
    if (!transits.some((t) => h.start >= t.start && h.end <= t.end)) return true;
    vetoed?.add(h.type);
    return false;
  });
}

/**
 * Phenomenon: money described as military aid ("a €2 billion military aid package") is arms,
 * not funding (labelling convention): an amount is dropped as funding when an arms cue sits
 * next to it in the same stretch of text. Support for Ukraine's forces after the amount is its
 * purpose, not a description: the money stays funding and the support phrase is dropped.
 */
function moneyOfMilitaryAid(hits: TypeHit[], masked: string): TypeHit[] {
  const arms = hits.filter((h) => h.type === "arms");
  if (arms.length === 0) return hits;
  const near = (a: TypeHit, h: TypeHit, span: number) => {
    const from = Math.min(a.start, h.start);
    const to = Math.max(a.end, h.end);
    return to - from < span && !SENTENCE_BREAK_BETWEEN.re.test(masked.slice(from, to));
  };
  const amounts = hits.filter((h) => h.type === "funding" && MONEY_AMOUNT.re.test(h.text));
  // "€3 billion ... to support Ukraine's armed forces": the support is what the money is for.
  const purpose = (a: TypeHit) =>
    HELP_AS_THE_PURPOSE_OF_MONEY.re.test(a.text) && amounts.some((h) => h.end <= a.start && near(a, h, 90));
  return hits.filter((h) => {
    if (h.type === "arms") return !purpose(h);
    if (h.type !== "funding" || !MONEY_AMOUNT.re.test(h.text)) return true;
    return !arms.some((a) => !purpose(a) && near(a, h, 70));
  });
}

/**
 * Phenomenon: weapons bought by or sold to a country other than Ukraine, in a sentence that
 * does not name Ukraine ("Yoon backed a deal with Poland to supply K2 tanks", "will sell
 * howitzers to Estonia"), are that country's rearmament, not arms for Ukraine.
 */
function armsForAnotherCountry(masked: string, full: string, m: RegExpExecArray): boolean {
  UKRAINE_NAMED.re.lastIndex = 0;
  if (UKRAINE_NAMED.re.test(full)) return false;
  const end = m.index + m[0].length;
  const buyer =
    ARMS_BUYER_BEFORE.re.exec(masked.slice(Math.max(0, m.index - 100), m.index))?.[1] ??
    ARMS_BUYER_AFTER.re.exec(masked.slice(end, end + 40))?.[1];
  if (!buyer) return false;
  const mention = findActorMentions(buyer)[0];
  return Boolean(mention && mention.start === 0 && mention.kind !== "person" && mention.country !== "UA");
}

/**
 * Phenomenon: a force named only as what needs the US backstop ("any reassurance force would
 * need an American backstop"): the troop words inside a backstop phrase of need are the
 * backstop's beneficiary, not a troop commitment.
 */
function forcesThatNeedABacker(hits: TypeHit[]): TypeHit[] {
  const needs = hits.filter((h) => h.type === "backstop" && FORCE_THAT_NEEDS_A_BACKER.re.test(h.text));
  if (needs.length === 0) return hits;
  return hits.filter((h) => h.type !== "troops" || !needs.some((b) => h.start >= b.start && h.end <= b.end));
}

/**
 * Phenomenon: forces stationed outside Ukraine are not troops (labelling convention): "US troops
 * in Poland will stay", "deploy soldiers to Estonia", "soldiers will stay at home". A place that is no country, or Ukraine, keeps them.
 */
function placedOutsideUkraine(masked: string, m: RegExpExecArray): boolean {
  const place = PLACED_IN.re.exec(masked.slice(m.index + m[0].length, m.index + m[0].length + 70));
  // "the brigade in Lithuania, which will number about 5,000 soldiers": the unit's place, before.
  const unit = place ? null : UNIT_PLACED_BEFORE_RELATIVE.re.exec(masked.slice(Math.max(0, m.index - 120), m.index));
  if (!place && !unit) return false;
  const where = place ? place.slice(1).find((g) => g !== undefined) : unit![1];
  // "soldiers will stay at home": kept in their own country.
  if (!where) return true;
  const mention = findActorMentions(where)[0];
  return Boolean(mention && mention.start === 0 && mention.kind !== "person" && mention.country !== "UA");
}

/** Whether the place right after an air or arms cue is a country other than Ukraine. */
function placedAbroad(type: "air" | "arms", masked: string, m: RegExpExecArray): boolean {
  const after = masked.slice(m.index + m[0].length, m.index + m[0].length + 50);
  const place = (type === "air" ? SKY_OF_ANOTHER_COUNTRY : WEAPONS_PLACED_IN).re.exec(after);
  if (!place) return false;
  const mention = findActorMentions(place[1]!)[0];
  return Boolean(mention && mention.start === 0 && mention.kind !== "person" && mention.country !== "UA");
}

/** Troops that could be a pledge: not Ukraine's or Russia's own, not the force someone else backs. */
function isOwnForce(masked: string, m: RegExpExecArray): boolean {
  const before = masked.slice(Math.max(0, m.index - 24), m.index);
  if (FOREIGN_FORCE_BEFORE.re.test(before)) return false;
  // "Ukraine's army of 880,000 soldiers": the size of a warring side's own army.
  if (ARMY_OF_A_NUMBER_BEFORE.re.test(masked.slice(Math.max(0, m.index - 80), m.index))) return false;
  // "train medical workers and military personnel": the people trained are not a deployment.
  if (TRAINEES_BEFORE.re.test(masked.slice(Math.max(0, m.index - 60), m.index))) return false;
  // "wounded soldiers", "captured servicemen": people cared for or held, not a deployment.
  if (CASUALTY_BEFORE.re.test(before)) return false;
  // "to pay soldiers' salaries": the people paid, not a deployment.
  if (PAID_TROOPS_AFTER.re.test(masked.slice(m.index + m[0].length, m.index + m[0].length + 30))) return false;
  if (placedOutsideUkraine(masked, m)) return false;
  // "a backstop for the European force", "support any European-led deployment": the beneficiary;
  // "plans for a reassurance force" are the force itself.
  const lead = masked.slice(Math.max(0, m.index - 40), m.index);
  // "voiced its support for a reassurance force": declared support names the measure supported.
  const declared = () => SUPPORT_DECLARED_BEFORE.re.test(masked.slice(Math.max(0, m.index - 100), m.index));
  if (FORCE_NOUN.re.test(m[0]) && BENEFICIARY_BEFORE.re.test(lead) && !PLANS_FOR_BEFORE.re.test(lead) && !declared())
    return false;
  // "air support to European troops": the troops helped, whoever's they are.
  if (TROOPS_HELPED.re.test(lead) && !declared()) return false;
  return true;
}

export function findAnaphorHits(
  masked: string,
  full: string,
  anaphorType: CommitmentType | null,
  topicType: CommitmentType | null,
): TypeHit[] {
  const hits: TypeHit[] = [];
  if ((anaphorType || topicType) && ANAPHOR_KEYS.occursIn(masked)) {
    for (const m of allMatches(ANAPHOR_RE, masked)) {
      // "anything" points at the article's question (its headline); "such a step" at the last one named.
      const type = ANYTHING_ANAPHOR.re.test(m[0]) ? (topicType ?? anaphorType) : (anaphorType ?? topicType);
      if (!type) continue;
      hits.push(takenUpHit(type, m, full));
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** The types one takes part in: a mission or force, not what is handed over. */
const MISSION_TYPES = new Set<CommitmentType>(["troops", "monitoring", "air", "maritime"]);

/**
 * The commitment cues of a sentence, with "such a step" / "anything" resolved to the last
 * commitment named (within three sentences, or later in this one) or the headline's.
 * A sentence that only states a precondition for the one before names none of its own.
 */
export function findCommitments(
  cueText: string,
  text: string,
  recentTypes: readonly { type: CommitmentType; sentence: number }[],
  si: number,
  titleType: CommitmentType | null,
  vetoed?: Set<CommitmentType>,
  conditionType: CommitmentType | null = null,
): TypeHit[] {
  let hits = findTypeHits(cueText, text, vetoed);
  // "If a truce requires a European presence, Denmark is prepared to take part": what the
  // pledge takes part in is named in its own condition.
  if (hits.length === 0 && conditionType)
    for (const m of allMatches(PARTICIPATION_WITHOUT_OBJECT.re, cueText))
      hits.push({
        type: conditionType,
        start: m.index,
        end: m.index + m[0].length,
        text: text.slice(m.index, m.index + m[0].length),
        weight: 0.8,
      });
  // "Sybiha called for a mission to monitor the ceasefire, while Turkey said it was ready to take
  // part": taking part with nothing named to take part in joins the mission named just before it
  // in the same sentence (a force, a monitoring, air or naval mission; not weapons or money).
  if (hits.length)
    for (const m of allMatches(PARTICIPATION_WITHOUT_OBJECT.re, cueText)) {
      const last = hits.filter((h) => h.end <= m.index).pop();
      if (!last || last.weight < 0.8 || !MISSION_TYPES.has(last.type)) continue;
      hits.push(takenUpHit(last.type, m, text));
    }
  if (hits.length > 1) hits.sort((a, b) => a.start - b.start);
  // "EU leaders agreed to lend Ukraine 90 billion euros." then "Orban opposed the loan.": the
  // definite noun an opposition names takes up the funding of one of the two sentences before.
  if (
    !hits.some((h) => h.type === "funding") &&
    recentTypes.some((r) => r.type === "funding" && r.sentence >= si - 2 && r.sentence < si)
  )
    for (const m of allMatches(THE_MONEY_NAMED_BEFORE.re, cueText))
      hits.push({
        type: "funding",
        start: m.index,
        end: m.index + m[0].length,
        text: text.slice(m.index, m.index + m[0].length),
        weight: 0.8,
      });
  const anaphorSource =
    recentTypes.filter((r) => r.sentence >= si - 3).pop()?.type ?? hits.find((h) => h.weight >= 0.8)?.type ?? null;
  const anaphors = findAnaphorHits(cueText, text, anaphorSource, titleType ?? recentTypes[0]?.type ?? null);
  if (anaphors.length) hits = [...hits, ...anaphors].sort((a, b) => a.start - b.start);
  return hits;
}

/** One hit per commitment type and clause is enough: the strongest, then the first. */
export function bestHitPerClause(hits: TypeHit[], clauses: Span[]): { hit: TypeHit; clauseIndex: number }[] {
  const best = new Map<string, { hit: TypeHit; clauseIndex: number }>();
  for (const hit of hits) {
    const clauseIndex = clauses.findIndex((c) => hit.start >= c.start && hit.start < c.end);
    if (clauseIndex < 0) continue;
    const key = `${hit.type}|${clauseIndex}`;
    const current = best.get(key);
    if (!current || hit.weight > current.hit.weight) best.set(key, { hit, clauseIndex });
  }
  return [...best.values()];
}
