/**
 * The extraction engine: from an article to proposed positions.
 *
 * For every sentence: drop page furniture, find the reporting frame and the speaker, blank
 * out frames and conditions, split the rest into clauses, and for every commitment cue find
 * the stance cue that governs it in its clause and the actor that is the clause's subject.
 * Then reduce to one proposal per (country, commitment), best evidence first.
 */
import type { CommitmentType, Stance } from "@/lib/domain/taxonomy";
import { findActorMentions, type ActorMention } from "./actors";
import type { ArticleInput } from "./article";
import { resolveStatementDate } from "./dates";
import * as lexicon from "./lexicon";
import type { StanceCue } from "./lexicon";
import { splitSentences, type SentenceSpan } from "./sentences";

// Plain constants: read through the module namespace once, not through live-binding getters
// on every use in the hot loop.
const {
  ACCORDING_RE,
  ADDING_RE,
  ANAPHOR_RE,
  ANY_TYPE_STEM,
  AS_BY_RE,
  BACKGROUND_HEADING_RE,
  CONDITION_PATTERNS,
  COORD_RE,
  EARLIER_RE,
  EXCLUDING_PREP_RE,
  FIRST_PERSON_RE,
  HEARSAY_RE,
  GENERIC_SUBJECT_RE,
  LEAD_FRAME_BARE_RE,
  LEAD_FRAME_RE,
  LINE_LABEL_RE,
  OWNED_FORCE_RE,
  PRECONDITION_RE,
  PRONOUN_SPEAKER_RE,
  QUESTION_RE,
  QUOTES_AS_RE,
  RECALL_HEADING_RE,
  ROLE_BEFORE_OF_RE,
  ROLE_NAME_RE,
  ROLE_RE,
  SOURCE_LINE_RE,
  STANCE_PATTERNS,
  THIRD_PERSON_RE,
  THIS_WAS_STATED_RE,
  TRAIL_FRAME_RE,
  TYPE_GROUPS,
} = lexicon;

export interface PositionProposal {
  /** ISO alpha-2, or "EU" / "NATO". */
  country: string;
  commitment: CommitmentType;
  stance: Stance;
  /** Canonical gazetteer name when known, else the name as written. */
  speaker: string | null;
  /** Verbatim condition text when the stance is conditional. */
  condition: string | null;
  /** The sentence, verbatim from the body. */
  evidence: string;
  start: number;
  end: number;
  /** YYYY-MM-DD */
  statedOn: string | null;
  confidence: number;
  cues: string[];
}

interface Speaker {
  name: string | null;
  country: string | null;
}

interface Span {
  start: number;
  end: number;
  text: string;
}

interface Cue extends Span {
  kind: StanceCue;
}

interface TypeHit extends Span {
  type: CommitmentType;
  weight: number;
}

interface Candidate extends PositionProposal {
  order: number;
}

interface Context {
  speaker: Speaker;
  inQuote: boolean;
  quoteSpeaker: Speaker | null;
  recentTypes: { type: CommitmentType; sentence: number }[];
  section: "news" | "background" | "recall";
  /** The donor of the agreement the article is about ("the Japan-Ukraine document"). */
  agreementParty: string | null;
}

/** An agreement text as a subject: its pledges are the donor's (labelling convention). */
const AGREEMENT_NOUN =
  /\b(?:agreement|deal|pact|accord|declaration|memorandum|document|treaty|arrangement|communiqu[eé])s?\b/iu;

/** The donor named in a sentence about an agreement: any country but Ukraine, the beneficiary. */
function agreementDonors(mentions: ActorMention[]): string[] {
  const out: string[] = [];
  for (const m of mentions)
    if (m.country !== "UA" && m.country !== "RU" && !out.includes(m.country)) out.push(m.country);
  return out;
}

const NO_SPEAKER: Speaker = { name: null, country: null };
const WORD = /[\p{L}\p{N}]+/gu;

function blank(text: string, start: number, end: number): string {
  return text.slice(0, start) + " ".repeat(Math.max(0, end - start)) + text.slice(end);
}

function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  re.lastIndex = 0;
  const out: RegExpExecArray[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push(m);
  }
  return out;
}

function wordCount(text: string): number {
  return (text.match(WORD) ?? []).length;
}

function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9\u00C0-\u024F]+/g, " ")
    .trim();
}

/** Who a stretch of reporting text names as the speaker. */
function speakerFromText(text: string, ctx: Context): { speaker: Speaker; explicit: boolean } | null {
  const mentions = findActorMentions(text);
  const person = mentions.find((m) => m.kind === "person");
  if (person?.speaker)
    return { speaker: { name: person.speaker.name, country: person.speaker.country }, explicit: true };
  const roleName = ROLE_WORD_HINT.test(text) ? ROLE_NAME_RE.exec(text) : null;
  const country = mentions.find((m) => m.kind !== "person")?.country ?? null;
  if (roleName) {
    const name = roleName[1]!;
    const sameAsContext = ctx.speaker.name && ctx.speaker.name.endsWith(name.split(/\s+/u).pop() ?? "");
    return { speaker: { name, country: country ?? (sameAsContext ? ctx.speaker.country : null) }, explicit: true };
  }
  ROLE_RE.lastIndex = 0;
  if (country && ROLE_RE.test(text)) {
    const same = ctx.speaker.country === country;
    return { speaker: { name: same ? ctx.speaker.name : null, country }, explicit: false };
  }
  PRONOUN_SPEAKER_RE.lastIndex = 0;
  if (PRONOUN_SPEAKER_RE.test(text) || /\b(?:his|her)\b/iu.test(text)) {
    return ctx.speaker.country ? { speaker: ctx.speaker, explicit: false } : null;
  }
  // "Store's office", "the Prime Minister" after a named speaker
  const surname = mentions.find((m) => m.kind === "person");
  if (surname?.speaker)
    return { speaker: { name: surname.speaker.name, country: surname.speaker.country }, explicit: true };
  return null;
}

interface Frame {
  spans: Span[];
  speaker: Speaker | null;
  explicit: boolean;
  /** A country named as the frame's subject ("Norway indicated that ..."). */
  frameCountry: string | null;
  /** The reporter is a former or retired official: no government's position. */
  former: boolean;
}

/** Phenomenon: former officials ("the former prime minister", "a retired general") speak for no government. */
const FORMER_RE = /\b(?:former|retired|ex-|one-time|then-)/iu;

