/**
 * Stage "propose": every (actor, commitment type) pair a sentence could state, with high
 * recall. The rule stages find the pairs they can read fully (origin "rule", with their stance);
 * this stage adds the pairs they could not (origin "loose": an actor named in or speaking the
 * sentence, a type named by a plain type word). The learned decision (model.ts) weighs both on
 * their named features (features.ts). Constraints stay rules: a reporter who speaks for no
 * government, and a sentence that only states a precondition, propose nothing.
 */
import { ADDRESSEE_BEFORE } from "./rules/speaker/addressee-before";
import { ORGANISATION_AS_MODIFIER } from "./rules/subjects/organisation-as-modifier";
import type { CommitmentType } from "@/lib/domain/taxonomy";
import type { ActorMention } from "./actors";
import type { TypeHit } from "./commitments";
import type { Cue } from "./stance";
import type { Span } from "./text";
import { isExcluded } from "./subjects";
import { firstMatch, SubstringSet } from "./text";
import { TYPE_WORD_FAMILIES, TYPE_WORD_FAMILY_KEYS, TYPE_WORD_KEYS } from "./type-words";

/** What the stages found in one sentence: the context every candidate of it is described by. */
export interface SentenceView {
  text: string;
  /** The text with frames, questions, hearsay and conditions blanked (offsets as in `text`). */
  cueText: string;
  sentenceIndex: number;
  cues: readonly Cue[];
  conditions: readonly Span[];
  mentions: readonly ActorMention[];
  speakerCountry: string | null;
  explicitSpeaker: boolean;
  frameCountry: string | null;
  startedInQuote: boolean;
  section: string;
  flashback: boolean;
  beforeRepeatedTitle: boolean;
  titleType: CommitmentType | null;
  titleCountries: readonly string[];
  /** The country the sentence before opened with, for "it" / "the country" here. */
  previousSubject: string | null;
}

/** How a loose candidate's actor is present in the sentence. */
export type ActorSource = "mention" | "speaker" | "frame" | "previous-subject";

export interface LooseActor {
  country: string;
  source: ActorSource;
  mention: ActorMention | null;
}

export interface TypeSighting {
  type: CommitmentType;
  start: number;
  end: number;
  text: string;
  /** Found by a type pattern of the lexicon (a reading), not only by a plain type word. */
  byPattern: boolean;
}

/**
 * The first sighting of each commitment type in the sentence: pattern hits first, then plain
 * type words (in `cueText`, offsets as in `text`), except of a type whose words a rule of the
 * lexicon set aside here (`vetoed`).
 */
export function sightTypes(
  cueText: string,
  text: string,
  hits: readonly TypeHit[],
  vetoed: ReadonlySet<CommitmentType> = new Set(),
): TypeSighting[] {
  const byType = new Map<CommitmentType, TypeSighting>();
  for (const h of hits)
    if (!byType.has(h.type))
      byType.set(h.type, { type: h.type, start: h.start, end: h.end, text: h.text, byPattern: true });
  let found: Uint8Array | null = null;
  for (let f = 0; f < TYPE_WORD_FAMILIES.length; f++) {
    const family = TYPE_WORD_FAMILIES[f]!;
    if (byType.has(family.type) || vetoed.has(family.type)) continue;
    // Every match of a family holds one of its keys: where none occurs, the family cannot match.
    found ??= TYPE_WORD_KEYS.find(text);
    if (!SubstringSet.anyOf(found, TYPE_WORD_FAMILY_KEYS[f]!)) continue;
    const m = firstMatch(family.re, text);
    if (m)
      byType.set(family.type, {
        type: family.type,
        start: m.index,
        end: m.index + m[0].length,
        text: m[0],
        byPattern: false,
      });
  }
  return [...byType.values()];
}

/** An adjective stands for its government only before an office, a force or an asset it owns ("British troops", "the Polish government"). */
const OWNER_NOUN =
  /^\s+(?:[\w-]+\s+)?(?:government|officials?|ministers?|ministry|president|prime|premier|chancellor|leaders?|authorities|parliament|side|diplomats?|defen[cs]e|foreign|troops?|soldiers|forces?|military|army|navy|air|contingent|instructors?|jets?|warships?|ships|pilots|frigates?|personnel|offer|proposal|pledge|contribution|participation|funding|aid)\b/iu;

const PRONOUN_SUBJECT = /^\s*(?:["“]\s*)?(?:it|they|the country|the government|its)\b/iu;

/**
 * At most this many actors per sentence become loose candidates: a sentence naming more is a
 * list, where the rules' reading of its subject is what counts, and the cost of describing
 * candidates must not grow with the square of a pasted list of names.
 */
export const MAX_LOOSE_ACTORS = 8;

/** Every actor the sentence could be about: who it names, who speaks it, who reports it, and "it" for the last subject. */
export function sightActors(view: SentenceView): LooseActor[] {
  const out = new Map<string, LooseActor>();
  for (const m of view.mentions) {
    if (out.has(m.country)) continue;
    // Who counts as a government stays a rule: not a country after a preposition or a verb of
    // helping ("help Ukraine", "troops to Estonia"), not a people or its media.
    if (isExcluded(view.cueText, m)) continue;
    if (m.kind === "adjective" && !OWNER_NOUN.test(view.text.slice(m.end, m.end + 40))) continue;
    // "told EU leaders that ...": the one spoken to hears the position, it does not hold it.
    if (ADDRESSEE_BEFORE.re.test(view.text.slice(Math.max(0, m.start - 24), m.start))) continue;
    // "the first EU country to", "NATO membership": the organisation classifies, it does not act.
    if (m.kind === "organisation" && ORGANISATION_AS_MODIFIER.re.test(view.cueText.slice(m.end, m.end + 20))) continue;
    out.set(m.country, { country: m.country, source: "mention", mention: m });
  }
  if (view.speakerCountry && !out.has(view.speakerCountry))
    out.set(view.speakerCountry, { country: view.speakerCountry, source: "speaker", mention: null });
  if (view.frameCountry && !out.has(view.frameCountry))
    out.set(view.frameCountry, { country: view.frameCountry, source: "frame", mention: null });
  if (view.previousSubject && !out.has(view.previousSubject) && PRONOUN_SUBJECT.test(view.text))
    out.set(view.previousSubject, { country: view.previousSubject, source: "previous-subject", mention: null });
  return [...out.values()].slice(0, MAX_LOOSE_ACTORS);
}

/** A candidate the rules read fully: their stages, on a type their lexicon's patterns named. */
export function isReadByRules(c: { reading?: { origin: string; type: { byPattern: boolean } } }): boolean {
  return c.reading?.origin === "rule" && c.reading.type.byPattern;
}
