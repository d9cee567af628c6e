/**
 * The discourse state: what the article has established so far (who speaks, whether a quote
 * is open, the section, the commitments named lately, the agreement's donor). It changes only
 * through `advance`, once per sentence, from what the stages found in that sentence.
 */
import type { CommitmentType } from "@/lib/domain/taxonomy";
import type { ActorMention } from "./actors";
import { findActorMentions } from "./actors";
import type { TypeHit } from "./commitments";
import type { QuoteCount } from "./text";
import { JOINT_STATEMENT_PREAMBLE } from "./rules/subjects/joint-statement-preamble";

export interface Speaker {
  name: string | null;
  country: string | null;
}

export const NO_SPEAKER: Speaker = { name: null, country: null };

/** "opinion": an opinion piece, whose sentences without a frame are the writer's own. */
export type Section = "news" | "background" | "recall" | "opinion";

export interface DiscourseState {
  speaker: Speaker;
  inQuote: boolean;
  /** Who speaks inside the open quotation. */
  quoteSpeaker: Speaker | null;
  recentTypes: readonly { type: CommitmentType; sentence: number }[];
  section: Section;
  /** The donor of the agreement the article is about ("the Japan-Ukraine document"). */
  agreementParty: string | null;
  /** Its donors when it has several ("the declaration was signed by Macron, Starmer and Zelensky"). */
  agreementParties: readonly string[];
  /** The conditions of the last sentence's conditional pledges, by country, for an elaboration to inherit. */
  lastConditions: {
    sentence: number;
    byCountry: ReadonlyMap<string, string>;
    /** Stated for the country's part before saying what it is ("its help would come after ..."). */
    statedFirst?: boolean;
  };
  /** The country that opened the last sentence as its subject, for "it" / "the country" in the next. */
  lastSubject: {
    sentence: number;
    country: string;
    group: readonly string[];
    plural?: boolean;
    /** Carried over one sentence that named no other country ("The war has entered its fifth year."). */
    carried?: boolean;
  } | null;
  /**
   * The last run of questions that named commitments ("Q: And monitoring a ceasefire? Could Irish
   * officers do that?"): its last sentence and the types named, for an answer's "that" / "it".
   */
  lastQuestion: { sentence: number; types: readonly CommitmentType[] } | null;
  /** The parties a joint statement's heading or preamble named, for its "the Participants". */
  jointParties: readonly string[];
}

/** The headline's person ("... - Meloni") is who "we" and "he" refer to until the text names someone. */
export function initialState(title: string | null | undefined): DiscourseState {
  const titleMentions = title ? findActorMentions(title) : [];
  const titlePerson = titleMentions.find((m) => m.kind === "person")?.speaker;
  return {
    speaker: titlePerson ? { name: titlePerson.name, country: titlePerson.country } : NO_SPEAKER,
    inQuote: false,
    quoteSpeaker: null,
    recentTypes: [],
    section: "news",
    agreementParty: null,
    agreementParties: [],
    lastConditions: { sentence: -1, byCountry: new Map() },
    lastSubject: null,
    lastQuestion: null,
    jointParties: title ? jointPartiesOf(title, titleMentions) : [],
  };
}

/** The countries a joint statement's heading or preamble names (two or more), else none. */
export function jointPartiesOf(text: string, mentions: readonly ActorMention[]): string[] {
  if (!JOINT_STATEMENT_PREAMBLE.hint!.test(text)) return [];
  JOINT_STATEMENT_PREAMBLE.re.lastIndex = 0;
  if (!JOINT_STATEMENT_PREAMBLE.re.test(text)) return [];
  const parties: string[] = [];
  for (const m of mentions) if (m.country !== "UA" && !parties.includes(m.country)) parties.push(m.country);
  return parties.length > 1 ? parties : [];
}

/** What one sentence contributes to the discourse. */
export type SentenceOutcome =
  | {
      kind: "heading";
      section: Section;
      /** The one country a heading names and nothing else ("Romania" over its paragraph), with its index. */
      country?: { code: string; sentence: number };
      /** The parties a joint statement's heading or short preamble names ("A and B agreed on the following:"). */
      jointParties?: readonly string[];
    }
  | { kind: "repeated-title" }
  | { kind: "source-line"; speaker: Speaker | null }
  | {
      kind: "skipped";
      quotes: QuoteCount;
      /** The commitments a question names, for the answer after it ("That is not on the agenda"). */
      named?: { sentence: number; types: readonly CommitmentType[] };
      /** The index of the sentence when it is a question (named or not: "Could Irish officers do that?"). */
      question?: number;
    }
  | {
      kind: "prose";
      sentence: number;
      quotes: QuoteCount;
      startedInQuote: boolean;
      /** The sentence's speaker, and whether a frame or a name made it explicit. */
      speaker: Speaker;
      speakerStated: boolean;
      mentions: readonly ActorMention[];
      hits: readonly TypeHit[];
      /** The one donor named with an agreement noun, if any. */
      agreementDonor: string | null;
      /** The donors of an agreement the sentence names, when it names two or three. */
      agreementDonors: readonly string[];
      /** Conditions of this sentence's conditional pledges, by country. */
      conditions: ReadonlyMap<string, string>;
      /** The conditions are stated for the pledges to come ("its help would come after ..."). */
      conditionsStatedFirst?: boolean;
      /** The country named as the sentence's opening subject ("Norway has pledged ..."), if any. */
      subjectCountry: string | null;
      /** The countries of a coordinated opening subject ("Norway and Denmark signed ..."), two or more, else none. */
      subjectGroup: readonly string[];
      /** The opening subject is a people named with the article ("The Dutch are ..."): "they" next. */
      subjectPlural?: boolean;
      /** An official named by country and office who opens a sentence with no frame ("Norway's defence minister spoke ..."). */
      officeOpener?: Speaker | null;
      /** The commitments an open question in the sentence names ("Merz was asked whether Germany would send troops"). */
      asked?: readonly CommitmentType[];
      /** The parties a joint statement's preamble names ("The Ministers of A, B and C ... agreed on the following:"). */
      jointParties?: readonly string[];
    };

