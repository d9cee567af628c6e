/**
 * Stage "attribute speaker": the reporting frames of a sentence ("X said that ...", ", said X",
 * "According to X,", a frame in the middle), who they name as the speaker, the country that
 * reports, and the date they give the statement.
 */
import {
  findActorMentions as findAllActorMentions,
  introducedOfficialsVersion,
  isFormerOfficial,
  isKnownOfficial,
  type ActorMention,
} from "./actors";

import { NO_SPEAKER, type DiscourseState, type Speaker } from "./discourse";
import type { SentenceSpan } from "./sentences";
import { isExcluded, mentionsIn } from "./subjects";
import { countQuotes, wordCount, type QuoteCount, type Span } from "./text";
import * as lexicon from "./lexicon";
import { ADDING_AFTER_SAY } from "./rules/speaker/adding-after-say";
import { CLAUSE_BEFORE_THAT } from "./rules/speaker/clause-before-that";
import { CLOSING_QUOTE_MARK } from "./rules/speaker/closing-quote-mark";
import { APPOSITIVE_REPORTER_BEFORE } from "./rules/speaker/appositive-reporter-before";
import { NATIONALITY_LIST_BEFORE } from "./rules/speaker/nationality-list-before";
import { COLON_FRAME } from "./rules/speaker/colon-frame";
import { COMMA_OR_AND } from "./rules/speaker/comma-or-and";
import { COORDINATED_PREDICATE_BEFORE } from "./rules/speaker/coordinated-predicate-before";
import { FORMER } from "./rules/speaker/former";
import { FRONTED_OCCASION } from "./rules/speaker/fronted-occasion";
import { HIS_OR_HER } from "./rules/speaker/his-or-her";
import { LEAD_PREFIX_GUARD } from "./rules/speaker/lead-prefix-guard";
import { LEADING_SUBORDINATE } from "./rules/speaker/leading-subordinate";
import { ADDRESSEE_BEFORE } from "./rules/speaker/addressee-before";
import { ADDRESSEE_LIST_BEFORE } from "./rules/speaker/addressee-list-before";
import { RUSSIAN_STATE_CLAIM } from "./rules/speaker/russian-state-claim";
import { NON_GOVERNMENT_REPORTER } from "./rules/speaker/non-government-reporter";
import { LEGISLATOR_REPORTER } from "./rules/speaker/legislator-reporter";
import { PARTY_POLITICIAN_REPORTER } from "./rules/speaker/party-politician-reporter";
import { INVERTED_FRAME_TAIL } from "./rules/speaker/inverted-frame-tail";
import { OF_BEFORE } from "./rules/speaker/of-before";
import { OPENING_QUOTE_START } from "./rules/speaker/opening-quote-start";
import { REOPENED_QUOTE } from "./rules/speaker/reopened-quote";
import { PARTICIPLE_AFTER_FRAME } from "./rules/speaker/participle-after-frame";
import { CLAUSE_AFTER_FRAME } from "./rules/speaker/clause-after-frame";
import { PARENTHETICAL_FRAME } from "./rules/speaker/parenthetical-frame";
import { PLURAL_OFFICE_AFTER } from "./rules/speaker/plural-office-after";
import { QUOTED } from "./rules/speaker/quoted";
import { REPORTER_JOIN } from "./rules/speaker/reporter-join";
import { ROLE_WORD_HINT } from "./rules/speaker/role-word-hint";
import { SAY_HINT } from "./rules/speaker/say-hint";
import { SUBORDINATE_BEFORE } from "./rules/speaker/subordinate-before";
import { TRAILING_FRAME_TAIL } from "./rules/speaker/trailing-frame-tail";
import { TRAILING_FRAME_TAIL_VERB } from "./rules/speaker/trailing-frame-tail-verb";
import { WHITESPACE } from "./rules/speaker/whitespace";
import { POLL_SENTENCE } from "./rules/speaker/poll-sentence";
import { POLL_SET_ASIDE } from "./rules/speaker/poll-set-aside";
import { resolveStatementDate } from "./dates";

