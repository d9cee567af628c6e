/**
 * Stage "actors": who takes the position. The subject of the governing stance cue (country
 * names, adjectives, capitals, gazetteer people; mentions after a preposition or a verb of
 * giving excluded; coordinated subjects all count), the donors a group stands for, the owner
 * of the troops named, the agent of a passive, or the donor of an agreement text.
 */
import { THE_PARTICIPANTS } from "./rules/subjects/the-participants";
import { type ActorMention } from "./actors";
import type { TypeHit } from "./commitments";
import { RELATIVE_START } from "./rules/clauses/relative-start";
import { RELATIVE_FRAME } from "./rules/subjects/relative-frame";
import type { DiscourseState, Speaker } from "./discourse";
import type { Span } from "./text";
import { WORD } from "./rules/text/word";
import * as lexicon from "./lexicon";
import { AGREEMENT_NOUN } from "./rules/subjects/agreement-noun";
import { GROUP_AS_SUBJECT } from "./rules/subjects/group-as-subject";
import { BARE_COMMA } from "./rules/subjects/bare-comma";
import { BRACKETED_ASIDE } from "./rules/subjects/bracketed-aside";
import { COORDINATED_SUBJECT_GAP } from "./rules/subjects/coordinated-subject-gap";
import { COUNTRY_PRONOUN } from "./rules/subjects/country-pronoun";
import { DONOR_JOIN } from "./rules/subjects/donor-join";
import { EMPTY_SUBJECT_WORD } from "./rules/subjects/empty-subject-word";
import { EXPLETIVE_IT } from "./rules/subjects/expletive-it";
import { FIRST_PREPOSITION } from "./rules/subjects/first-preposition";
import { OFFICE_IN_CAPITAL } from "./rules/subjects/office-in-capital";
import { IT_TO_END } from "./rules/subjects/it-to-end";
import { LIST_BREAK } from "./rules/subjects/list-break";
import { GERUND_SUBJECT_AFTER } from "./rules/subjects/gerund-subject-after";
import { LIST_GAP } from "./rules/subjects/list-gap";
import { LIST_ITEM_GAP } from "./rules/subjects/list-item-gap";
import { OFFICE_LIST_GAP } from "./rules/subjects/office-list-gap";
import { OFFICIAL_LIST_GAP } from "./rules/subjects/official-list-gap";
import { LIST_GOES_ON } from "./rules/subjects/list-goes-on";
import { LIST_OPENER } from "./rules/subjects/list-opener";
import { COORDINATOR } from "./rules/subjects/coordinator";
import { MODIFIER_OF_GROUP } from "./rules/subjects/modifier-of-group";
import { OBJECT_VERB_BEFORE } from "./rules/subjects/object-verb-before";
import { OFFICE_BETWEEN } from "./rules/subjects/office-between";
import { NON_GOVERNMENT_REPORTER } from "./rules/speaker/non-government-reporter";
import { FRONTED_CONCESSION } from "./rules/subjects/fronted-concession";
import { OFFICE_AFTER_ADJECTIVE } from "./rules/subjects/office-after-adjective";
import { PRONOUN_OPENS_CLAUSE } from "./rules/subjects/pronoun-opens-clause";
import { SECOND_PERSON } from "./rules/subjects/second-person";
import { FORMER_OFFICIAL_SUBJECT } from "./rules/subjects/former-official-subject";
import { ORGANISATION_AS_MODIFIER } from "./rules/subjects/organisation-as-modifier";
import { LEADERS_OF_A_BLOC } from "./rules/subjects/leaders-of-a-bloc";
import { PREDICATE_NOMINAL } from "./rules/subjects/predicate-nominal";
import { QUANTITY_OF_A_GROUP } from "./rules/subjects/quantity-of-a-group";
import { THANKED_FOR } from "./rules/subjects/thanked-for";
import { PART_AFTER } from "./rules/subjects/part-after";
import { OWN_MEANS_AFTER } from "./rules/subjects/own-means-after";
import { ATTRIBUTIVE_ACRONYM } from "./rules/subjects/attributive-acronym";
import { PASSIVE_AGENT } from "./rules/subjects/passive-agent";
import { BLOCKED_BY_AGENT } from "./rules/subjects/blocked-by-agent";
import { MONEY_AS_SUBJECT } from "./rules/subjects/money-as-subject";
import { SUBORDINATE_CLAUSE_SUBJECT } from "./rules/subjects/subordinate-clause-subject";
import { SUBORDINATE_SUBJECT_JOIN } from "./rules/subjects/subordinate-subject-join";
import { DELIVERY_UNDER_WAY } from "./rules/subjects/delivery-under-way";
import { PASSIVE_DELIVERY_AFTER_MODAL } from "./rules/subjects/passive-delivery-after-modal";
import { DONORS_OF_A_GIFT } from "./rules/subjects/donors-of-a-gift";
import { POSSESSIVE_END } from "./rules/subjects/possessive-end";
import { MEASURE_JUST_NAMED } from "./rules/subjects/measure-just-named";
import { POSSESSIVE_S } from "./rules/subjects/possessive-s";
import { POSSESSIVE_START } from "./rules/subjects/possessive-start";
import { POSSESSIVE_WORD } from "./rules/subjects/possessive-word";
import { PROPOSAL_AFTER } from "./rules/subjects/proposal-after";
import { MEASURE_NOUN_AFTER_OWNER } from "./rules/subjects/measure-noun-after-owner";
import { MEASURE_NOUN_BEFORE_OWNER } from "./rules/subjects/measure-noun-before-owner";
import { MEASURE_REACHES_TYPE } from "./rules/subjects/measure-reaches-type";
import { RECEIPT } from "./rules/subjects/receipt";
import { TRAINED_IN } from "./rules/subjects/trained-in";
import { OF_BEFORE } from "./rules/speaker/of-before";
import { OPENING_QUOTE_START } from "./rules/speaker/opening-quote-start";

