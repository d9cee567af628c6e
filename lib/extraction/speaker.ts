/**
 * Stage "attribute speaker": the reporting frames of a sentence ("X said that ...", ", said X",
 * "According to X,", a frame in the middle), who they name as the speaker, the country that
 * reports, and the date they give the statement.
 */
import { findActorMentions as findAllActorMentions, type ActorMention } from "./actors";

// A frame's text is read for its speaker and then for its reporting country: one scan for both.
let lastFrameText: string | null = null;
let lastFrameMentions: ActorMention[] = [];
function findActorMentions(text: string): ActorMention[] {
  if (text !== lastFrameText) {
    lastFrameText = text;
    lastFrameMentions = findAllActorMentions(text);
  }
  return lastFrameMentions;
}
import { resolveStatementDate } from "./dates";
import { NO_SPEAKER, type DiscourseState, type Speaker } from "./discourse";
import type { SentenceSpan } from "./sentences";
import { isExcluded, mentionsIn } from "./subjects";
import { countQuotes, wordCount, type QuoteCount, type Span } from "./text";
import * as lexicon from "./lexicon";

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

/** Quoted words: the speaker's own, whose country words are never a possessive's antecedent. */
const QUOTED_RE = /["“«][^"”»]*["”»]/gu;

/**
 * The country a sentence named before its trailing frame, as the possessive's antecedent: the
 * first country or organisation named outside quotes ("Finland is considering ..."); an
 * adjective ("Ukrainian pilots") or a capital is no antecedent.
 */
function antecedentCountry(before: string): string | null {
  if (!before.trim()) return null;
  const unquoted = before.replace(QUOTED_RE, (quote) => " ".repeat(quote.length));
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
  const roleName = ROLE_WORD_HINT.test(text) ? ROLE_NAME_RE.exec(text) : null;
  const country = mentions.find((m) => m.kind !== "person")?.country ?? null;
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
    const sameAsContext = state.speaker.name && state.speaker.name.endsWith(name.split(/\s+/u).pop() ?? "");
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
  if (PRONOUN_SPEAKER_RE.test(text) || /\b(?:his|her)\b/iu.test(text)) {
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

/** Phenomenon: former officials ("the former prime minister", "a retired general") speak for no government. */
const FORMER_RE = /\b(?:former|retired|ex-|one-time|then-)/i;
/**
 * Phenomenon: analysts, experts, think tanks, polls and the opposition speak for no government
 * ("Analysts say Britain will struggle to send ...", "Opposition leader X said Britain should
 * not ..."): what they report or urge is no country's position (labelling convention). Only
 * the reporter counts, not the rest of the frame ("..., he said, citing experts").
 */
const NON_GOVERNMENT_REPORTER_RE =
  /\b(?:analysts?|experts?|think[\s-]?tanks?|researchers?|institute|polls?|surveys?|commentators?|opposition|critics|columnists?|academics?|professors?|scholars?|pundits|economists?)\b/i;

const PAREN_FRAME_RE = /,\s*([^,"“”]{1,60}?)\s+(?:said|says|added|noted|stressed|insisted|argued)\s*,\s*(?=\S)/;
const TRAIL_TAIL_OK =
  /^\s*(?:$|[.!?,;:]|(?:on|in|at|during|after|before|while|when|to|from|with|according|late|earlier|yesterday|today|this|last|as|via|through|adding|referring|citing|noting|speaking|quoted|per|in an?)\b)/i;
const TRAIL_TAIL_VERB = /\b(?:will|would|could|can|is|are|was|were|has|have|had|not|plans?|should|must)\b/i;

const ROLE_WORD_HINT =
  /Minister|President|Chancellor|Secretary|Spokes|Envoy|Ambassador|Director|Commissioner|Governor|Premier|Gen|Admiral|Senator|Representative|Chief/;
/** Any reporting verb at all: sentences without one skip the frame patterns. */
const SAY_HINT =
  /\b(?:sa(?:id|ys|y\b)|state[sd]?|told|tells|add(?:ed|s)|not(?:ed|es)|stress|emphasi|announc|explain|confirm|believ|indicat|reiterat|insist|warn|clarif|argu|declar|mention|acknowledg|wr(?:ote|ites)|continu|respond|repl|report|claim|assur|promis|underlin|underscor|signal|suggest|quot|accord)/i;

const LEAD_PREFIX_GUARD = /["“”]|\b(?:will|would|not|ready|plan|plans|could|can|must|should)\b/iu;
/** "..., X said, adding that ...": what follows the reporting verb is "adding", not the report. */
const ADDING_AFTER_SAY = /^\s*,?\s*adding\b/iu;
/**
 * Phenomenon: a coordinated predicate ("Poland ruled out troops but said it would host a
 * hub"): the text before "but said" is a clause of the subject's own, not who is speaking.
 */
const COORDINATED_PREDICATE_BEFORE = /\s(?:but|and|yet|while)\s+$/iu;

/**
 * Phenomenon: the country that reports ("Norway indicated that ...", "The office of Tusk said").
 * It is the mention nearest the reporting verb, and a person counts for their country; a
 * country named earlier in the frame ("The statements from Spain come after Starmer said")
 * or inside a subordinate clause ("Until Ukraine joins NATO, Hodges said") is not it.
 */
export function reportingSubjectCountry(frameText: string): string | null {
  // "Until Ukraine joins NATO, the general said": the subordinate clause is not the subject.
  const lead = LEADING_SUBORDINATE.exec(frameText);
  const who = lead ? frameText.slice(lead[0].length) : frameText;
  const mentions = findActorMentions(who);
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i]!;
    const before = who.slice(Math.max(0, m.start - 30), m.start);
    if (SUBORDINATE_BEFORE.test(before)) return null;
    if (m.kind === "person") return m.speaker?.country ?? null;
    if (m.kind === "adjective") {
      // "the Slovak PM said": the office's country; "Italian media reported": not a government.
      ROLE_RE.lastIndex = 0;
      if (ROLE_RE.test(who.slice(m.end, m.end + 40))) return m.country;
      continue;
    }
    if (isExcluded(who, m) && !/\bof\s+(?:the\s+)?$/iu.test(before)) continue;
    return m.country;
  }
  return null;
}

/** Between two coordinated reporters: "and", a comma, or an office and a name first ("Estonian Prime Minister Michal and"). */
const REPORTER_JOIN =
  /^\s*(?:(?:[\p{Lu}][\p{L}'’.-]*|prime|minister|president|foreign|defen[cs]e|chancellor)\s+)*(?:,|and|,\s*and|as well as)\s+(?:the\s+)?$/u;
const PLURAL_OFFICE_AFTER =
  /^\s*(?:[\w-]+\s+)?(?:leaders|prime ministers|presidents|heads of (?:state|government)|governments|ministers|foreign ministers|defen[cs]e ministers|officials|counterparts)\b/i;

/**
 * Phenomenon: a coordinated reporting subject ("The leaders of Estonia and Latvia said",
 * "Kristersson and Store said", "Estonian and Latvian leaders said"): the countries of the
 * coordinated mentions nearest the reporting verb, when there are two or more. Adjectives
 * count only with an office after them ("Estonian and Latvian media" is no government).
 */
export function reportingSubjectGroup(frameText: string): ActorMention[] {
  const lead = LEADING_SUBORDINATE.exec(frameText);
  const who = lead ? frameText.slice(lead[0].length) : frameText;
  const mentions = findActorMentions(who);
  let i = mentions.length - 1;
  // "said in Oslo": a place after a preposition is not a reporter.
  while (i >= 0 && mentions[i]!.kind !== "person" && isExcluded(who, mentions[i]!)) {
    if (/\bof\s+(?:the\s+)?$/iu.test(who.slice(Math.max(0, mentions[i]!.start - 30), mentions[i]!.start))) break;
    i--;
  }
  const group: ActorMention[] = [];
  for (; i >= 0; i--) {
    const m = mentions[i]!;
    const next = group[0];
    if (next) {
      const gap = who.slice(m.end, next.start);
      const sameReporter = m.country === next.country && gap.length < 40 && !/[,;]|\band\b/u.test(gap);
      if (!sameReporter && !REPORTER_JOIN.test(gap)) break;
    }
    group.unshift(m);
  }
  const last = group[group.length - 1];
  if (last?.kind === "adjective") {
    const after = who.slice(last.end, last.end + 40);
    ROLE_RE.lastIndex = 0;
    if (!PLURAL_OFFICE_AFTER.test(after) && !ROLE_RE.test(after)) return [];
  }
  // One mention per country, the person where one is named (the speaker for that country).
  const byCountry = new Map<string, ActorMention>();
  for (const m of group) if (!byCountry.has(m.country) || m.kind === "person") byCountry.set(m.country, m);
  return byCountry.size >= 2 ? [...byCountry.values()] : [];
}

const LEADING_SUBORDINATE =
  /^\s*(?:until|unless|if|once|when|while|although|though|after|before|since|as long as)\b[^,]*,/i;
const SUBORDINATE_BEFORE = /\b(?:until|unless|if|once|when|while|although|though|after|before|since)\s+(?:the\s+)?$/i;

export function findFrames(text: string, state: DiscourseState): Frame {
  const spans: Span[] = [];
  let speaker: Speaker | null = null;
  let explicit = false;
  let frameCountry: string | null = null;
  let frameGroup: ActorMention[] = [];
  let noGovernment = false;
  if (!SAY_HINT.test(text)) return { spans, speaker, explicit, frameCountry, frameGroup, noGovernment };
  const consider = (span: Span, who: string, reporter: string = who) => {
    spans.push(span);
    const found = speakerFromText(who, state, text.slice(0, span.start));
    if (found && (!speaker || (!explicit && found.explicit))) {
      speaker = found.speaker;
      explicit = found.explicit;
    }
    if (!frameCountry) frameCountry = reportingSubjectCountry(who);
    if (!frameGroup.length) frameGroup = reportingSubjectGroup(who);
    if (FORMER_RE.test(who) || NON_GOVERNMENT_REPORTER_RE.test(reporter)) noGovernment = true;
  };

  ACCORDING_RE.lastIndex = 0;
  const according = ACCORDING_RE.exec(text);
  if (according && according.index < 5)
    consider({ start: according.index, end: according.index + according[0].length, text: according[0] }, according[1]!);

  LEAD_FRAME_RE.lastIndex = 0;
  const lead = LEAD_FRAME_RE.exec(text);
  // Phenomenon: "Poland ruled out troops, Tusk said, adding that it would host a hub": the
  // "that" belongs to "adding", and the frame is the trailing one of the clause before it.
  const addsAfterTrailingFrame = lead !== null && ADDING_AFTER_SAY.test(lead[2] ?? "");
  if (lead && !addsAfterTrailingFrame && !LEAD_PREFIX_GUARD.test(lead[1]!) && wordCount(lead[1]!) <= 22) {
    consider(
      { start: lead.index, end: lead.index + lead[0].length, text: lead[0] },
      lead[1]! + " " + (lead[2] ?? ""),
      lead[1]!,
    );
  } else {
    const bare = LEAD_FRAME_BARE_RE.exec(text);
    if (
      bare &&
      !LEAD_PREFIX_GUARD.test(bare[1]!) &&
      !COORDINATED_PREDICATE_BEFORE.test(bare[1]!) &&
      wordCount(bare[1]!) <= 12 &&
      (speakerFromText(bare[1]!, state) ||
        findActorMentions(bare[1]!).length ||
        NON_GOVERNMENT_REPORTER_RE.test(bare[1]!))
    ) {
      consider({ start: 0, end: bare[0].length, text: bare[0] }, bare[1]!);
    }
  }

  // A frame in the middle: "Britain, Starmer said, will send troops."
  const paren = PAREN_FRAME_RE.exec(text);
  if (paren && paren.index > 0 && speakerFromText(paren[1]!, state, text.slice(0, paren.index))) {
    consider({ start: paren.index, end: paren.index + paren[0].length, text: paren[0] }, paren[1]!);
  }

  // The trailing frame: ", President X said in an interview." / '," he said.' / ", said X."
  const lead0 = spans[spans.length - 1];
  let trail: RegExpExecArray | null = null;
  TRAIL_FRAME_RE.lastIndex = 0;
  while (!paren && (trail = TRAIL_FRAME_RE.exec(text))) {
    const tail = trail[2] ?? "";
    const tailOk = TRAIL_TAIL_OK.test(tail) || (wordCount(tail) <= 4 && !TRAIL_TAIL_VERB.test(tail));
    // "The agreement, announced in Kyiv on Monday, covered ...": a participle, not a frame.
    const participle = !(trail[1] ?? "").trim() && !/["”»’]/u.test(trail[0].slice(0, 3)) && wordCount(tail) > 8;
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
    const who = trail[1] ?? "";
    consider(
      { start: trail.index, end, text: text.slice(trail.index, end) },
      who + " " + (adding ? "" : (trail[2] ?? "")),
      who,
    );
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

function opensUnclosedQuote(q: QuoteCount, startedInQuote: boolean): boolean {
  if (startedInQuote) return false;
  return q.opens > q.closes || q.straight % 2 === 1;
}

function speakerOfClosingQuote(sentences: readonly SentenceSpan[], si: number, state: DiscourseState): Speaker | null {
  for (let k = si + 1; k < Math.min(sentences.length, si + 6); k++) {
    const q = countQuotes(sentences[k]!.text);
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
  if (!speaker.country) {
    const person = mentionsIn(mentions, cueText, 0, cueText.length).find((m) => m.kind === "person");
    if (person?.speaker && !isExcluded(cueText, person)) {
      speaker = { name: person.speaker.name, country: person.speaker.country };
      explicit = true;
    }
  }
  if (!speaker.country && (inContinuedQuote || FIRST_PERSON_RE.test(cueText) || /^\s*["“]/u.test(text))) {
    // A quote that closes later names its speaker there: '"We will ... . But ...," Macron said.'
    const closing =
      !frame.speaker && opensUnclosedQuote(quotes, startedInQuote) ? speakerOfClosingQuote(sentences, si, state) : null;
    speaker = closing ?? (inContinuedQuote ? state.quoteSpeaker : null) ?? state.speaker;
  }
  return { frame, speaker, explicit, stated: explicit || Boolean(frame.speaker) };
}