// A frame's text is read for its speaker and then for its reporting country: one scan for both
// (again when another article is read or this one has introduced another official since).
let lastFrameText: string | null = null;
let lastFrameIntroduced = -1;
let lastFrameMentions: ActorMention[] = [];
function findActorMentions(text: string): ActorMention[] {
  if (text !== lastFrameText || introducedOfficialsVersion() !== lastFrameIntroduced) {
    lastFrameText = text;
    lastFrameIntroduced = introducedOfficialsVersion();
    lastFrameMentions = findAllActorMentions(text);
  }
  return lastFrameMentions;
}

// Plain constants: read through the module namespace once, not through live-binding getters
// on every use in the hot loop.
const {
  FIRST_PERSON_RE,
  THIS_WAS_STATED_RE,
  ACCORDING_RE,
  ADDING_RE,
  AS_BY_RE,
  LEAD_FRAME_BARE_RE,
  LEAD_FRAME_RE,
  POSSESSIVE_OFFICE_RE,
  PRONOUN_SPEAKER_RE,
  QUOTES_AS_RE,
  ROLE_NAME_RE,
  ROLE_RE,
  TRAIL_FRAME_RE,
} = lexicon;

/**
 * The country a sentence named before its trailing frame, as the possessive's antecedent: the
 * first country or organisation named outside quotes ("Finland is considering ..."); an
 * adjective ("Ukrainian pilots") or a capital is no antecedent.
 */
function antecedentCountry(before: string): string | null {
  if (!before.trim()) return null;
  const unquoted = before.replace(QUOTED.re, (quote) => " ".repeat(quote.length));
  return findActorMentions(unquoted).find((m) => m.kind === "name" || m.kind === "organisation")?.country ?? null;
}

/**
 * Who a stretch of reporting text names as the speaker. `before` is the sentence's text before
 * that stretch, where a possessive ("its defence minister") finds its nearest antecedent.
 */
export function speakerFromText(
  text: string,
  state: DiscourseState,
  before = "",
): { speaker: Speaker; explicit: boolean } | null {
  const mentions = findActorMentions(text);
  const person = mentions.find((m) => m.kind === "person");
  if (person?.speaker)
    return { speaker: { name: person.speaker.name, country: person.speaker.country }, explicit: true };
  const roleName = ROLE_WORD_HINT.re.test(text) ? ROLE_NAME_RE.exec(text) : null;
  // "Speaking in Warsaw, the German ambassador said": the fronted place is where the reporter
  // spoke, not whose office it is, when the frame names another country after it.
  const occasionEnd = FRONTED_OCCASION.re.exec(text)?.[0].length ?? 0;
  const country =
    (mentions.find((m) => m.kind !== "person" && m.start >= occasionEnd) ?? mentions.find((m) => m.kind !== "person"))
      ?.country ?? null;
  // Phenomenon: "Its defence minister said ..." right after a sentence about Poland is Poland's
  // minister, whoever spoke before: the possessive refers to its nearest antecedent, the
  // subject of this sentence when the frame follows it ("The Netherlands is considering ...,
  // its defence minister said"), else the country the sentence before was about. With
  // neither, the last speaker's stands.
  POSSESSIVE_OFFICE_RE.lastIndex = 0;
  const possessor =
    !country && POSSESSIVE_OFFICE_RE.test(text)
      ? (antecedentCountry(before) ?? state.lastSubject?.country ?? null)
      : null;
  if (roleName) {
    const name = roleName[1]!;
    const sameAsContext = state.speaker.name && state.speaker.name.endsWith(name.split(WHITESPACE.re).pop() ?? "");
    return {
      speaker: { name, country: country ?? possessor ?? (sameAsContext ? state.speaker.country : null) },
      explicit: true,
    };
  }
  if (possessor) {
    const same = state.speaker.country === possessor;
    return { speaker: { name: same ? state.speaker.name : null, country: possessor }, explicit: false };
  }
  ROLE_RE.lastIndex = 0;
  if (country && ROLE_RE.test(text)) {
    const same = state.speaker.country === country;
    return { speaker: { name: same ? state.speaker.name : null, country }, explicit: false };
  }
  PRONOUN_SPEAKER_RE.lastIndex = 0;
  if (PRONOUN_SPEAKER_RE.test(text) || HIS_OR_HER.re.test(text)) {
    return state.speaker.country ? { speaker: state.speaker, explicit: false } : null;
  }
  // "Store's office", "the Prime Minister" after a named speaker
  const surname = mentions.find((m) => m.kind === "person");
  if (surname?.speaker)
    return { speaker: { name: surname.speaker.name, country: surname.speaker.country }, explicit: true };
  return null;
}