// Plain constants: read through the module namespace once, not through live-binding getters
// on every use in the hot loop.
const {
  COORD_RE,
  EXCLUDING_PREP_RE,
  FIRST_PERSON_RE,
  GENERIC_SUBJECT_RE,
  OWNED_FORCE_RE,
  PLURAL_ANAPHOR_RE,
  ROLE_BEFORE_OF_RE,
  THIRD_PERSON_RE,
} = lexicon;

/** The donor named in a sentence about an agreement: any country but Ukraine, the beneficiary. */
export function agreementDonors(mentions: ActorMention[]): string[] {
  const out: string[] = [];
  for (const m of mentions)
    if (m.country !== "UA" && m.country !== "RU" && !out.includes(m.country)) out.push(m.country);
  return out;
}

/**
 * The words between two items of a list, without a bracketed aside that ends the first item:
 * "Norway (€40 million), Finland" joins Norway and Finland by ", " (`subjects/bracketed-aside`).
 */
function listGap(text: string, from: number, to: number): string {
  const gap = text.slice(from, to);
  if (gap.charCodeAt(0) !== 40 && gap.trimStart().charCodeAt(0) !== 40) return gap;
  const aside = BRACKETED_ASIDE.re.exec(gap);
  return aside ? gap.slice(aside[0].length) : gap;
}

/** Whether `pos` lies inside a bracket opened after `from` ("Norway (€40 million via its Ukraine fund)"): part of an aside. */
function insideAside(text: string, from: number, pos: number): boolean {
  const open = text.lastIndexOf("(", pos);
  return open >= from && text.indexOf(")", open) >= pos;
}

export interface SubjectResult {
  actors: ActorMention[];
  how: "subject" | "first-person" | "third-person" | "inherited" | "abstract" | "generic";
}

/**
 * Phenomenon: donor lists. A group that is the agent of the commitment, with the countries it
 * stands for listed after "including" / "such as" ("she named partners that have promised
 * instructors, such as Malta and Cyprus"): each listed country is an actor.
 * A group after a preposition ("peacekeepers from countries such as Brazil") is not the agent.
 */
export function donorList(
  masked: string,
  clauseStart: number,
  subjectEnd: number,
  all: ActorMention[],
): ActorMention[] {
  const span = masked.slice(clauseStart, subjectEnd);
  const group = GROUP_AS_SUBJECT.re.exec(span);
  if (!group) return [];
  const groupEnd = clauseStart + group.index + group[0].length;
  const before = masked.slice(Math.max(0, clauseStart + group.index - 30), clauseStart + group.index + 1);
  EXCLUDING_PREP_RE.lastIndex = 0;
  if (group.index > 0 && EXCLUDING_PREP_RE.test(before)) return [];
  if (group[1] && FIRST_PREPOSITION.re.test(group[1])) return [];
  const listed: ActorMention[] = [];
  let last = -1;
  for (const m of all) {
    if (m.start < groupEnd || m.kind === "person" || m.kind === "adjective") continue;
    if (masked.charCodeAt(m.start - 1) === 45) continue; // "non-EU members" names no EU
    if (last >= 0 && insideAside(masked, last, m.start)) continue;
    if (last < 0) {
      if (!LIST_OPENER.re.test(masked.slice(Math.max(groupEnd, m.start - 20), m.start))) continue;
    } else if (!LIST_GAP.re.test(listGap(masked, last, m.start))) {
      // "..., and outside the EU such as Norway": a second list of the same group.
      if (
        !LIST_OPENER.re.test(masked.slice(Math.max(last, m.start - 20), m.start)) ||
        LIST_BREAK.re.test(masked.slice(last, m.start))
      )
        break;
    }
    if (!listed.some((x) => x.country === m.country)) listed.push(m);
    last = m.end;
  }
  return listed;
}

/** Whether the words after a mention ending at `end` make it the subject of a gerund clause ("Spain resuming ..."). */
function opensGerundClause(text: string, end: number): boolean {
  return GERUND_SUBJECT_AFTER.re.test(text.slice(end, end + 60));
}