const PAREN_FRAME_RE = /,\s*([^,"“”]{1,60}?)\s+(?:said|says|added|noted|stressed|insisted|argued)\s*,\s*(?=\S)/;
const TRAIL_TAIL_OK =
  /^\s*(?:$|[.!?,;:]|(?:on|in|at|during|after|before|while|when|to|from|with|according|late|earlier|yesterday|today|this|last|as|via|through|adding|referring|citing|noting|speaking|quoted|per|in an?)\b)/i;
const TRAIL_TAIL_VERB = /\b(?:will|would|could|can|is|are|was|were|has|have|had|not|plans?|should|must)\b/i;

const ROLE_WORD_HINT =
  /Minister|President|Chancellor|Secretary|Spokes|Envoy|Ambassador|Director|Commissioner|Governor|Premier|Gen|Admiral|Senator|Representative|Chief/;
/** Any reporting verb at all: sentences without one skip the frame patterns. */
const SAY_HINT =
  /\b(?:sa(?:id|ys)|state[sd]?|told|tells|add(?:ed|s)|not(?:ed|es)|stress|emphasi|announc|explain|confirm|believ|indicat|reiterat|insist|warn|clarif|argu|declar|mention|acknowledg|wr(?:ote|ites)|continu|respond|repl|report|claim|assur|promis|underlin|underscor|signal|suggest|quot|accord)/i;

const LEAD_PREFIX_GUARD = /["“”]|\b(?:will|would|not|ready|plan|plans|could|can|must|should)\b/iu;

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

const LEADING_SUBORDINATE =
  /^\s*(?:until|unless|if|once|when|while|although|though|after|before|since|as long as)\b[^,]*,/iu;
const SUBORDINATE_BEFORE = /\b(?:until|unless|if|once|when|while|although|though|after|before|since)\s+(?:the\s+)?$/iu;

function findFrames(text: string, ctx: Context): Frame {
  const spans: Span[] = [];
  let speaker: Speaker | null = null;
  let explicit = false;
  let frameCountry: string | null = null;
  let former = false;
  if (!SAY_HINT.test(text)) return { spans, speaker, explicit, frameCountry, former };
  const consider = (span: Span, who: string) => {
    spans.push(span);
    const found = speakerFromText(who, ctx);
    if (found && (!speaker || (!explicit && found.explicit))) {
      speaker = found.speaker;
      explicit = found.explicit;
    }
    if (!frameCountry) frameCountry = reportingSubjectCountry(who);
    if (FORMER_RE.test(who)) former = true;
  };

  ACCORDING_RE.lastIndex = 0;
  const according = ACCORDING_RE.exec(text);
  if (according && according.index < 5)
    consider({ start: according.index, end: according.index + according[0].length, text: according[0] }, according[1]!);

  LEAD_FRAME_RE.lastIndex = 0;
  const lead = LEAD_FRAME_RE.exec(text);
  if (lead && !LEAD_PREFIX_GUARD.test(lead[1]!) && wordCount(lead[1]!) <= 22) {
    consider({ start: lead.index, end: lead.index + lead[0].length, text: lead[0] }, lead[1]! + " " + (lead[2] ?? ""));
  } else {
    const bare = LEAD_FRAME_BARE_RE.exec(text);
    if (
      bare &&
      !LEAD_PREFIX_GUARD.test(bare[1]!) &&
      wordCount(bare[1]!) <= 12 &&
      (speakerFromText(bare[1]!, ctx) || findActorMentions(bare[1]!).length)
    ) {
      consider({ start: 0, end: bare[0].length, text: bare[0] }, bare[1]!);
    }
  }

  // A frame in the middle: "Britain, Starmer said, will send troops."
  const paren = PAREN_FRAME_RE.exec(text);
  if (paren && paren.index > 0 && speakerFromText(paren[1]!, ctx)) {
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
  return { spans, speaker, explicit, frameCountry, former };
}

function findConditions(text: string): Span[] {
  const out: Span[] = [];
  for (const { re, hint } of CONDITION_PATTERNS) {
    if (!hint.test(text)) continue;
    for (const m of allMatches(re, text)) {
      const cond = m[0].replace(/[\s,;:"“”]+$/u, "");
      if (wordCount(cond) < 1) continue;
      if (out.some((o) => m.index < o.end && m.index + cond.length > o.start)) continue;
      out.push({ start: m.index, end: m.index + cond.length, text: cond });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

// ASCII classes on purpose: without the u flag this runs several times faster.
const CLAUSE_BREAK =
  /\s*;\s*|:\s+(?=that\b|["“]?[a-z])|,?\s+['"“‘]?but\s+|,\s*while\s+|,\s*whereas\s+|,\s*(?=which\s|who\s)|,\s*(?:and|so)\s+(?=(?:I|we|it|they|he|she|the|its|our|his|her|[A-Z\u00C0-\u00DE][\w\u00C0-\u024F-]+)\s)/g;

/** ", which borders Ukraine," inside a clause: a parenthesis about the subject, not a clause of its own. */
const RELATIVE_START = /^\s*(?:which|who)\b/i;
// Only when the main clause visibly resumes after it: ", which borders Ukraine, says ...".
const PARENTHETICAL_RELATIVE =
  /,\s*(?:which|who)\b(?:\s+[^\s,;]+){1,7},(?=\s*(?:says|said|will|would|is|are|was|were|has|have|had|plans|could|can|may|might|also|does|did|but|and|remains|wants|intends)\b)/g;

function splitClauses(masked: string): Span[] {
  const breaks: [number, number][] = [];
  // A leading "While X ..., Y ..." puts X and Y in separate clauses.
  const lead = /^\s*(?:while|although|though|whereas)\b[^,]*,/iu.exec(masked);
  if (lead) breaks.push([lead[0].length - 1, lead[0].length]);
  CLAUSE_BREAK.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CLAUSE_BREAK.exec(masked))) breaks.push([m.index, m.index + m[0].length]);
  // ", which borders Ukraine," ends at its closing comma; the main clause resumes after it.
  PARENTHETICAL_RELATIVE.lastIndex = 0;
  while ((m = PARENTHETICAL_RELATIVE.exec(masked))) {
    breaks.push([m.index + m[0].length - 1, m.index + m[0].length]);
    PARENTHETICAL_RELATIVE.lastIndex = m.index + m[0].length - 1;
  }
  breaks.sort((a, b) => a[0] - b[0]);
  const clauses: Span[] = [];
  let start = 0;
  for (const [from, to] of breaks) {
    if (from < start) continue;
    if (from > start) clauses.push({ start, end: from, text: masked.slice(start, from) });
    start = to;
  }
  if (masked.length > start) clauses.push({ start, end: masked.length, text: masked.slice(start) });
  return clauses;
}

function findTypeHits(masked: string, full: string): TypeHit[] {
  const hits: TypeHit[] = [];
  if (!ANY_TYPE_STEM.test(masked)) return hits;
  for (const group of TYPE_GROUPS) {
    if (!group.keys.test(masked)) continue;
    for (const p of group.patterns) {
      if (p.requires) {
        p.requires.lastIndex = 0;
        if (!p.requires.test(full)) continue;
      }
      for (const m of allMatches(p.re, masked)) {
        if (
          p.type === "troops"
            ? !isOwnForce(masked, m)
            : OWN_CAPABILITY_BEFORE.test(masked.slice(Math.max(0, m.index - 30), m.index))
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
  return moneyOfMilitaryAid(hits, masked).sort((a, b) => a.start - b.start);
}

const MONEY_AMOUNT = /^[€$£\d]/u;
/**
 * Phenomenon: money described as military aid ("a €2 billion military aid package") is arms,
 * not funding (labelling convention): an amount is dropped as funding when an arms cue sits
 * next to it in the same stretch of text.
 */
function moneyOfMilitaryAid(hits: TypeHit[], masked: string): TypeHit[] {
  const arms = hits.filter((h) => h.type === "arms");
  if (arms.length === 0) return hits;
  return hits.filter((h) => {
    if (h.type !== "funding" || !MONEY_AMOUNT.test(h.text)) return true;
    return !arms.some((a) => {
      const from = Math.min(a.start, h.start);
      const to = Math.max(a.end, h.end);
      return to - from < 70 && !/;|\.\s/u.test(masked.slice(from, to));
    });
  });
}

// "strengthen its own air defence": a country's own capability, not a commitment to Ukraine.
const OWN_CAPABILITY_BEFORE = /\b(?:its|our|their|his|her)\s+own\s+(?:[\w-]+\s+)?$/i;
const CASUALTY_BEFORE = /\b(?:wounded|injured|killed|fallen|captured|dead)\s+$/iu;
const TRAINEES_BEFORE = /\btrain(?:s|ed|ing)?\s+(?:[\w'’-]+\s+){0,5}?$/iu;
const FOREIGN_FORCE_BEFORE = /\b(?:Ukrainian|Ukraine's|Ukraine’s|Russian|Russia's|Russia’s|enemy)\s+(?:\w+\s+)?$/u;
const BENEFICIARY_BEFORE =
  /\b(?:for|backing|back|backstop(?: to)?|behind|support(?:ing)?|protect(?:ing)?|reinforc(?:e|ing))\s+(?:an?|the|any|such an?)?\s*(?:[\w-]+\s+)?$/iu;

/** Troops that could be a pledge: not Ukraine's or Russia's own, not the force someone else backs. */
function isOwnForce(masked: string, m: RegExpExecArray): boolean {
  const before = masked.slice(Math.max(0, m.index - 24), m.index);
  if (FOREIGN_FORCE_BEFORE.test(before)) return false;
  // "train medical workers and military personnel": the people trained are not a deployment.
  if (TRAINEES_BEFORE.test(masked.slice(Math.max(0, m.index - 60), m.index))) return false;
  // "wounded soldiers", "captured servicemen": people cared for or held, not a deployment.
  if (CASUALTY_BEFORE.test(before)) return false;
  // "a backstop for the European force", "support any European-led deployment": the beneficiary.
  if (
    /\b(?:forces?|deployment|mission)\b/iu.test(m[0]) &&
    BENEFICIARY_BEFORE.test(masked.slice(Math.max(0, m.index - 40), m.index))
  )
    return false;
  return true;
}

function findAnaphorHits(
  masked: string,
  full: string,
  anaphorType: CommitmentType | null,
  topicType: CommitmentType | null,
): TypeHit[] {
  const hits: TypeHit[] = [];
  if (anaphorType || topicType) {
    for (const m of allMatches(ANAPHOR_RE, masked)) {
      // "anything" points at the article's question (its headline); "such a step" at the last one named.
      const type = /^anything$/iu.test(m[0]) ? (topicType ?? anaphorType) : (anaphorType ?? topicType);
      if (!type) continue;
      hits.push({
        type,
        start: m.index,
        end: m.index + m[0].length,
        text: full.slice(m.index, m.index + m[0].length),
        weight: 0.6,
      });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

const NEGATED_BEFORE = /\b(?:not|n't|never|no)\s+(?:\w+\s+)?$/iu;
// "going to speculate", "ready to discuss": talk about a commitment is not one.
// "ready to consider": the consideration, not the readiness, is the stance.
const META_AFTER =
  /^\s*(?:to\s+)?(?:\w+\s+)?(?:speculat|comment|talk|discuss|say|reveal|disclos|elaborat|go into|negotiat|debat|consider|examin|study|explor|look at|look into|assess|(?:host|hold|attend|chair|convene|join|organi[sz]e)\w*\s+(?:a\s+|the\s+|an\s+)?(?:\w+\s+)?(?:meeting|summit|talks|conference|call|session))\w*/iu;

function findStanceCues(masked: string, full: string): Cue[] {
  const cues: Cue[] = [];
  let work = masked;
  for (const p of STANCE_PATTERNS) {
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

const STRONG_CUE = /^(?:ready|prepared|willing|plan|plans|planned|pledg|commit|intend|decided|will|shall|resum)/iu;
const WEAK_CUE = /^(?:would|could|might|may|potential)/iu;

const PRIORITY: StanceCue[] = ["notruleout", "oppose", "negate"];

/** The stance cue that governs a commitment cue inside its clause. */
function governingCue(cues: Cue[], hit: TypeHit, text: string): Cue | null {
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
  return modal(before) ?? before.find((c) => c.kind === "support") ?? modal(cues) ?? cues[0] ?? null;
}

interface SubjectResult {
  actors: ActorMention[];
  how: "subject" | "first-person" | "third-person" | "inherited" | "abstract" | "generic";
}

const MODIFIER_OF_GROUP =
  /^(?:\s*(?:,|and|or)\s*(?:[\p{Lu}][\p{L}-]*\s*){1,2})*\s*-?(?:member states|member countries|members|countries|allies|states|nations|partners|leaders|ministers|officials|citizens|public|people|voters|media|press|newspaper|outlet|experts|analysts)\b/u;
/** Third parties that can carry a commitment of their own ("countries willing to send troops"). */
const OTHER_AGENT = /\b(?:countries|states|nations|allies|partners|members|others|europeans|governments|coalition)\b/i;
const FOREIGN_TROOPS_BEFORE = /\b(?:foreign|western|European|NATO|allied|Western)\s+(?:[\w-]+\s+)?$/i;
const NOT_BEFORE =
  /\b(?:before|until|till|prior to)\s+(?:(?!\w+ed\b)[\w'’-]+\s+){0,4}?(?:peace|ceasefire|cease-fire|truce|armistice|settlement|deal|agreement|the war ends|the end of (?:the )?war|hostilities end)\b[^,;."“”]*/i;
const ROLE_LIMIT = /^[^;]{0,40}?\b(?:front(?:[\s-]?lines?)?|combat roles?|contact line)\b/i;
const GERUND_ITEM = /^\s*(?:and\s+)?[a-z]+ing\b/u;
const MEANS_CLAUSE = /^\s*(?:also\s+|rather\s+|instead\s+)?by\s+\w+ing\b/iu;

/**
 * Phenomenon: the means of a pledge in a clause of its own ("will help Ukraine not by sending
 * troops but by providing weapons"): the "by ..." clause has no modal, it takes the pledge of
 * the clause before.
 */
function meansClauseCue(clauses: Span[], clauseIndex: number, cues: Cue[]): Cue | null {
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
const NEGATED_SUBJECT = /\b(?:neither|nor|no country|none of)\b/i;
const EXPLETIVE_IT = /\bit(?:\s+is|\s+was|['’]s|\s+seems|\s+remains|\s+appears|\s+would be|\s+will be)\b.*$/i;
const PASSIVE_AGENT =
  /^[^;]*?\bbe\s+(?:\w+ly\s+)?(?:led|provided|deployed|staffed|manned|supplied|sent|contributed|funded|financed|backed|commanded|hosted|trained|made up|formed|composed|guaranteed|offered|delivered|secured|patrolled|monitored)\s+(?:\w+\s+)?by\s+((?:the\s+)?[A-Z][^;,]*)/;
const FIRST_PREPOSITION = /\b(?:between|with|in|to|for|from|of|on|about|among|against|including|by|than|at)\b/i;

/**
 * Phenomenon: a country right after a verb of giving or helping is its object, not its subject
 * ("Sweden will help Ukraine", "to arm Kyiv", "urged Germany").
 */
const OBJECT_VERB_BEFORE =
  /\b(?:help|helps|helped|helping|assist(?:s|ed|ing)?|support(?:s|ed|ing)?|arm(?:s|ed|ing)?|equip(?:s|ped|ping)?|provid(?:e|es|ed|ing)|giv(?:e|es|en|ing)|gave|offer(?:s|ed|ing)?|suppl(?:y|ies|ied|ying)|defend(?:s|ed|ing)?|protect(?:s|ed|ing)?|urg(?:e|es|ed|ing)|ask(?:s|ed|ing)?|told|tell(?:s|ing)?|invit(?:e|es|ed|ing)|join(?:s|ed|ing)?|reassur(?:e|es|ed|ing))\s+(?:the\s+)?$/iu;

/** A group noun that can stand for the donors listed after it. */
const GROUP_NOUN = "(?:countries|nations|states|allies|partners|members|governments|donors|contributors)";
// The group is the agent: the head of the clause's subject ("Several European countries, ...")
// or the antecedent of the relative clause that carries the stance ("nations that had committed to").
const GROUP_AS_SUBJECT = new RegExp(
  `^\\s*((?:[\\w-]+\\s+){0,3}?)${GROUP_NOUN}\\b|\\b${GROUP_NOUN}\\s+(?:that|which|who)\\s+(?:(?:had|have|has|are|were|is|also|already)\\s+){0,2}$`,
  "iu",
);
const LIST_OPENER = /\b(?:including|such as|among them|among which|namely|like)\s+(?:the\s+)?$/iu;
const LIST_GAP =
  /^(?:\s*(?:,|and|or|as well as|plus)\s*)+(?:(?:the|non-EU|non-NATO|EU|NATO|European|members?|countries|nations|partners|states|allies|such as|including|like)\s+)*$/iu;

/**
 * Phenomenon: donor lists. A group that is the agent of the commitment, with the countries it
 * stands for listed after "including" / "such as" ("she named partners that have promised
 * instructors, such as Malta and Cyprus"): each listed country is an actor.
 * A group after a preposition ("peacekeepers from countries such as Brazil") is not the agent.
 */
function donorList(masked: string, clauseStart: number, subjectEnd: number, all: ActorMention[]): ActorMention[] {
  const span = masked.slice(clauseStart, subjectEnd);
  const group = GROUP_AS_SUBJECT.exec(span);
  if (!group) return [];
  const groupEnd = clauseStart + group.index + group[0].length;
  const before = masked.slice(Math.max(0, clauseStart + group.index - 30), clauseStart + group.index + 1);
  EXCLUDING_PREP_RE.lastIndex = 0;
  if (group.index > 0 && EXCLUDING_PREP_RE.test(before)) return [];
  if (group[1] && FIRST_PREPOSITION.test(group[1])) return [];
  const listed: ActorMention[] = [];
  let last = -1;
  for (const m of all) {
    if (m.start < groupEnd || m.kind === "person" || m.kind === "adjective") continue;
    if (masked.charCodeAt(m.start - 1) === 45) continue; // "non-EU members" names no EU
    if (last < 0) {
      if (!LIST_OPENER.test(masked.slice(Math.max(groupEnd, m.start - 20), m.start))) continue;
    } else if (!LIST_GAP.test(masked.slice(last, m.start))) {
      // "..., and outside the EU such as Norway": a second list of the same group.
      if (
        !LIST_OPENER.test(masked.slice(Math.max(last, m.start - 20), m.start)) ||
        /[.;:]/u.test(masked.slice(last, m.start))
      )
        break;
    }
    if (!listed.some((x) => x.country === m.country)) listed.push(m);
    last = m.end;
  }
  return listed;
}

function isExcluded(text: string, mention: ActorMention): boolean {
  const before = text.slice(Math.max(0, mention.start - 30), mention.start);
  if (OBJECT_VERB_BEFORE.test(before)) return true;
  EXCLUDING_PREP_RE.lastIndex = 0;
  if (!EXCLUDING_PREP_RE.test(before)) return false;
  // "the deployment of Italian troops", "the Prime Minister of Italy": "of" keeps an owner.
  if (/\bof\s+(?:the\s+)?$/iu.test(before)) {
    if (mention.kind === "adjective") return false;
    ROLE_BEFORE_OF_RE.lastIndex = 0;
    if (ROLE_BEFORE_OF_RE.test(before)) return false;
  }
  return true;
}

/** The actors that are the subject of the stretch `span` of `masked` (a clause up to its verb). */
/** Mentions of the unmasked sentence that lie inside [start, end) and survived masking, relative to start. */
function mentionsIn(all: ActorMention[], masked: string, start: number, end: number): ActorMention[] {
  const out: ActorMention[] = [];
  for (const m of all) {
    if (m.start < start || m.end > end) continue;
    if (masked.charCodeAt(m.start) === 32 && m.text.charCodeAt(0) !== 32) continue;
    out.push({ ...m, start: m.start - start, end: m.end - start });
  }
  return out;
}

function subjectActors(masked: string, spanStart: number, spanEnd: number, all: ActorMention[]): SubjectResult {
  const span = masked.slice(spanStart, spanEnd);
  // "which ... will": the relative pronoun stands for the subject of the clause before.
  if (RELATIVE_START.test(span)) return { actors: [], how: "inherited" };
  const mentions = mentionsIn(all, masked, spanStart, spanEnd);
  const kept: ActorMention[] = [];
  let lastExcludedEnd = -1;
  for (const m of mentions) {
    const joined = lastExcludedEnd >= 0 && COORD_RE.test(span.slice(lastExcludedEnd, m.start));
    if (joined || isExcluded(span, m)) {
      lastExcludedEnd = m.end;
      continue;
    }
    // "NATO and EU member states", "European countries": the members, not an actor.
    if (MODIFIER_OF_GROUP.test(span.slice(m.end, m.end + 40))) {
      lastExcludedEnd = m.end;
      continue;
    }
    if (
      m.kind === "organisation" &&
      /^\s*(?:troops|forces|territory|soldiers|foreign|defen[cs]e)\b/iu.test(span.slice(m.end, m.end + 20))
    ) {
      lastExcludedEnd = m.end;
      continue;
    }
    // Ukrainian/Russian/... used for the troops being talked about: an owner, handled by the caller.
    kept.push(m);
  }
  // The group of coordinated actors nearest the verb.
  const groups: ActorMention[][] = [];
  for (const m of kept) {
    const last = groups[groups.length - 1];
    const prev = last?.[last.length - 1];
    const gap = prev ? span.slice(prev.end, m.start) : "";
    if (
      last &&
      prev &&
      (gap.trim() === "" ||
        // "the Japan-Ukraine document": both parties of a hyphenated pair.
        gap === "-" ||
        /^\s*(?:,|and|or|nor|as well as|,\s*and)\s*(?:the\s+)?$/iu.test(gap) ||
        /^['’]s\b/u.test(gap) ||
        /^\s*(?:Prime Minister|President|Chancellor|Foreign Minister|Defen[cs]e Minister|leader|PM)\s*$/iu.test(gap) ||
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
  if (THIRD_PERSON_RE.test(span.replace(EXPLETIVE_IT, " "))) return { actors: [], how: "third-person" };
  GENERIC_SUBJECT_RE.lastIndex = 0;
  // Only the head of the subject counts: "convergence between Ukraine, Europe and partners" is not generic.
  const segments = span
    .split(",")
    .map((x) => x.trim())
    .filter(Boolean);
  const head = (segments[segments.length - 1] ?? "").split(FIRST_PREPOSITION)[0] ?? "";
  if (GENERIC_SUBJECT_RE.test(head)) return { actors: [], how: "generic" };
  const words = span.match(WORD) ?? [];
  const content = words.filter(
    (w) =>
      !/^(?:also|then|now|so|and|still|already|further|fully|in|principle|today|too|as|well|therefore|thus|would|will|could|is|are|be)$/iu.test(
        w,
      ),
  );
  if (content.length === 0) return { actors: [], how: "inherited" };
  return { actors: [], how: "abstract" };
}

function stanceFor(cue: StanceCue, hasCondition: boolean): Stance {
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

function countQuotes(text: string): { opens: number; closes: number; straight: number } {
  let opens = 0;
  let closes = 0;
  let straight = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x201c || c === 0xab) opens++;
    else if (c === 0x201d || c === 0xbb) closes++;
    else if (c === 0x22) straight++;
  }
  return { opens, closes, straight };
}

function isHeadingLike(body: string, s: SentenceSpan): boolean {
  const lineStart = body.lastIndexOf("\n", s.start - 1) + 1;
  const lineEndIdx = body.indexOf("\n", s.end);
  const lineEnd = lineEndIdx < 0 ? body.length : lineEndIdx;
  const line = body.slice(lineStart, lineEnd).trim();
  const ownLine = line.endsWith(s.text) && line.length - s.text.length <= 3;
  if (!ownLine) return false;
  if (/[.!?"”’»)…:]$/u.test(s.text) && !/:$/u.test(s.text)) return false;
  return wordCount(s.text) <= 16;
}

/** All proposals for an article, one per (country, commitment), best evidence first. */
export function extractPositions(article: ArticleInput): PositionProposal[] {
  const body = article.body ?? "";
  const sentences = splitSentences(body);
  const titleNorm = article.title ? normalise(article.title) : "";
  const titleTypes = article.title ? findTypeHits(article.title, article.title).map((h) => h.type) : [];
  // The headline repeated inside the body ends a teaser lede (common in pasted pages): the
  // same statement after it is the article's own wording and makes better evidence.
  let titleRepeatIndex = -1;
  if (titleNorm) {
    for (let i = sentences.length - 1; i > 0; i--) {
      if (Math.abs(sentences[i]!.text.length - titleNorm.length) < 8 && normalise(sentences[i]!.text) === titleNorm) {
        titleRepeatIndex = i;
        break;
      }
    }
  }

  // The headline's person ("... - Meloni", "Carney does not rule out ...") is who "we" and "he"
  // refer to until the text names someone.
  const titlePerson = article.title
    ? findActorMentions(article.title).find((m) => m.kind === "person")?.speaker
    : undefined;
  const initialSpeaker: Speaker = titlePerson ? { name: titlePerson.name, country: titlePerson.country } : NO_SPEAKER;
  const ctx: Context = {
    speaker: initialSpeaker,
    inQuote: false,
    quoteSpeaker: null,
    recentTypes: [],
    section: "news",
    agreementParty: null,
  };
  const candidates: Candidate[] = [];

  for (let si = 0; si < sentences.length; si++) {
    const sentence = sentences[si]!;
    const startedInQuote = ctx.inQuote;
    const quotes = countQuotes(sentence.text);
    const updateQuoteState = () => {
      if (quotes.opens || quotes.closes)
        ctx.inQuote = quotes.opens > quotes.closes ? true : quotes.closes > quotes.opens ? false : ctx.inQuote;
      else if (quotes.straight % 2 === 1) ctx.inQuote = !ctx.inQuote;
    };

    // Page furniture and headings: never positions, but they mark sections.
    if (isHeadingLike(body, sentence)) {
      const t = sentence.text.trim();
      if (BACKGROUND_HEADING_RE.test(t)) ctx.section = "background";
      else if (RECALL_HEADING_RE.test(t)) ctx.section = "recall";
      else if (/^(?:details|points of attention|addition|update|quote)\s*:?$/iu.test(t))
        ctx.section = ctx.section === "background" ? "background" : "news";
      BACKGROUND_HEADING_RE.lastIndex = 0;
      RECALL_HEADING_RE.lastIndex = 0;
      ctx.inQuote = false;
      continue;
    }
    if (titleNorm && Math.abs(sentence.text.length - titleNorm.length) < 8 && normalise(sentence.text) === titleNorm)
      continue;
    SOURCE_LINE_RE.lastIndex = 0;
    if (SOURCE_LINE_RE.test(sentence.text)) {
      const who = speakerFromText(sentence.text, ctx);
      if (who?.explicit) ctx.speaker = who.speaker;
      continue;
    }
    // A question asked in the text ("Will Germany send troops?") states nothing.
    if (
      ctx.section === "background" ||
      (/\?\s*$/u.test(sentence.text) && !startedInQuote && quotes.opens + quotes.straight === 0)
    ) {
      updateQuoteState();
      continue;
    }

    // A line label ("Quote:", "Details:") is not part of the evidence.
    LINE_LABEL_RE.lastIndex = 0;
    const label = LINE_LABEL_RE.exec(sentence.text);
    const labelText = label ? label[0] : "";
    const offset = labelText.length;
    const text = sentence.text.slice(offset);
    const evidenceStart = sentence.start + offset;

    const sentenceMentions = findActorMentions(text);
    let statedOn: string | null | undefined;
    const frame = findFrames(text, ctx);
    // "This was stated by X" in the next sentence names this sentence's speaker.
    const next = sentences[si + 1];
    let forward: Speaker | null = null;
    if (next) {
      THIS_WAS_STATED_RE.lastIndex = 0;
      if (THIS_WAS_STATED_RE.test(next.text)) forward = speakerFromText(next.text, ctx)?.speaker ?? null;
    }

    let masked = text;
    // A frame also ends a clause: "..., Tusk said, adding that Warsaw would instead ...".
    for (const span of frame.spans) masked = blank(masked, span.start, span.end);
    for (const span of frame.spans)
      if (span.end > span.start) masked = masked.slice(0, span.start) + ";" + masked.slice(span.start + 1);
    for (const q of allMatches(QUESTION_RE, masked)) masked = blank(masked, q.index, q.index + q[0].length);
    // Hearsay ("after reports emerged that ...") states no government's position; found on the
    // text itself, since a reporting frame may already have blanked "reports".
    for (const q of allMatches(HEARSAY_RE, text)) masked = blank(masked, q.index, q.index + q[0].length);
    ANAPHOR_RE.lastIndex = 0;
    const mayHoldCommitment = ANY_TYPE_STEM.test(masked) || ANAPHOR_RE.test(masked);
    const conditions = mayHoldCommitment ? findConditions(masked) : [];
    let cueText = masked;
    for (const c of conditions) cueText = blank(cueText, c.start, c.end);

    // Speaker: the frame's, a forward "This was stated by", a person who is the subject, or the quote's.
    let speaker: Speaker = frame.speaker ?? forward ?? NO_SPEAKER;
    let explicitSpeaker = frame.explicit || Boolean(forward?.name);
    const inContinuedQuote = startedInQuote && !frame.speaker;
    if (!speaker.country) {
      const person = mentionsIn(sentenceMentions, cueText, 0, cueText.length).find((m) => m.kind === "person");
      if (person?.speaker && !isExcluded(cueText, person)) {
        speaker = { name: person.speaker.name, country: person.speaker.country };
        explicitSpeaker = true;
      }
    }
    if (!speaker.country && (inContinuedQuote || FIRST_PERSON_RE.test(cueText) || /^\s*["“]/u.test(text))) {
      // A quote that closes later names its speaker there: '"We will ... . But ...," Macron said.'
      const closing =
        !frame.speaker && opensUnclosedQuote(quotes, startedInQuote) ? speakerOfClosingQuote(sentences, si, ctx) : null;
      speaker = closing ?? (inContinuedQuote ? ctx.quoteSpeaker : null) ?? ctx.speaker;
      if (closing) ctx.quoteSpeaker = closing;
    }

    PRECONDITION_RE.lastIndex = 0;
    const isPrecondition = si > 0 && PRECONDITION_RE.test(text.replace(/^["“]/u, ""));
    let hits: TypeHit[] = [];
    if (!isPrecondition && mayHoldCommitment) {
      hits = findTypeHits(cueText, text);
      // "such a step" points at the last commitment named (before, or later in this sentence).
      const anaphorSource =
        ctx.recentTypes.filter((r) => r.sentence >= si - 3).pop()?.type ??
        hits.find((h) => h.weight >= 0.8)?.type ??
        null;
      const anaphors = findAnaphorHits(cueText, text, anaphorSource, titleTypes[0] ?? ctx.recentTypes[0]?.type ?? null);
      if (anaphors.length) hits = [...hits, ...anaphors].sort((a, b) => a.start - b.start);
    }
    const cues = hits.length ? findStanceCues(cueText, text) : [];
    const clauses = hits.length ? splitClauses(cueText) : [];
    const isEarlier = EARLIER_RE.test(text.trim());
    EARLIER_RE.lastIndex = 0;

    const clauseActors = new Map<number, SubjectResult>();
    // One hit per commitment type and clause is enough: the strongest, then the first.
    const bestHits = new Map<string, { hit: TypeHit; clauseIndex: number }>();
    for (const hit of hits) {
      const clauseIndex = clauses.findIndex((c) => hit.start >= c.start && hit.start < c.end);
      if (clauseIndex < 0) continue;
      const key = `${hit.type}|${clauseIndex}`;
      const current = bestHits.get(key);
      if (!current || hit.weight > current.hit.weight) bestHits.set(key, { hit, clauseIndex });
    }
    for (const { hit, clauseIndex } of bestHits.values()) {
      const clause = clauses[clauseIndex];
      if (!clause) continue;
      const clauseCues = cues.filter((c) => c.start >= clause.start && c.end <= clause.end);
      const cue = governingCue(clauseCues, hit, cueText) ?? meansClauseCue(clauses, clauseIndex, cues);
      if (!cue) continue;
      // The commitment belongs to someone else when a generic agent sits between stance and cue
      // ("it would leave it to the nations keen to send troops").
      if (cue.end <= hit.start && cue.kind !== "oppose" && cue.kind !== "support") {
        if (OTHER_AGENT.test(cueText.slice(cue.end, hit.start))) continue;
      }

      // Subject: everything from the clause start to the governing cue (or to the cue word for passives).
      const subjectEnd = cue.start;
      const key = clauseIndex * 100_000 + subjectEnd;
      let subject: SubjectResult =
        clauseActors.get(key) ?? subjectActors(cueText, clause.start, subjectEnd, sentenceMentions);
      clauseActors.set(key, subject);
      // Inherit the subject of the clause before ("X will not send troops but will assist ...").
      if (clauseIndex > 0 && subject.how !== "subject" && subject.how !== "first-person" && subject.how !== "generic") {
        for (let k = clauseIndex - 1; k >= 0; k--) {
          const prevClause = clauses[k]!;
          if (RELATIVE_START.test(prevClause.text)) continue;
          const prevKey = -1 - k;
          const prev =
            clauseActors.get(prevKey) ?? subjectActors(cueText, prevClause.start, prevClause.end, sentenceMentions);
          clauseActors.set(prevKey, prev);
          if (prev.how === "subject") {
            const how = subject.how;
            const anchored = prev.actors.filter((a) => a.kind !== "adjective" || how === "inherited");
            if (anchored.length)
              subject = { actors: anchored, how: how === "inherited" ? "inherited" : "third-person" };
            break;
          }
        }
      }

      let actors: { country: string; how: string; mention: ActorMention | null }[] = [];
      // "Several nations, including Norway and Iceland, will ...": the listed donors act.
      const donors = donorList(cueText, clause.start, subjectEnd, sentenceMentions);
      if (donors.length) subject = { actors: donors, how: "subject" };
      else if (subject.how === "generic") continue;
      const opposer = frame.frameCountry ?? speaker.country;
      if (
        subject.actors.length &&
        cue.kind === "oppose" &&
        opposer &&
        subject.actors.every((a) => a.country !== opposer && isOwnerOnly(cueText, a))
      ) {
        // "Moscow said Britain's plan to send troops is a provocation": the speaker opposes.
        actors = [{ country: opposer, how: "subject", mention: null }];
      } else if (subject.actors.length) {
        actors = subject.actors.map((a) => ({ country: a.country, how: subject!.how, mention: a }));
      } else if (subject.how === "first-person") {
        const who = speaker.country ? speaker : ctx.speaker;
        if (who.country) actors = [{ country: who.country, how: "first-person", mention: null }];
      } else if (subject.how === "third-person" || subject.how === "inherited") {
        const country = frame.frameCountry ?? speaker.country ?? ctx.speaker.country;
        if (country) actors = [{ country, how: subject.how, mention: null }];
      } else {
        // An abstract subject ("these guarantees", "the key tools"): whose troops, or the speaker's view.
        const owners = ownersOf(cueText, hit, sentenceMentions);
        // "the force would be led by Britain and France": the agent of a passive is the actor.
        const passive = PASSIVE_AGENT.exec(cueText.slice(cue.start, clause.end));
        const agents = passive
          ? subjectActors(
              cueText,
              cue.start + passive.index + passive[0].length - passive[1]!.length,
              clause.end,
              sentenceMentions,
            )
          : null;
        if (agents?.how === "subject" && agents.actors.length)
          actors = agents.actors.map((a) => ({ country: a.country, how: "subject", mention: a }));
        else if (owners.length) actors = owners.map((country) => ({ country, how: "owner", mention: null }));
        else if (AGREEMENT_NOUN.test(cueText.slice(clause.start, subjectEnd))) {
          // Phenomenon: an agreement text with no speaker ("the document provides for ...").
          const donors = agreementDonors(sentenceMentions);
          const parties = donors.length ? donors : ctx.agreementParty ? [ctx.agreementParty] : [];
          actors = parties.map((country) => ({ country, how: "agreement", mention: null }));
        } else {
          const country =
            frame.frameCountry ??
            speaker.country ??
            (startedInQuote || /^\s*["“]/u.test(text) ? ctx.speaker.country : null);
          if (country) actors = [{ country, how: "abstract", mention: null }];
        }
      }
      if (actors.length === 0 || frame.former) continue;

      const clauseConditions = conditions.filter((c) => c.start >= clause.start && c.start < clause.end);
      const sentenceConditions = clauseConditions.length
        ? clauseConditions
        : clauses.length === 1
          ? conditions
          : conditions.filter((c) => c.start > clause.start);
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
        conditionText = text.slice(
          clause.start + notBefore.index,
          clause.start + notBefore.index + notBefore[0].length,
        );
      }
      // "We will not send soldiers to the front line": a limit on the role, not a refusal.
      if (stance === "ruled_out" && hit.type === "troops" && ROLE_LIMIT.test(cueText.slice(hit.end, clause.end)))
        continue;
      const abstract = actors[0]!.how === "abstract";
      if (abstract && (stance === "committed" || stance === "considering")) stance = "supports";

      for (const actor of actors) {
        let actorStance = stance;
        // Ukraine is the beneficiary: it supports or opposes guarantees, it does not pledge them.
        if (
          actor.country === "UA" &&
          actor.mention &&
          actor.mention.kind !== "person" &&
          speaker.country !== "UA" &&
          actorStance !== "supports" &&
          actorStance !== "opposes"
        )
          continue;
        if (actor.country === "UA" && actorStance === "committed" && hit.type === "troops") actorStance = "supports";
        // "There will be no foreign troops": refusing others' troops is opposing them.
        if (
          actorStance === "ruled_out" &&
          FOREIGN_TROOPS_BEFORE.test(cueText.slice(Math.max(0, hit.start - 30), hit.start)) &&
          hit.type === "troops"
        )
          actorStance = "opposes";
        // Rejecting one's own troops is ruling them out, not opposing them for everyone.
        if (actorStance === "opposes") {
          if (
            ownersOf(cueText, hit, sentenceMentions).includes(actor.country) ||
            /\b(?:its|our|their|own)\s+(?:\w+\s+)?$/iu.test(cueText.slice(Math.max(0, hit.start - 20), hit.start))
          )
            actorStance = "ruled_out";
        }
        const actorSpeaker = speakerFor(actor.country, actor.mention, speaker, ctx);
        let confidence = 0.5;
        if (actor.how === "subject" || actor.how === "owner") confidence += 0.15;
        else if (actor.how === "first-person" || actor.how === "third-person") confidence += 0.08;
        if (explicitSpeaker) confidence += 0.1;
        else if (!speaker.country && !startedInQuote) confidence -= 0.05;
        confidence += 0.12 * hit.weight;
        if (cue.kind === "negate" || cue.kind === "notruleout" || cue.kind === "oppose") confidence += 0.08;
        else if (STRONG_CUE.test(cue.text)) confidence += 0.05;
        // "announced that the country would provide": a backshifted will, not a hedge.
        else if (WEAK_CUE.test(cue.text) && !(frame.spans.length && /^would$/iu.test(cue.text))) confidence -= 0.05;
        if (actorStance === "supports") confidence -= 0.05;
        if (titleRepeatIndex > 0 && si < titleRepeatIndex) confidence -= 0.1;
        if (isEarlier) confidence -= 0.12;
        if (ctx.section === "recall") confidence -= 0.05;
        confidence = Math.max(0.05, Math.min(0.98, confidence));
        candidates.push({
          country: actor.country,
          commitment: hit.type,
          stance: actorStance,
          speaker: actorSpeaker,
          condition: actorStance === "conditional" ? conditionText : null,
          evidence: sentence.text.slice(offset),
          start: evidenceStart,
          end: sentence.end,
          statedOn: statedOn === undefined ? (statedOn = statementDate(frame, text, article.published)) : statedOn,
          confidence: Math.round(confidence * 100) / 100,
          cues: uniq([
            hit.text,
            stanceWord,
            ...(actorStance === "conditional" && conditionText
              ? [conditionText.split(/\s+/u).slice(0, 3).join(" ")]
              : []),
          ]),
          order: si,
        });
      }
    }

    // "However, to do so, we must first ...": a precondition for what the sentence before pledged.
    applyPrecondition(candidates, si, sentence, next);

    for (const h of hits) if (h.weight >= 0.8) ctx.recentTypes.push({ type: h.type, sentence: si });
    if (AGREEMENT_NOUN.test(text)) {
      const donors = agreementDonors(sentenceMentions);
      if (donors.length === 1) ctx.agreementParty = donors[0]!;
    }
    if (speaker.country && (explicitSpeaker || frame.speaker)) ctx.speaker = speaker;
    else {
      const person = sentenceMentions.find((m) => m.kind === "person");
      if (person?.speaker) ctx.speaker = { name: person.speaker.name, country: person.speaker.country };
    }
    if (!startedInQuote && (quotes.opens > quotes.closes || quotes.straight % 2 === 1))
      ctx.quoteSpeaker = speaker.country ? speaker : ctx.speaker;
    updateQuoteState();
  }

  return reduce(candidates);
}

/**
 * The date in the reporting frame ("said on Tuesday") wins; a date elsewhere in the sentence
 * counts only when it is close to the article's, since sentences also date other events
 * ("the war that began on 24 February 2022").
 */
function statementDate(frame: Frame, text: string, published: string | null | undefined): string | null {
  const fromFrame = frame.spans.length ? resolveStatementDate(frame.spans.map((s) => s.text).join(" "), null) : null;
  if (fromFrame) return fromFrame;
  const framed = frame.spans.length ? resolveStatementDate(frame.spans.map((s) => s.text).join(" "), published) : null;
  if (framed && framed !== published) return framed;
  const fromText = resolveStatementDate(text, published);
  if (!fromText || !published || fromText === published) return fromText ?? published ?? null;
  const days = (Date.parse(published) - Date.parse(fromText)) / 86_400_000;
  return days >= -1 && days <= 45 ? fromText : published;
}

/** A mention that only says whose something is: "Britain's plan", "British troops". */
function isOwnerOnly(text: string, mention: ActorMention): boolean {
  if (mention.kind === "adjective") return true;
  return /^['’]s\b/u.test(text.slice(mention.end, mention.end + 3));
}

function opensUnclosedQuote(q: { opens: number; closes: number; straight: number }, startedInQuote: boolean): boolean {
  if (startedInQuote) return false;
  return q.opens > q.closes || q.straight % 2 === 1;
}

function speakerOfClosingQuote(sentences: SentenceSpan[], si: number, ctx: Context): Speaker | null {
  for (let k = si + 1; k < Math.min(sentences.length, si + 6); k++) {
    const q = countQuotes(sentences[k]!.text);
    if (q.closes > q.opens || q.straight % 2 === 1) {
      const frame = findFrames(sentences[k]!.text, ctx);
      return frame.speaker?.country ? frame.speaker : null;
    }
  }
  return null;
}

function applyPrecondition(
  candidates: Candidate[],
  si: number,
  sentence: SentenceSpan,
  next: SentenceSpan | undefined,
): void {
  if (!next) return;
  const stripped = next.text.replace(/^["“]/u, "");
  PRECONDITION_RE.lastIndex = 0;
  const m = PRECONDITION_RE.exec(stripped);
  if (!m) return;
  const condition = (m[1] ?? m[2] ?? "").split(/["”]/u)[0]!.replace(/[\s,;:.!"“”]+$/u, "");
  if (!condition) return;
  for (const c of candidates) {
    if (c.order !== si || c.start < sentence.start) continue;
    // Only a pledge becomes conditional; "could" under a condition is still considering.
    if (c.stance === "committed") {
      c.stance = "conditional";
      // The condition is in the next sentence, so it is not a cue of this evidence.
      c.condition = condition;
    }
  }
}

/** Whose forces a commitment names: "Italian troops", "British and French soldiers", "Italy's participation". */
function ownersOf(text: string, hit: TypeHit, sentenceMentions: ActorMention[]): string[] {
  const windowStart = Math.max(0, hit.start - 60);
  const window = text.slice(windowStart, Math.min(text.length, hit.end + 40));
  const mentions = mentionsIn(sentenceMentions, text, windowStart, windowStart + window.length).filter(
    (m) => m.kind === "adjective" || /['’]s$/u.test(window.slice(m.start, m.end + 2)),
  );
  const owners: string[] = [];
  for (const m of mentions) {
    if (m.country === "UA" || isExcluded(window, m) || owners.includes(m.country)) continue;
    const following = window.slice(m.end, m.end + 40).replace(/^['’]s/u, "");
    OWNED_FORCE_RE.lastIndex = 0;
    const own = OWNED_FORCE_RE.exec(following);
    if ((own && own.index < 25) || /^\s*(?:participation|contribution|deployment|involvement)\b/u.test(following))
      owners.push(m.country);
  }
  return owners;
}

function speakerFor(country: string, mention: ActorMention | null, speaker: Speaker, ctx: Context): string | null {
  if (mention?.kind === "person" && mention.speaker) return mention.speaker.name;
  if (speaker.country === country && speaker.name) return speaker.name;
  if (speaker.name && speaker.country === null) return speaker.name;
  if (speaker.country && speaker.country !== country) return speaker.name;
  if (!speaker.country && ctx.speaker.country === country) return ctx.speaker.name;
  return speaker.name;
}

function uniq(values: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const v of values) {
    const t = v.trim();
    if (t && !seen.has(t.toLowerCase())) {
      seen.add(t.toLowerCase());
      out.push(t);
    }
  }
  return out;
}

function stripOrder(c: Candidate): PositionProposal {
  const { order: _order, ...rest } = c;
  return rest;
}

function reduce(candidates: Candidate[]): PositionProposal[] {
  const best = new Map<string, Candidate>();
  for (const c of candidates) {
    const key = `${c.country}|${c.commitment}`;
    const current = best.get(key);
    if (
      !current ||
      c.confidence > current.confidence ||
      (c.confidence === current.confidence && c.order < current.order && false)
    ) {
      best.set(key, c);
    }
  }
  return [...best.values()].sort((a, b) => b.confidence - a.confidence || a.start - b.start).map(stripOrder);
}