export interface Frame {
  spans: Span[];
  speaker: Speaker | null;
  explicit: boolean;
  /** A country named as the frame's subject ("Norway indicated that ..."). */
  frameCountry: string | null;
  /** A coordinated frame subject ("The leaders of Estonia and Latvia said"): one mention per country, two or more, else none. */
  frameGroup: ActorMention[];
  /** The reporter speaks for no government (a former official, an analyst, a think tank, the opposition): no position. */
  noGovernment: boolean;
}

/**
 * Phenomenon: the country that reports ("Norway indicated that ...", "The office of Tusk said").
 * It is the mention nearest the reporting verb, and a person counts for their country; a
 * country named earlier in the frame ("The statements from Spain come after Starmer said")
 * or inside a subordinate clause ("Until Ukraine joins NATO, Hodges said") is not it.
 */
export function reportingSubjectCountry(frameText: string): string | null {
  // "Until Ukraine joins NATO, the general said": the subordinate clause is not the subject.
  const lead = LEADING_SUBORDINATE.re.exec(frameText);
  const who = lead ? frameText.slice(lead[0].length) : frameText;
  const mentions = findActorMentions(who);
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i]!;
    const before = who.slice(Math.max(0, m.start - 30), m.start);
    if (SUBORDINATE_BEFORE.re.test(before)) return null;
    // "X told EU leaders that ...": the one spoken to is not the one who reports.
    if (ADDRESSEE_BEFORE.re.test(before) || ADDRESSEE_LIST_BEFORE.re.test(before)) continue;
    if (m.kind === "person") return m.speaker?.country ?? null;
    if (m.kind === "adjective") {
      // "the Slovak PM said": the office's country; "Italian media reported": not a government.
      ROLE_RE.lastIndex = 0;
      if (ROLE_RE.test(who.slice(m.end, m.end + 40))) return m.country;
      continue;
    }
    if (isExcluded(who, m) && !OF_BEFORE.re.test(before)) continue;
    return m.country;
  }
  return null;
}

/**
 * Phenomenon: a coordinated reporting subject ("The leaders of Estonia and Latvia said",
 * "Kristersson and Store said", "Estonian and Latvian leaders said"): the countries of the
 * coordinated mentions nearest the reporting verb, when there are two or more. Adjectives
 * count only with an office after them ("Estonian and Latvian media" is no government).
 */
export function reportingSubjectGroup(frameText: string): ActorMention[] {
  const lead = LEADING_SUBORDINATE.re.exec(frameText);
  const who = lead ? frameText.slice(lead[0].length) : frameText;
  const mentions = findActorMentions(who);
  let i = mentions.length - 1;
  // "said in Oslo": a place after a preposition is not a reporter.
  while (i >= 0 && mentions[i]!.kind !== "person" && isExcluded(who, mentions[i]!)) {
    if (OF_BEFORE.re.test(who.slice(Math.max(0, mentions[i]!.start - 30), mentions[i]!.start))) break;
    i--;
  }
  const group: ActorMention[] = [];
  for (; i >= 0; i--) {
    const m = mentions[i]!;
    const next = group[0];
    if (next) {
      const gap = who.slice(m.end, next.start);
      const sameReporter = m.country === next.country && gap.length < 40 && !COMMA_OR_AND.re.test(gap);
      if (!sameReporter && !REPORTER_JOIN.re.test(gap)) break;
    }
    group.unshift(m);
  }
  // "told Britain and France that": the ones told are no reporters.
  const first = group[0];
  if (first && ADDRESSEE_BEFORE.re.test(who.slice(Math.max(0, first.start - 30), first.start))) return [];
  const last = group[group.length - 1];
  if (last?.kind === "adjective") {
    const after = who.slice(last.end, last.end + 40);
    ROLE_RE.lastIndex = 0;
    if (!PLURAL_OFFICE_AFTER.re.test(after) && !ROLE_RE.test(after)) return [];
  }
  // One mention per country, the person where one is named (the speaker for that country).
  const byCountry = new Map<string, ActorMention>();
  for (const m of group) if (!byCountry.has(m.country) || m.kind === "person") byCountry.set(m.country, m);
  return byCountry.size >= 2 ? [...byCountry.values()] : [];
}