export function isExcluded(text: string, mention: ActorMention): boolean {
  // "led to Spain resuming ...": the subject of a gerund clause acts, whatever comes before it.
  if (opensGerundClause(text, mention.end)) return false;
  let before = text.slice(Math.max(0, mention.start - 30), mention.start);
  // "The Chancellery in Berlin ruled out ...": the office's capital is its owner; what comes
  // before the office decides.
  const office = mention.kind === "capital" ? OFFICE_IN_CAPITAL.re.exec(before) : null;
  if (office)
    before = text.slice(
      Math.max(0, mention.start - before.length + office.index - 30),
      mention.start - before.length + office.index,
    );
  if (OBJECT_VERB_BEFORE.re.test(before)) return true;
  EXCLUDING_PREP_RE.lastIndex = 0;
  if (!EXCLUDING_PREP_RE.test(before)) return false;
  // "the deployment of Italian troops", "the Prime Minister of Italy": "of" keeps an owner.
  if (OF_BEFORE.re.test(before)) {
    if (mention.kind === "adjective") return false;
    ROLE_BEFORE_OF_RE.lastIndex = 0;
    if (ROLE_BEFORE_OF_RE.test(before)) return false;
  }
  return true;
}

/** Mentions of the unmasked sentence that lie inside [start, end) and survived masking, relative to start. */
export function mentionsIn(all: ActorMention[], masked: string, start: number, end: number): ActorMention[] {
  const out: ActorMention[] = [];
  for (const m of all) {
    if (m.start < start || m.end > end) continue;
    if (masked.charCodeAt(m.start) === 32 && m.text.charCodeAt(0) !== 32) continue;
    out.push({ ...m, start: m.start - start, end: m.end - start });
  }
  return out;
}