function quoteStateAfter(inQuote: boolean, quotes: QuoteCount): boolean {
  if (quotes.opens || quotes.closes)
    return quotes.opens > quotes.closes ? true : quotes.closes > quotes.opens ? false : inQuote;
  if (quotes.straight % 2 === 1) return !inQuote;
  return inQuote;
}

export function advance(state: DiscourseState, outcome: SentenceOutcome): DiscourseState {
  switch (outcome.kind) {
    case "heading":
      // Phenomenon: a roundup's heading that names a country ("Romania", then "The government
      // says ...", "The country will ...") makes it the actor of the lines under it: who speaks
      // there unless a line names someone, and the antecedent of "it" in the first line.
      return outcome.country
        ? {
            ...state,
            section: outcome.section,
            inQuote: false,
            speaker: { name: null, country: outcome.country.code },
            lastSubject: { sentence: outcome.country.sentence, country: outcome.country.code, group: [] },
          }
        : outcome.jointParties?.length
          ? { ...state, section: outcome.section, inQuote: false, jointParties: outcome.jointParties }
          : { ...state, section: outcome.section, inQuote: false };
    case "repeated-title":
      return state;
    case "source-line":
      return outcome.speaker ? { ...state, speaker: outcome.speaker } : state;
    case "skipped":
      return {
        ...state,
        inQuote: quoteStateAfter(state.inQuote, outcome.quotes),
        recentTypes: outcome.named
          ? [...state.recentTypes, ...outcome.named.types.map((type) => ({ type, sentence: outcome.named!.sentence }))]
          : state.recentTypes,
        lastQuestion: questionAfter(state, outcome),
      };
    case "prose": {
      const strong = outcome.hits.filter((h) => h.weight >= 0.8);
      let speaker = state.speaker;
      if (outcome.speaker.country && outcome.speakerStated) speaker = outcome.speaker;
      else {
        const person = outcome.mentions.find((m) => m.kind === "person");
        if (person?.speaker) speaker = { name: person.speaker.name, country: person.speaker.country };
        else if (outcome.officeOpener) speaker = outcome.officeOpener;
      }
      const { quotes } = outcome;
      const opensQuote = !outcome.startedInQuote && (quotes.opens > quotes.closes || quotes.straight % 2 === 1);
      return {
        speaker,
        quoteSpeaker: opensQuote ? (outcome.speaker.country ? outcome.speaker : speaker) : state.quoteSpeaker,
        inQuote: quoteStateAfter(state.inQuote, quotes),
        recentTypes:
          strong.length || outcome.asked?.length
            ? [
                ...state.recentTypes,
                ...(outcome.asked ?? []).map((type) => ({ type, sentence: outcome.sentence })),
                ...strong.map((h) => ({ type: h.type, sentence: outcome.sentence })),
              ]
            : state.recentTypes,
        section: state.section,
        agreementParty: outcome.agreementDonor ?? state.agreementParty,
        agreementParties: outcome.agreementDonors.length
          ? outcome.agreementDonors
          : outcome.agreementDonor
            ? []
            : state.agreementParties,
        lastConditions: outcome.conditions.size
          ? {
              sentence: outcome.sentence,
              byCountry: outcome.conditions,
              ...(outcome.conditionsStatedFirst ? { statedFirst: true } : {}),
            }
          : state.lastConditions,
        lastSubject: outcome.subjectCountry
          ? {
              sentence: outcome.sentence,
              country: outcome.subjectCountry,
              group: outcome.subjectGroup,
              ...(outcome.subjectPlural ? { plural: true } : {}),
            }
          : carriedSubject(state, outcome),
        lastQuestion: state.lastQuestion,
        jointParties: outcome.jointParties?.length ? outcome.jointParties : state.jointParties,
      };
    }
  }
}

/**
 * The run of questions an answer may refer to: a question that names commitments opens it, a
 * question right after it that names none ("Could Irish officers do that?") goes on with it.
 */
function questionAfter(
  state: DiscourseState,
  outcome: Extract<SentenceOutcome, { kind: "skipped" }>,
): DiscourseState["lastQuestion"] {
  if (outcome.question === undefined) return state.lastQuestion;
  if (outcome.named) return { sentence: outcome.question, types: outcome.named.types };
  const last = state.lastQuestion;
  return last && last.sentence === outcome.question - 1 ? { ...last, sentence: outcome.question } : last;
}

/**
 * "Norway has offered two frigates. The war has now entered its fifth year. The country will also
 * ...": the opening subject stays the antecedent over one sentence that opens with no country and
 * names none but it and Ukraine (once: a second such sentence ends it).
 */
function carriedSubject(
  state: DiscourseState,
  outcome: Extract<SentenceOutcome, { kind: "prose" }>,
): DiscourseState["lastSubject"] {
  const last = state.lastSubject;
  if (!last || last.carried || last.sentence !== outcome.sentence - 1) return null;
  if (outcome.speakerStated) return null;
  for (const m of outcome.mentions) if (m.country !== "UA" && m.country !== last.country) return null;
  return { ...last, sentence: outcome.sentence, carried: true };
}