/**
 * Phenomenon: a frame that calls its reporter former ("former prime minister Rishi Sunak said",
 * "A B, a former defence minister, said") speaks for no government; but a known official with
 * an appositive about another past ("Starmer, a former human rights lawyer, said", "Pistorius,
 * a former interior minister of Lower Saxony, said") still speaks in the office they hold.
 */
function formerReporter(who: string): boolean {
  const former = FORMER.re.exec(who);
  if (!former) return false;
  const person = findActorMentions(who).find(
    (m) => m.kind === "person" && m.end <= former.index && m.speaker && isKnownOfficial(m.speaker),
  );
  if (!person) return true;
  const comma = who.indexOf(",", former.index);
  const phrase = who.slice(former.index, comma < 0 ? who.length : comma).toLowerCase();
  return phrase.includes(person.speaker!.role.toLowerCase());
}

/** Whether the reporter of a trailing frame opens with a nationality ("Latvian and Lithuanian ministers"). */
function startsWithNationality(who: string): boolean {
  const first = findActorMentions(who)[0];
  return Boolean(first && first.kind === "adjective" && !who.slice(0, first.start).trim());
}

/** Whether every item of "the Estonian, Latvian" is a nationality. */
function isNationalityList(list: string): boolean {
  const items = list.split(",");
  return items.every((item) => {
    const m = findActorMentions(item)[0];
    return Boolean(m && m.kind === "adjective" && m.end === item.trimEnd().length);
  });
}