/** The actors that are the subject of the stretch `span` of `masked` (a clause up to its verb). */
export function subjectActors(masked: string, spanStart: number, spanEnd: number, all: ActorMention[]): SubjectResult {
  const span = masked.slice(spanStart, spanEnd);
  // "Despite criticism from the opposition, Latvia will ...": the subject follows the concession.
  const concession = FRONTED_CONCESSION.re.exec(span);
  if (concession) return subjectActors(masked, spanStart + concession[0].length, spanEnd, all);
  // "who confirmed Italy would ...": the reported clause of a relative frame has its own subject.
  const reported = RELATIVE_FRAME.re.exec(span);
  if (reported) return subjectActors(masked, spanStart + reported[0].length, spanEnd, all);
  // "which ... will": the relative pronoun stands for the subject of the clause before.
  if (RELATIVE_START.re.test(span)) return { actors: [], how: "inherited" };
  // "X, the chair of the veterans' association, does not rule out ...": a body that speaks
  // for no government acts for none either (labelling convention).
  if (NON_GOVERNMENT_REPORTER.re.test(span)) return { actors: [], how: "generic" };
  // "Former French defence minister A B called for ...": a former official acts for no government.
  if (FORMER_OFFICIAL_SUBJECT.hint!.test(span) && FORMER_OFFICIAL_SUBJECT.re.test(span))
    return { actors: [], how: "generic" };
  // "You want to give them weapons": the addressee of a taunt states nothing, nor does the speaker.
  if (SECOND_PERSON.re.test(span)) return { actors: [], how: "generic" };
  const mentions = mentionsIn(all, masked, spanStart, spanEnd);
  // "The minister spoke after Peru and Ecuador pledged to station soldiers ...": the countries right
  // before the verb of an after / before / since clause are its subject.
  const subordinate = SUBORDINATE_CLAUSE_SUBJECT.re.exec(span);
  if (subordinate) {
    const from = subordinate.index + subordinate[0].trimEnd().length - subordinate[1]!.length;
    const inside = mentions.filter((m) => m.start >= from && (m.kind === "name" || m.kind === "capital"));
    let rest = span.slice(from);
    for (const m of inside) rest = rest.replace(span.slice(m.start, m.end), " ");
    if (
      inside.length &&
      inside.length === mentions.filter((m) => m.start >= from).length &&
      SUBORDINATE_SUBJECT_JOIN.re.test(rest)
    )
      return {
        actors: inside
          .filter((m, i) => inside.findIndex((x) => x.country === m.country) === i)
          .map((m) => ({ ...m, start: m.start + spanStart, end: m.end + spanStart })),
        how: "subject",
      };
  }
  // "they presented Ukraine with a package": the pronoun is the subject, Ukraine the object
  // (the subject of an after clause, above, still acts).
  const pronoun = PRONOUN_OPENS_CLAUSE.re.exec(span);
  if (pronoun) return { actors: [], how: pronoun.groups?.first ? "first-person" : "third-person" };
  const kept: ActorMention[] = [];
  let lastExcludedEnd = -1;
  for (const m of mentions) {
    const gap = lastExcludedEnd >= 0 ? listGap(span, lastExcludedEnd, m.start) : "";
    // "talks in Paris, Berlin and Rome": a list goes on after a bare comma; "After talks in
    // Paris, Britain will ...": a comma that ends a fronted phrase joins nothing.
    const joined =
      lastExcludedEnd >= 0 &&
      COORD_RE.test(gap) &&
      (!BARE_COMMA.re.test(gap) || LIST_GOES_ON.re.test(span.slice(m.end)));
    // The span ends at the cue: whether the mention opens a gerund clause is read on the sentence.
    const actsInGerund = opensGerundClause(masked, spanStart + m.end);
    if (joined || (!actsInGerund && isExcluded(span, m))) {
      lastExcludedEnd = m.end;
      continue;
    }
    // "NATO and EU member states", "European countries": the members, not an actor. A country
    // named by its name is no modifier of a group coordinated after it: "Britain and European
    // allies" are Britain and the allies.
    const ofGroup = MODIFIER_OF_GROUP.re.exec(span.slice(m.end, m.end + 40));
    if (
      ofGroup &&
      !((m.kind === "name" || m.kind === "capital") && COORDINATOR.re.test(ofGroup[0])) &&
      // "EU leaders agreed ...": the bloc's summit acting for the bloc.
      !(m.kind === "organisation" && LEADERS_OF_A_BLOC.re.test(masked.slice(spanStart + m.end, spanStart + m.end + 60)))
    ) {
      lastExcludedEnd = m.end;
      continue;
    }
    if (
      m.kind === "organisation" &&
      // "NATO ambitions", "EU membership", "NATO troops": the organisation names a thing, not an actor.
      ORGANISATION_AS_MODIFIER.re.test(span.slice(m.end, m.end + 20))
    ) {
      lastExcludedEnd = m.end;
      continue;
    }
    // "Germany is Ukraine's largest donor and has pledged ...": the predicate describes the
    // subject; what it names is no subject.
    const subjectBefore = kept[kept.length - 1];
    if (subjectBefore && PREDICATE_NOMINAL.re.test(span.slice(subjectBefore.end, m.start))) break;
    // Ukrainian/Russian/... used for the troops being talked about: an owner, handled by the caller.
    kept.push(m);
  }
  // The group of coordinated actors nearest the verb.
  const groups: ActorMention[][] = [];
  for (const m of kept) {
    const last = groups[groups.length - 1];
    const prev = last?.[last.length - 1];
    // "Norway (€40 million via its Ukraine fund), Sweden": a name in the aside is no list item.
    if (prev && insideAside(span, prev.end, m.start)) continue;
    const gap = prev ? listGap(span, prev.end, m.start) : "";
    if (
      last &&
      prev &&
      (gap.trim() === "" ||
        // "the Japan-Ukraine document": both parties of a hyphenated pair.
        gap === "-" ||
        COORDINATED_SUBJECT_GAP.re.test(gap) ||
        POSSESSIVE_S.re.test(gap) ||
        OFFICE_BETWEEN.re.test(gap) ||
        // "Spain, Italy, the Western Balkans and Austria": an item that names no country.
        LIST_ITEM_GAP.re.test(gap) ||
        // "Greek Prime Minister A, Spanish President B and ...": officials listed by nationality.
        (prev.kind === "adjective" && m.kind === "adjective" && OFFICIAL_LIST_GAP.re.test(gap)) ||
        // "President of Spain A, President of Portugal B and ...": officials listed by office.
        OFFICE_LIST_GAP.re.test(gap) ||
        prev.country === m.country)
    ) {
      last.push(m);
    } else {
      groups.push([m]);
    }
  }
  const group = groups[groups.length - 1];
  if (group && group.length) {
    const unique = group.filter((m, i) => group.findIndex((x) => x.country === m.country) === i);
    return {
      actors: unique.map((m) => ({ ...m, start: m.start + spanStart, end: m.end + spanStart })),
      how: "subject",
    };
  }
  FIRST_PERSON_RE.lastIndex = 0;
  if (FIRST_PERSON_RE.test(span)) return { actors: [], how: "first-person" };
  THIRD_PERSON_RE.lastIndex = 0;
  // "It is possible that ...": an expletive "it" refers to no one.
  // The expletive's predicate may be the cue itself ("it is possible that"), so look past the span.
  const ahead = span + masked.slice(spanEnd, spanEnd + 30);
  if (THIRD_PERSON_RE.test(EXPLETIVE_IT.re.test(ahead) ? span.replace(IT_TO_END.re, " ") : span))
    return { actors: [], how: "third-person" };
  GENERIC_SUBJECT_RE.lastIndex = 0;
  // Only the head of the subject counts: "convergence between Ukraine, Europe and partners" is not generic.
  const segments = span
    .split(",")
    .map((x) => x.trim())
    .filter(Boolean);
  // "the coalition's mission": a possessive modifies the head, it is not the head.
  const lastSegment = segments[segments.length - 1] ?? "";
  // "26 of Ukraine's allies": the count is no head, the group after "of" is.
  const counted = QUANTITY_OF_A_GROUP.re.exec(lastSegment);
  const headPhrase = counted ? lastSegment.slice(counted[0].length) : lastSegment;
  const head = (headPhrase.split(FIRST_PREPOSITION.re)[0] ?? "").replace(POSSESSIVE_WORD.re, " ");
  if (GENERIC_SUBJECT_RE.test(head)) return { actors: [], how: "generic" };
  const words = span.match(WORD.re) ?? [];
  const content = words.filter((w) => !EMPTY_SUBJECT_WORD.re.test(w));
  if (content.length === 0) return { actors: [], how: "inherited" };
  return { actors: [], how: "abstract" };
}