export function findFrames(text: string, state: DiscourseState): Frame {
  const spans: Span[] = [];
  let speaker: Speaker | null = null;
  let explicit = false;
  let frameCountry: string | null = null;
  let frameGroup: ActorMention[] = [];
  let noGovernment = false;
  // A poll's finding is nobody's position, whether or not a verb of saying frames it; a poll the
  // speaker sets aside ("regardless of the polls") is not the sentence's finding.
  if (
    POLL_SENTENCE.re.test(text) &&
    !(POLL_SET_ASIDE.hint!.test(text) && !POLL_SENTENCE.re.test(text.replace(POLL_SET_ASIDE.re, " ")))
  )
    noGovernment = true;
  if (!SAY_HINT.re.test(text)) return { spans, speaker, explicit, frameCountry, frameGroup, noGovernment };
  const consider = (span: Span, who: string, reporter: string = who) => {
    spans.push(span);
    const found = speakerFromText(who, state, text.slice(0, span.start));
    if (found && (!speaker || (!explicit && found.explicit))) {
      speaker = found.speaker;
      explicit = found.explicit;
    }
    if (!frameCountry) frameCountry = reportingSubjectCountry(who);
    if (!frameGroup.length) frameGroup = reportingSubjectGroup(who);
    if (formerReporter(who) || NON_GOVERNMENT_REPORTER.re.test(reporter) || LEGISLATOR_REPORTER.re.test(reporter))
      noGovernment = true;
    // "RIA Novosti reported that Romania was preparing ...": a claim about Romania, no position;
    // what the claim says of Russia itself (named outside the frame) is still read.
    else if (
      RUSSIAN_STATE_CLAIM.re.test(reporter) &&
      !findAllActorMentions(text).some((m) => m.country === "RU" && (m.end <= span.start || m.start >= span.end))
    )
      noGovernment = true;
    // Phenomenon: "Former Latvian Defence Minister A B spoke ... 'Latvia should ...,' B said":
    // an official the article introduced as former stays former when named by surname alone.
    else if (findActorMentions(who).some((m) => m.kind === "person" && isFormerOfficial(m.speaker)))
      noGovernment = true;
    // A party politician, unless the frame names a known official.
    if (!found?.explicit && PARTY_POLITICIAN_REPORTER.re.test(reporter)) noGovernment = true;
  };

  ACCORDING_RE.lastIndex = 0;
  const according = ACCORDING_RE.exec(text);
  if (according && according.index < 5)
    consider({ start: according.index, end: according.index + according[0].length, text: according[0] }, according[1]!);

  LEAD_FRAME_RE.lastIndex = 0;
  const lead = LEAD_FRAME_RE.exec(text);
  // Phenomenon: "Poland ruled out troops, Tusk said, adding that it would host a hub": the
  // "that" belongs to "adding", and the frame is the trailing one of the clause before it. So
  // does a "that" after a finite verb of the report ("said troops were the only guarantee that").
  const addsAfterTrailingFrame =
    lead !== null && (ADDING_AFTER_SAY.re.test(lead[2] ?? "") || CLAUSE_BEFORE_THAT.re.test(lead[2] ?? ""));
  if (lead && !addsAfterTrailingFrame && !LEAD_PREFIX_GUARD.re.test(lead[1]!) && wordCount(lead[1]!) <= 22) {
    // Phenomenon: "Five countries have told Britain and France that they are ready": tellers
    // the text does not name, and the countries told after the verb of telling, which hear the
    // position and do not hold it ("speaker/addressee-before"); the verb stays in what is read
    // for the reporter then. A named teller ("Meloni told Zelensky that") is read as before.
    const gap = lead[2] ?? "";
    const verb = lead[0].slice(lead[1]!.length, lead[0].length - 4 - gap.length);
    const toldByNobodyNamed = ADDRESSEE_BEFORE.re.test(verb + " ") && findActorMentions(lead[1]!).length === 0;
    consider(
      { start: lead.index, end: lead.index + lead[0].length, text: lead[0] },
      lead[1]! + " " + (toldByNobodyNamed ? verb : "") + gap,
      lead[1]!,
    );
  } else {
    const bare = LEAD_FRAME_BARE_RE.exec(text);
    if (
      bare &&
      !LEAD_PREFIX_GUARD.re.test(bare[1]!) &&
      !COORDINATED_PREDICATE_BEFORE.re.test(bare[1]!) &&
      wordCount(bare[1]!) <= 12 &&
      (speakerFromText(bare[1]!, state) ||
        findActorMentions(bare[1]!).length ||
        NON_GOVERNMENT_REPORTER.re.test(bare[1]!) ||
        // "Retired admiral A B said the US could ...": a reporter who speaks for no government.
        FORMER.re.test(bare[1]!) ||
        PARTY_POLITICIAN_REPORTER.re.test(bare[1]!) ||
        LEGISLATOR_REPORTER.re.test(bare[1]!))
    ) {
      consider({ start: 0, end: bare[0].length, text: bare[0] }, bare[1]!);
    } else {
      // Phenomenon: 'The German ambassador, Hans Weber, said: "We will ..."': the frame ends
      // in a colon before the quotation, and the quotation is the reporter's.
      const colon = COLON_FRAME.re.exec(text);
      if (colon && !LEAD_PREFIX_GUARD.re.test(colon[1]!) && wordCount(colon[1]!) <= 22)
        consider({ start: 0, end: colon[0].length, text: colon[0] }, colon[1]! + " " + (colon[2] ?? ""), colon[1]!);
    }
  }

  // A frame in the middle: "Britain, Starmer said, will send troops."
  const paren = PARENTHETICAL_FRAME.re.exec(text);
  if (paren && paren.index > 0 && speakerFromText(paren[1]!, state, text.slice(0, paren.index))) {
    consider({ start: paren.index, end: paren.index + paren[0].length, text: paren[0] }, paren[1]!);
  }

  // The trailing frame: ", President X said in an interview." / '," he said.' / ", said X."
  const lead0 = spans[spans.length - 1];
  let trail: RegExpExecArray | null = null;
  TRAIL_FRAME_RE.lastIndex = 0;
  while (!paren && (trail = TRAIL_FRAME_RE.exec(text))) {
    const tail = trail[2] ?? "";
    // An inverted frame names its reporter after the verb ('," said Tom Smith, an analyst at ...').
    const inverted = !(trail[1] ?? "").trim();
    const tailOk =
      TRAILING_FRAME_TAIL.re.test(tail) ||
      (wordCount(tail) <= 4 && !TRAILING_FRAME_TAIL_VERB.re.test(tail)) ||
      (inverted && INVERTED_FRAME_TAIL.re.test(tail));
    // "The agreement, announced in Kyiv on Monday, covered ...": a participle, not a frame.
    const participle =
      !(trail[1] ?? "").trim() && !CLOSING_QUOTE_MARK.re.test(trail[0].slice(0, 3)) && wordCount(tail) > 8;
    if (
      trail.index > 0 &&
      tailOk &&
      !participle &&
      !(lead0 && trail.index < lead0.end) &&
      wordCount(trail[1] ?? "") <= 14
    )
      break;
    TRAIL_FRAME_RE.lastIndex = trail.index + 1;
  }
  if (trail) {
    let end = text.length;
    const tail = text.slice(trail.index);
    ADDING_RE.lastIndex = 0;
    const adding = ADDING_RE.exec(tail);
    if (adding) end = trail.index + adding.index;
    else {
      // '..., Starmer said on Tuesday, pledging to send troops': the participle is his statement;
      // '..., the ministry said, as Turkey offered to ...': the clause is its own subject's.
      const participle = PARTICIPLE_AFTER_FRAME.re.exec(tail) ?? CLAUSE_AFTER_FRAME.re.exec(tail);
      if (participle) end = trail.index + participle.index;
    }
    let who = trail[1] ?? "";
    let start = trail.index;
    // Phenomenon: '"...," Silva, Portugal's top diplomat, said.': the reporter and the office
    // between commas before a bare ", said".
    if (!who.trim()) {
      const appositive = APPOSITIVE_REPORTER_BEFORE.re.exec(text.slice(Math.max(0, trail.index - 140), trail.index));
      ROLE_RE.lastIndex = 0;
      if (appositive && ROLE_RE.test(appositive[2]!)) {
        who = appositive[1]!;
        start = trail.index - (appositive[0].length - appositive[0].indexOf(who));
      }
    }
    // Phenomenon: "..., the Estonian, Latvian and Lithuanian defence ministers said": the first
    // nationalities of a list of reporters stand before the comma the frame starts at.
    else if (startsWithNationality(who)) {
      const list = NATIONALITY_LIST_BEFORE.re.exec(text.slice(Math.max(0, trail.index - 80), trail.index));
      if (list && isNationalityList(list[1]!)) {
        who = `${list[1]!}, ${who}`;
        start = trail.index - list[0].length;
      }
    }
    const after = adding ? "" : (trail[2] ?? "");
    consider({ start, end, text: text.slice(start, end) }, who + " " + after, who.trim() ? who : after);
    if (adding)
      spans.push({
        start: trail.index + adding.index,
        end: trail.index + adding.index + adding[0].length,
        text: adding[0],
      });
  }

  for (const re of [AS_BY_RE, QUOTES_AS_RE]) {
    re.lastIndex = 0;
    const m = re.exec(text);
    if (m) consider({ start: m.index, end: m.index + m[0].length, text: m[0] }, m[1]!);
  }
  return { spans, speaker, explicit, frameCountry, frameGroup, noGovernment };
}