/** A mention that only says whose something is: "Britain's plan", "British troops". */
export function isOwnerOnly(text: string, mention: ActorMention): boolean {
  if (mention.kind === "adjective") return true;
  return POSSESSIVE_S.re.test(text.slice(mention.end, mention.end + 3));
}

/** Whose forces a commitment names: "Italian troops", "British and French soldiers", "Italy's participation". */
export function ownersOf(text: string, hit: TypeHit, sentenceMentions: ActorMention[]): string[] {
  const windowStart = Math.max(0, hit.start - 60);
  const window = text.slice(windowStart, Math.min(text.length, hit.end + 40));
  const mentions = mentionsIn(sentenceMentions, text, windowStart, windowStart + window.length).filter(
    (m) =>
      m.kind === "adjective" ||
      POSSESSIVE_END.re.test(window.slice(m.start, m.end + 2)) ||
      (m.kind === "name" && ATTRIBUTIVE_ACRONYM.re.test(window.slice(m.start, m.end))),
  );
  const owners: string[] = [];
  for (const m of mentions) {
    if (m.country === "UA" || owners.includes(m.country)) continue;
    const following = window.slice(m.end, m.end + 40).replace(POSSESSIVE_START.re, "");
    // "work continues on the Greek proposal": whose proposal, whatever preposition comes before.
    const proposal = PROPOSAL_AFTER.re.test(following);
    if (isExcluded(window, m) && !proposal) continue;
    OWNED_FORCE_RE.lastIndex = 0;
    const own = OWNED_FORCE_RE.exec(following);
    if ((own && own.index < 25) || PART_AFTER.re.test(following) || OWN_MEANS_AFTER.re.test(following) || proposal)
      owners.push(m.country);
  }
  return owners;
}

/** A measure noun with its owners: "Britain's plan to send", "initiatives by Spain and Italy to". */
export interface OwnedMeasure {
  /** The noun, singular: plan, offer, pledge, proposal, initiative, decision, idea, commitment. */
  noun: string;
  /** Where the noun starts and ends in the sentence. */
  start: number;
  end: number;
  /** The owners, one mention per country, in sentence order. */
  owners: ActorMention[];
}

/**
 * Phenomenon: the owner of a measure noun. "Italy supports Britain's plan to deploy troops": the
 * troops are Britain's plan, whoever supports it; so are "the plan by Britain to send troops",
 * "initiatives by Spain and Italy to deploy ...", "Britain and France's offer to ..." and "the
 * offer of British and French troops" (the owners as nationality adjectives after "offer of").
 * The measure must reach the commitment within its clause, by a few words and no punctuation.
 */
export function ownedMeasure(text: string, hit: TypeHit, clause: Span, mentions: ActorMention[]): OwnedMeasure | null {
  const before = mentions.filter((m) => m.start >= clause.start && m.end <= hit.start);
  if (before.length === 0) return null;
  const distinct = (list: ActorMention[]) =>
    list.filter((m, i) => list.findIndex((o) => o.country === m.country) === i);
  for (let i = before.length - 1; i >= 0; i--) {
    const m = before[i]!;
    // Owners before the noun: "Britain's plan to", "the Dutch offer of" (an adjective needs no "'s").
    const after = MEASURE_NOUN_AFTER_OWNER.re.exec(text.slice(m.end, hit.start));
    if (after && (m.kind === "adjective" || POSSESSIVE_START.re.test(after[0]))) {
      if (!MEASURE_REACHES_TYPE.re.test(text.slice(m.end + after[0].length, hit.start))) continue;
      const owners = [m];
      for (let j = i; j > 0 && DONOR_JOIN.re.test(listGap(text, before[j - 1]!.end, before[j]!.start)); j--)
        owners.unshift(before[j - 1]!);
      const start = m.end + after[0].lastIndexOf(after[1]!);
      return { noun: after[1]!, start, end: start + after[1]!.length, owners: distinct(owners) };
    }
  }
  for (let i = 0; i < before.length; i++) {
    const m = before[i]!;
    // Owners after the noun: "the plan by Britain to", "the offer of British and French troops".
    const lead = MEASURE_NOUN_BEFORE_OWNER.re.exec(text.slice(clause.start, m.start));
    if (!lead) continue;
    const owners = [m];
    let j = i;
    while (j + 1 < before.length && DONOR_JOIN.re.test(listGap(text, before[j]!.end, before[j + 1]!.start))) {
      j++;
      owners.push(before[j]!);
    }
    const rest = text.slice(before[j]!.end, hit.start).replace(POSSESSIVE_START.re, "");
    if (!MEASURE_REACHES_TYPE.re.test(rest)) continue;
    const noun = (lead[1] ?? lead[2])!;
    const start = clause.start + lead.index + lead[0].indexOf(noun);
    return { noun: noun.toLowerCase(), start, end: start + noun.length, owners: distinct(owners) };
  }
  return null;
}