/**
 * The date in the reporting frame ("said on Tuesday") wins; a date elsewhere in the sentence
 * counts only when it is close to the article's, since sentences also date other events
 * ("the war that began on 24 February 2022").
 */
export function statementDate(frame: Frame, text: string, published: string | null | undefined): string | null {
  const fromFrame = frame.spans.length ? resolveStatementDate(frame.spans.map((s) => s.text).join(" "), null) : null;
  if (fromFrame) return fromFrame;
  const framed = frame.spans.length ? resolveStatementDate(frame.spans.map((s) => s.text).join(" "), published) : null;
  if (framed && framed !== published) return framed;
  const fromText = resolveStatementDate(text, published);
  if (!fromText || !published || fromText === published) return fromText ?? published ?? null;
  const days = (Date.parse(published) - Date.parse(fromText)) / 86_400_000;
  return days >= -1 && days <= 45 ? fromText : published;
}

/**
 * The quotation marks of a sentence read inside an open quotation: a mark that opens the
 * sentence reopens the quotation (a new paragraph of it) and opens nothing new.
 */
export function continuedQuotes(q: QuoteCount, inQuote: boolean, text: string): QuoteCount {
  if (!inQuote) return q;
  const mark = REOPENED_QUOTE.re.exec(text)?.[1];
  if (mark === "“" && q.opens > 0) return { ...q, opens: q.opens - 1 };
  if (mark === '"' && q.straight > 0) return { ...q, straight: q.straight - 1 };
  return q;
}

function opensUnclosedQuote(q: QuoteCount, startedInQuote: boolean): boolean {
  if (startedInQuote) return false;
  return q.opens > q.closes || q.straight % 2 === 1;
}

function speakerOfClosingQuote(sentences: readonly SentenceSpan[], si: number, state: DiscourseState): Speaker | null {
  for (let k = si + 1; k < Math.min(sentences.length, si + 6); k++) {
    const q = continuedQuotes(countQuotes(sentences[k]!.text), true, sentences[k]!.text);
    if (q.closes > q.opens || q.straight % 2 === 1) {
      const frame = findFrames(sentences[k]!.text, state);
      return frame.speaker?.country ? frame.speaker : null;
    }
  }
  return null;
}

export function speakerFor(
  country: string,
  mention: ActorMention | null,
  speaker: Speaker,
  state: DiscourseState,
): string | null {
  if (mention?.kind === "person" && mention.speaker) return mention.speaker.name;
  if (speaker.country === country && speaker.name) return speaker.name;
  if (speaker.name && speaker.country === null) return speaker.name;
  if (speaker.country && speaker.country !== country) return speaker.name;
  if (!speaker.country && state.speaker.country === country) return state.speaker.name;
  return speaker.name;
}

export interface Attribution {
  frame: Frame;
  speaker: Speaker;
  /** A frame, a forward "This was stated by X" or a person in the sentence names the speaker. */
  explicit: boolean;
  /** The speaker is stated for this sentence (frame or explicit), so it becomes the discourse's. */
  stated: boolean;
}

/**
 * The sentence's speaker: the frame's, a forward "This was stated by X", a person named in
 * the sentence, or (in a quotation or first-person text) the quote's or the discourse's.
 */
export function resolveSpeaker(
  text: string,
  cueText: string,
  frame: Frame,
  mentions: ActorMention[],
  sentences: readonly SentenceSpan[],
  si: number,
  state: DiscourseState,
  quotes: QuoteCount,
  lineSpeaker: Speaker | null = null,
): Attribution {
  // "This was stated by X" in the next sentence names this sentence's speaker.
  const next = sentences[si + 1];
  let forward: Speaker | null = null;
  if (next) {
    THIS_WAS_STATED_RE.lastIndex = 0;
    if (THIS_WAS_STATED_RE.test(next.text)) forward = speakerFromText(next.text, state)?.speaker ?? null;
  }
  const startedInQuote = state.inQuote;
  let speaker: Speaker = frame.speaker ?? forward ?? NO_SPEAKER;
  let explicit = frame.explicit || Boolean(forward?.name);
  const inContinuedQuote = startedInQuote && !frame.speaker;
  // A transcript's line is its label's ("TANNER: Our Eurofighters ..."), unless a frame says otherwise.
  if (!speaker.country && lineSpeaker?.country) {
    speaker = lineSpeaker;
    explicit = true;
  }
  if (!speaker.country) {
    const person = mentionsIn(mentions, cueText, 0, cueText.length).find((m) => m.kind === "person");
    if (person?.speaker && !isExcluded(cueText, person)) {
      speaker = { name: person.speaker.name, country: person.speaker.country };
      explicit = true;
    }
  }
  if (!speaker.country && (inContinuedQuote || FIRST_PERSON_RE.test(cueText) || OPENING_QUOTE_START.re.test(text))) {
    // A quote that closes later names its speaker there: '"We will ... . But ...," Macron said.'
    const closing =
      !frame.speaker && opensUnclosedQuote(quotes, startedInQuote) ? speakerOfClosingQuote(sentences, si, state) : null;
    speaker = closing ?? (inContinuedQuote ? state.quoteSpeaker : null) ?? state.speaker;
  }
  return { frame, speaker, explicit, stated: explicit || Boolean(frame.speaker) };
}