/**
 * Phenomenon: Ukraine as the recipient ("Ukraine will receive jets from Denmark and Norway"):
 * the countries it receives from, coordinated after "from", are the donors.
 */
export function donorsOfReceipt(masked: string, from: number, to: number, all: ActorMention[]): ActorMention[] {
  const out: ActorMention[] = [];
  let last = -1;
  for (const m of all) {
    if (m.start < from || m.end > to || m.country === "UA" || m.kind === "person") continue;
    if (last < 0) {
      if (!RECEIPT.re.test(masked.slice(from, m.start))) continue;
    } else if (!DONOR_JOIN.re.test(listGap(masked, last, m.start))) break;
    if (!out.some((x) => x.country === m.country)) out.push(m);
    last = m.end;
  }
  return out;
}

export interface Actor {
  country: string;
  /** How it was found; feeds the confidence ("subject", "owner", "first-person", "abstract", ...). */
  how: string;
  mention: ActorMention | null;
  /** Its part in an owned measure the commitment belongs to: the measure's owner, or another's. */
  measure?: "owner" | "other";
}

export interface ActorContext {
  cueText: string;
  text: string;
  clauses: Span[];
  mentions: ActorMention[];
  /** The country that reports ("Norway indicated that ...") and the sentence's speaker. */
  frameCountry: string | null;
  /** A coordinated reporting subject, one mention per country, for "their countries" / "they". */
  frameGroup: readonly ActorMention[];
  speaker: Speaker;
  discourse: DiscourseState;
  startedInQuote: boolean;
  sentenceIndex: number;
  /** The sentence before, as written: whether it named the measure "this package" refers to. */
  previousText: string;
  /** The sentence's stance cues: where each clause's predicate starts, so its subject ends. */
  cues: readonly { start: number }[];
  /** Subjects already worked out for this sentence, by clause and end. */
  cache: Map<number, SubjectResult>;
}

/**
 * Who takes the position a cue governs: the clause's subject (or the clause before's, for a
 * subject-less clause), the donors a group lists, the speaker for an opposition to another's
 * plan, the speaker or discourse for pronouns, and for an abstract subject the passive's
 * agent, the troops' owner, an agreement's donor or the speaker's view. Empty: no position.
 */
export function resolveActors(
  cue: Span & { kind: string },
  hit: TypeHit,
  clauseIndex: number,
  x: ActorContext,
): Actor[] {
  const { cueText, clauses, mentions, speaker, discourse } = x;
  const clause = clauses[clauseIndex]!;
  // "Zelensky thanked Portugal and Spain for ...": the ones thanked gave it.
  if (cue.kind === "commit" && THANKED_FOR.re.test(cueText.slice(cue.start, cue.end))) {
    const thanked = mentions.filter(
      (m) => m.start >= cue.start && m.end <= cue.end && m.country !== "UA" && m.kind !== "person",
    );
    return thanked
      .filter((m, i) => thanked.findIndex((o) => o.country === m.country) === i)
      .map((m) => ({ country: m.country, how: "subject", mention: m }));
  }
  // Subject: everything from the clause start to the governing cue.
  const subjectEnd = cue.start;
  const key = clauseIndex * 100_000 + subjectEnd;
  let subject: SubjectResult = x.cache.get(key) ?? subjectActors(cueText, clause.start, subjectEnd, mentions);
  x.cache.set(key, subject);
  /** Where the anaphor that names the subject stands: this clause's subject, or the one it inherits. */
  let anaphorSpan: string | null = null;
  // Inherit the subject of the clause before ("X will not send troops but will assist ...").
  if (clauseIndex > 0 && subject.how !== "subject" && subject.how !== "first-person" && subject.how !== "generic") {
    for (let k = clauseIndex - 1; k >= 0; k--) {
      const prevClause = clauses[k]!;
      if (RELATIVE_START.re.test(prevClause.text)) continue;
      const prevKey = -1 - k;
      // Its subject ends where its first stance cue starts ("Canada has trained Ukrainian pilots":
      // Canada, not the adjective of its object); without a cue, at its end.
      const prevSubjectEnd =
        x.cues.find((c) => c.start >= prevClause.start && c.start < prevClause.end)?.start ?? prevClause.end;
      const prev = x.cache.get(prevKey) ?? subjectActors(cueText, prevClause.start, prevSubjectEnd, mentions);
      x.cache.set(prevKey, prev);
      if (prev.how === "subject") {
        const how = subject.how;
        // The clause before's named actor ("Canada will train Ukrainian pilots and is considering
        // sending troops": Canada, not the adjective in its object); an adjective alone
        // ("British officials will ... and could ...") only for a clause with no subject at all.
        const named = prev.actors.filter((a) => a.kind !== "adjective");
        const anchored = named.length > 0 ? named : how === "inherited" ? prev.actors : [];
        if (anchored.length) subject = { actors: anchored, how: how === "inherited" ? "inherited" : "third-person" };
        break;
      }
      // "The government in Rome ruled out ... but offered to ...": a clause with no subject of its
      // own after one whose subject is an anaphor takes that anaphor, read as its own.
      if (prev.how === "third-person" && subject.how === "inherited") {
        subject = prev;
        anaphorSpan = cueText.slice(prevClause.start, prevSubjectEnd);
        break;
      }
    }
  }

  // Phenomenon: "The leaders of Estonia and Latvia said their countries would ...": a plural
  // pronoun in the reported clause stands for each country of the coordinated reporters.
  if (subject.actors.length === 0 && subject.how !== "first-person") {
    PLURAL_ANAPHOR_RE.lastIndex = 0;
    const plural = PLURAL_ANAPHOR_RE.test(cueText.slice(clause.start, subjectEnd));
    if (plural && x.frameGroup.length > 1)
      return x.frameGroup.map((m) => ({
        country: m.country,
        how: "third-person",
        mention: m.kind === "person" ? m : null,
      }));
    // "Norway and Denmark signed the declaration. They will send instructors": the coordinated
    // subject of the sentence before.
    const before = discourse.lastSubject;
    if (plural && before && before.sentence === x.sentenceIndex - 1 && before.group.length > 1)
      return before.group.map((country) => ({ country, how: "third-person", mention: null }));
    // "The Dutch are ready to send troops. They will also ...": the people of the sentence before.
    if (plural && before && before.sentence === x.sentenceIndex - 1 && before.plural)
      return [{ country: before.country, how: "third-person", mention: null }];
  }
  // "2. Following a ceasefire, the Participants will extend ...": a joint statement's parties.
  if (subject.actors.length === 0 && discourse.jointParties.length > 1) {
    THE_PARTICIPANTS.re.lastIndex = 0;
    if (THE_PARTICIPANTS.re.test(cueText.slice(clause.start, subjectEnd)))
      return discourse.jointParties.map((country) => ({ country, how: "third-person", mention: null }));
  }
  // "Several nations, including Norway and Iceland, will ...": the listed donors act.
  const donors = donorList(cueText, clause.start, subjectEnd, mentions);
  if (donors.length) subject = { actors: donors, how: "subject" };
  else if (subject.how === "generic") return [];
  const opposer = x.frameCountry ?? speaker.country;
  if (
    subject.actors.length &&
    cue.kind === "oppose" &&
    opposer &&
    subject.actors.every(
      (a) =>
        a.country !== opposer &&
        isOwnerOnly(cueText, a) &&
        // "..., though Russian Foreign Minister A B rejected it": the official's country opposes.
        !(a.kind === "adjective" && OFFICE_AFTER_ADJECTIVE.re.test(cueText.slice(a.end, a.end + 40))),
    )
  )
    // "Moscow said Britain's plan to send troops is a provocation": the speaker opposes.
    return [{ country: opposer, how: "subject", mention: null }];
  if (subject.actors.length && subject.actors.every((a) => a.country === "UA")) {
    const donors = donorsOfReceipt(cueText, cue.end, clause.end, mentions);
    if (donors.length) return donors.map((a) => ({ country: a.country, how: "subject", mention: a }));
    // "Ukrainian troops will be trained in Poland": the host of the training gives it.
    const host = hit.type === "training" ? TRAINED_IN.re.exec(cueText.slice(cue.start, clause.end)) : null;
    if (host) {
      const from = cue.start + host.index + host[0].length;
      const hosts = mentions.filter((m) => m.start === from && m.country !== "UA" && m.kind !== "person");
      if (hosts.length) return hosts.map((a) => ({ country: a.country, how: "subject", mention: a }));
    }
  }
  if (subject.actors.length) return subject.actors.map((a) => ({ country: a.country, how: subject.how, mention: a }));
  if (subject.how === "first-person") {
    const who = speaker.country ? speaker : discourse.speaker;
    return who.country ? [{ country: who.country, how: "first-person", mention: null }] : [];
  }
  if (subject.how === "third-person" || subject.how === "inherited") {
    // Phenomenon: "Norway has pledged to help. The country will send instructors": "it" / "its
    // troops" / "the country" is the country that opened the sentence before, its nearest
    // antecedent, over whoever spoke earlier in the article; this sentence's own speaker
    // ("..., he said") still wins.
    const previous =
      subject.how === "third-person" &&
      discourse.lastSubject?.sentence === x.sentenceIndex - 1 &&
      COUNTRY_PRONOUN.re.test(anaphorSpan ?? cueText.slice(clause.start, subjectEnd))
        ? discourse.lastSubject.country
        : null;
    const country = x.frameCountry ?? speaker.country ?? previous ?? discourse.speaker.country;
    return country ? [{ country, how: subject.how, mention: null }] : [];
  }
  // An abstract subject ("these guarantees", "the key tools"): the passive's agent ("the force
  // would be led by Britain and France"; "the decision had been blocked by Hungary": the
  // opposition is the blocker's), whose troops, an agreement's donor, or the speaker's view.
  const passive =
    PASSIVE_AGENT.re.exec(cueText.slice(cue.start, clause.end)) ??
    BLOCKED_BY_AGENT.re.exec(cueText.slice(cue.start, clause.end));
  const agents = passive
    ? subjectActors(cueText, cue.start + passive.index + passive[0].length - passive[1]!.length, clause.end, mentions)
    : null;
  if (agents?.how === "subject" && agents.actors.length)
    return agents.actors.map((a) => ({ country: a.country, how: "subject", mention: a }));
  // "the money has been sourced from several countries, including Denmark and Sweden": a gift's donors.
  const gift = DONORS_OF_A_GIFT.re.exec(cueText.slice(cue.start, clause.end));
  if (gift) {
    const from = cue.start + gift.index + gift[0].length - gift[1]!.length;
    const listed = donorList(cueText, from, clause.end, mentions);
    const givers = listed.length
      ? { how: "subject", actors: listed }
      : subjectActors(cueText, from, clause.end, mentions);
    if (givers.how === "subject" && givers.actors.length)
      return givers.actors
        .filter((a) => a.country !== "UA")
        .map((a) => ({ country: a.country, how: "subject", mention: a }));
  }
  // "this would include Spain and Italy establishing hubs": the subjects of the gerund clause
  // that names the commitment act, not the abstract subject's speaker.
  const gerundSubjects = mentions.filter(
    (m) => m.start >= cue.end && m.end <= hit.start && m.kind !== "person" && opensGerundClause(cueText, m.end),
  );
  if (gerundSubjects.length)
    return gerundSubjects
      .filter((m, i) => gerundSubjects.findIndex((o) => o.country === m.country) === i)
      .map((a) => ({ country: a.country, how: "subject", mention: a }));
  const owners = ownersOf(cueText, hit, mentions);
  if (owners.length) return owners.map((country) => ({ country, how: "owner", mention: null }));
  // "Germany announced a new package. This package includes four Patriot systems": the measure
  // the sentence before spoke of, whose owner opened it.
  const before = discourse.lastSubject;
  const measure =
    before && before.sentence === x.sentenceIndex - 1
      ? MEASURE_JUST_NAMED.re.exec(cueText.slice(clause.start, subjectEnd))
      : null;
  if (before && measure && x.previousText.toLowerCase().includes(measure[1]!.toLowerCase()))
    return (before.group.length > 1 ? before.group : [before.country]).map((country) => ({
      country,
      how: "third-person",
      mention: null,
    }));
  if (AGREEMENT_NOUN.re.test(cueText.slice(clause.start, subjectEnd))) {
    // Phenomenon: an agreement text with no speaker ("the document provides for ...").
    const named = agreementDonors(mentions);
    // "The declaration was signed by Macron, Starmer and Zelensky. Starmer said the agreement would
    // involve ...": the one party that speaks of the agreement speaks of all its donors' pledges.
    const byPartySpeaking =
      named.length > 0 &&
      discourse.agreementParties.length > 1 &&
      named.every((c) => discourse.agreementParties.includes(c)) &&
      mentions.every((m) => m.kind === "person" || !named.includes(m.country));
    const parties = byPartySpeaking
      ? discourse.agreementParties
      : named.length
        ? named
        : discourse.agreementParties.length > 1
          ? discourse.agreementParties
          : discourse.agreementParty
            ? [discourse.agreementParty]
            : [];
    return parties.map((country) => ({ country, how: "agreement", mention: null }));
  }
  const country =
    x.frameCountry ??
    speaker.country ??
    (x.startedInQuote || OPENING_QUOTE_START.re.test(x.text) ? discourse.speaker.country : null);
  if (!country) return [];
  // "30 billion euros of it will go to arms purchases": what its money will do is the speaker's part.
  // "Drones are headed to Ukraine, the minister said": what is on its way is the speaker's gift,
  // and so is what "will be delivered" with no agent.
  const given =
    MONEY_AS_SUBJECT.re.test(cueText.slice(clause.start, subjectEnd)) ||
    (cue.kind === "commit" &&
      (DELIVERY_UNDER_WAY.re.test(cueText.slice(cue.start, cue.end)) ||
        PASSIVE_DELIVERY_AFTER_MODAL.re.test(cueText.slice(cue.end, cue.end + 40))));
  return [{ country, how: given ? "gift" : "abstract", mention: null }];
}

/**
 * The actors of a commitment that belongs to an owned measure: the measure's owners first, then
 * the others the cue gave (who support, welcome or reject another's measure), each marked with
 * its part; an actor that is also an owner is read as the owner.
 */
export function withMeasureOwners(actors: Actor[], measure: OwnedMeasure): Actor[] {
  const owners: Actor[] = measure.owners.map((m) => ({
    country: m.country,
    how: "owner",
    mention: m,
    measure: "owner",
  }));
  const others: Actor[] = actors
    .filter((a) => !measure.owners.some((m) => m.country === a.country))
    .map((a) => ({ ...a, measure: "other" }));
  return [...owners, ...others];
}
