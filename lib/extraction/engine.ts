/**
 * The extraction engine: from an article to proposed positions, as a pipeline of named stages
 * with typed data between them:
 *
 *   segment (sentences.ts) -> furniture (furniture.ts) -> frames and speaker (speaker.ts)
 *   -> mask (mask.ts) -> commitments (commitments.ts) -> clauses (clauses.ts)
 *   -> stance (stance.ts) -> actors (subjects.ts) -> score (confidence.ts) -> reduce
 *
 * Each sentence is read against the discourse state (discourse.ts), which `advance` moves on
 * once per sentence from what the stages found in it.
 */
import type { CommitmentType, Stance } from "@/lib/domain/taxonomy";
import { findActorMentions, introduceOfficials, withArticlePeople, type ActorMention } from "./actors";
import { sightActors, sightTypes, type SentenceView, type TypeSighting } from "./candidates";
import type { ArticleInput } from "./article";
import { splitClauses } from "./clauses";
import { bestHitPerClause, findCommitments, findTypeHits, takenUpHit, type TypeHit } from "./commitments";
import {
  applyOfferCondition,
  applyOwnPartCondition,
  applyPrecondition,
  applyReportedPrecondition,
  findConditions,
  preconditionOf,
} from "./conditions";
import { confidenceFeatures, explain, scoreFeatures } from "./confidence";
import {
  advance,
  initialState,
  jointPartiesOf,
  type DiscourseState,
  type SentenceOutcome,
  type Speaker,
} from "./discourse";
import { classifySentence, lineSpeakerOf, listLeadIn, titleRepeatIndex, type FurnitureVerdict } from "./furniture";
import * as lexicon from "./lexicon";
import { maskSentence } from "./mask";
import { reduce } from "./reduce";
import { decide, type ExtractionModel } from "./model";
import { SHIPPED_MODEL } from "./shipped-model";
import { splitSentences, type SentenceSpan } from "./sentences";
import { continuedQuotes, findFrames, resolveSpeaker, speakerFor, speakerFromText, statementDate } from "./speaker";
import {
  actorStance,
  clauseStance,
  findStanceCues,
  governingCue,
  meansClauseCue,
  withClauseCue,
  colonElaborationCue,
  measureStance,
  notOnlyClauseCue,
} from "./stance";
import {
  agreementDonors,
  isExcluded,
  ownedMeasure,
  ownersOf,
  resolveActors,
  withMeasureOwners,
  type SubjectResult,
} from "./subjects";
import { ABSTRACT_SUBJECT_IS_A_VIEW } from "./rules/reading/abstract-subject-is-a-view";
import { COMMITMENT_OF_ANOTHER_AGENT } from "./rules/reading/commitment-of-another-agent";
import { CONDITIONAL_PLEDGE_WITHOUT_TYPE } from "./rules/reading/conditional-pledge-without-type";
import { ELABORATION_KEEPS_CONDITION } from "./rules/reading/elaboration-keeps-condition";
import { CONDITION_STATED_FIRST } from "./rules/reading/condition-stated-first";
import { HELP_COMES_AFTER } from "./rules/engine/help-comes-after";
import { MEETING_JOIN } from "./rules/engine/meeting-join";
import { HEDGE_ABOUT_ANOTHER_COUNTRY } from "./rules/reading/hedge-about-another-country";
import { ALLEGATION_ABOUT_ANOTHER_COUNTRY } from "./rules/reading/allegation-about-another-country";
import { CALL_ON_A_GROUP } from "./rules/reading/call-on-a-group";
import { CALL_ON_ANOTHER_COUNTRY } from "./rules/reading/call-on-another-country";
import { MEASURE_UNDER_DELIBERATION } from "./rules/reading/measure-under-deliberation";
import { REFUSAL_TO_TALK } from "./rules/reading/refusal-to-talk";
import { DOUBT_ABOUT_ITS_OWN_PART } from "./rules/reading/doubt-about-its-own-part";
import { WHAT_UKRAINE_NEEDS_IS_THE_SPEAKERS_VIEW } from "./rules/reading/what-ukraine-needs-is-the-speakers-view";
import { US_NAMED_IN_THE_BACKSTOP } from "./rules/reading/us-named-in-the-backstop";
import { RESPECTIVELY_PAIRS_IN_ORDER } from "./rules/reading/respectively-pairs-in-order";
import { AGREEMENT_NOUN } from "./rules/subjects/agreement-noun";
import { allMatches, countQuotes, normalise, uniq } from "./text";
import { ANSWER_PRONOUN } from "./rules/commitments/answer-pronoun";
import type { Candidate, PositionProposal } from "./types";
import { FRONTED_ADVERBIAL } from "./rules/engine/fronted-adverbial";
import { PEOPLE_AS_SUBJECT } from "./rules/engine/people-as-subject";
import { DEFINITE_PEOPLE } from "./rules/actors/definite-people";
import { OFFICE_OPENS_SENTENCE } from "./rules/engine/office-opens-sentence";
import { OPENING_GROUP_JOIN } from "./rules/engine/opening-group-join";
import { ORGANISATION_AS_MODIFIER_OPENING } from "./rules/engine/organisation-as-modifier-opening";
import { PUNCTUATION_BEFORE_SUBJECT } from "./rules/engine/punctuation-before-subject";
import { WHITESPACE } from "./rules/speaker/whitespace";
import { NON_GOVERNMENT_REPORTER } from "./rules/speaker/non-government-reporter";
import { WOULD } from "./rules/engine/would";
import { LIST_JOINT } from "./rules/engine/list-joint";
import { LEAD_IN_END } from "./rules/engine/lead-in-end";
import { LIST_ITEM_END } from "./rules/engine/list-item-end";
import { APPOSITIVE_MEASURE_STANCE } from "./rules/engine/appositive-measure-stance";
import { WELCOMED_OFFER } from "./rules/engine/welcomed-offer";
import { CLAUSE_IN_THE_PAST } from "./rules/engine/clause-in-the-past";

export type { PositionProposal } from "./types";

// Plain constants: read through the module namespace once, not through live-binding getters
// on every use in the hot loop.
const { EARLIER_RE } = lexicon;

/** The weight of a hit that is only a plain type word (type-words.ts): read by the stages, never by the rules alone. */
const TYPE_WORD_WEIGHT = 0.25;
/** How many sentences after a question its answer may take up what it asked about. */
const ANSWER_REACH = 2;
/** The weight of a plain type word listed with a commitment the lexicon reads: read as the lexicon's. */
const LISTED_TYPE_WORD_WEIGHT = 0.6;

/** What the whole article offers every sentence: its headline's commitment and teaser boundary. */
interface ArticleFrame {
  published: string | null | undefined;
  titleType: CommitmentType | null;
  titleCountries: string[];
  titleRepeat: number;
}

/**
 * All proposals for an article, one per (country, commitment), most confident first: the
 * candidates of the stages, decided by the learned model (stage "decide", model.ts).
 */
export function extractPositions(article: ArticleInput, model: ExtractionModel = SHIPPED_MODEL): PositionProposal[] {
  return decide(extractCandidates(article), model);
}

/** The rules alone, without the learned decision: the ablation `npm run eval` reports. */
export function extractPositionsByRules(article: ArticleInput): PositionProposal[] {
  return reduce(extractCandidates(article).filter((c) => c.reading?.origin !== "loose" && c.reading?.type.byPattern));
}

/**
 * Every candidate the stages find before "reduce" keeps one per (country, commitment): what
 * `npm run eval` shows beside a wrong evidence sentence (was the gold sentence a candidate?).
 */
export function extractCandidates(article: ArticleInput): Candidate[] {
  const body = article.body ?? "";
  const sentences = splitSentences(body);
  const titleNorm = article.title ? normalise(article.title) : "";
  const frameOfArticle: ArticleFrame = {
    published: article.published,
    titleType: article.title ? (findTypeHits(article.title, article.title)[0]?.type ?? null) : null,
    titleCountries: article.title ? uniq(findActorMentions(article.title).map((m) => m.country)) : [],
    titleRepeat: titleRepeatIndex(sentences, titleNorm),
  };
  return withArticlePeople(() => {
    // An official the lede names by name alone and a later sentence introduces by nationality
    // and office ("A B said ..." then "Croatian President A B ...") is that country's
    // official from the start: the officials are introduced over the whole article first.
    for (const sentence of sentences) introduceOfficials(sentence.text, findActorMentions(sentence.text));
    let state = initialState(article.title);
    const candidates: Candidate[] = [];
    /** The discourse as it stood before a list's lead-in: every item is read against it. */
    let listBase: DiscourseState | null = null;
    let before = state;
    for (let si = 0; si < sentences.length; si++) {
      const lead = state.section === "background" ? -1 : listLeadIn(body, sentences, si);
      let outcome: SentenceOutcome;
      if (lead < 0) outcome = readSentence(body, sentences, si, state, titleNorm, frameOfArticle, candidates);
      else {
        if (lead === si - 1 || !listBase) listBase = before;
        const item = itemState(listBase, state, lead, si);
        outcome = readSentence(body, sentences, si, item, titleNorm, frameOfArticle, candidates, sentences[lead]);
      }
      before = state;
      state = advance(state, outcome);
    }
    return candidates;
  });
}

/**
 * The state a list item is read against: the one its lead-in was read against, as if the item
 * came right after the sentence before the lead-in (its subject and conditions are the
 * antecedents of every item), with what the items before it named and the quotation now.
 */
function itemState(base: DiscourseState, now: DiscourseState, lead: number, si: number): DiscourseState {
  return {
    ...base,
    inQuote: now.inQuote,
    recentTypes: now.recentTypes,
    lastSubject:
      base.lastSubject && base.lastSubject.sentence === lead - 1 ? { ...base.lastSubject, sentence: si - 1 } : null,
    lastConditions:
      base.lastConditions.sentence === lead - 1 ? { ...base.lastConditions, sentence: si - 1 } : base.lastConditions,
  };
}

/**
 * One sentence through the stages; its candidates are appended, its outcome returned for the
 * discourse. A list item is read with the lead-in it goes on from ("The two countries will:"
 * then "deploy troops ..."): the two as one sentence, the item alone as the evidence.
 */
function readSentence(
  body: string,
  sentences: readonly SentenceSpan[],
  si: number,
  state: DiscourseState,
  titleNorm: string,
  articleFrame: ArticleFrame,
  candidates: Candidate[],
  leadIn?: SentenceSpan,
): SentenceOutcome {
  const sentence = sentences[si]!;
  // A paragraph that reopens the open quotation continues it ("speaker/reopened-quote").
  const quotes = continuedQuotes(countQuotes(sentence.text), state.inQuote, sentence.text);

  // furniture
  const verdict: FurnitureVerdict = leadIn
    ? { kind: "prose", offset: 0 }
    : classifySentence(body, sentence, state, titleNorm, quotes);
  switch (verdict.kind) {
    case "heading":
      return {
        kind: "heading",
        section: verdict.section,
        ...(verdict.country ? { country: { code: verdict.country, sentence: si } } : {}),
        jointParties: jointPartiesOf(sentence.text, findActorMentions(sentence.text)),
      };
    case "repeated-title":
      return { kind: "repeated-title" };
    case "source-line": {
      introduceOfficials(sentence.text, findActorMentions(sentence.text));
      const who = speakerFromText(sentence.text, state);
      return { kind: "source-line", speaker: who?.explicit ? who.speaker : null };
    }
    case "aside":
      return { kind: "skipped", quotes };
    case "question": {
      // What a question names is what the answer after it is about ("Will Germany send
      // troops? That is not on the agenda, Pistorius said."), though the question states nothing.
      if (state.section === "background") return { kind: "skipped", quotes };
      const named = findTypeHits(sentence.text, sentence.text)
        .filter((h) => h.weight >= 0.8)
        .map((h) => h.type);
      return {
        kind: "skipped",
        quotes,
        named: named.length ? { sentence: si, types: [...new Set(named)] } : undefined,
        question: si,
      };
    }
    case "prose":
      break;
  }
  const evidence = sentence.text.slice(verdict.offset);
  const evidenceStart = sentence.start + verdict.offset;
  const text = leadIn
    ? `${leadIn.text.replace(LEAD_IN_END.re, "")} ${evidence.replace(LIST_ITEM_END.re, "")}`
    : (verdict.reading ?? evidence);
  const startedInQuote = state.inQuote;
  const mentions = findActorMentions(text);
  introduceOfficials(text, mentions);

  // frames -> mask -> speaker
  const frame = findFrames(text, state);
  const question = state.lastQuestion && si - state.lastQuestion.sentence <= ANSWER_REACH ? state.lastQuestion : null;
  const {
    masked: maskedText,
    cueText,
    conditions,
    mayHoldCommitment,
    questions,
  } = maskSentence(text, frame, question !== null);
  // Phenomenon: "Merz was asked whether Germany would send troops. 'That is not on the agenda,'
  // he said.": a question states nothing, but the answer's "that" is what it asked about.
  const asked = questions.length
    ? [
        ...new Set(
          questions.flatMap((q) =>
            findTypeHits(q, q)
              .filter((h) => h.weight >= 0.8)
              .map((h) => h.type),
          ),
        ),
      ]
    : [];
  const attribution = resolveSpeaker(
    text,
    cueText,
    frame,
    mentions,
    sentences,
    si,
    state,
    quotes,
    leadIn ? null : lineSpeakerOf(body, sentence.start),
  );
  const { speaker } = attribution;
  // In an opinion piece a sentence with no frame and no quotation is the writer's own view.
  const writersOwn =
    state.section === "opinion" && frame.spans.length === 0 && !startedInQuote && quotes.opens + quotes.straight === 0;
  const noGovernment = frame.noGovernment || writersOwn;

  // commitments -> clauses -> stance cues
  const isPrecondition = si > 0 && preconditionOf(text) !== null;
  const vetoed = new Set<CommitmentType>();
  /** Types whose actors the rules worked out here: their answer (even nobody) stands for the speaker and "it". */
  const actorsReadFor = new Set<CommitmentType>();
  /** Types whose clause has a body that speaks for no government as its subject ("the opposition parties opposed ..."). */
  const nonGovernmentSubjectFor = new Set<CommitmentType>();
  const hits: TypeHit[] =
    !isPrecondition && mayHoldCommitment
      ? findCommitments(
          cueText,
          text,
          asked.length ? [...state.recentTypes, ...asked.map((type) => ({ type, sentence: si }))] : state.recentTypes,
          si,
          articleFrame.titleType,
          vetoed,
          conditions.length ? (findTypeHits(conditions[0]!.text, conditions[0]!.text)[0]?.type ?? null) : null,
        )
      : [];
  // "Q: And monitoring a ceasefire? A: That is something we would look at.": an answer that
  // names no commitment of its own takes up the question's with "that" / "it".
  if (question && hits.length === 0 && mayHoldCommitment && !isPrecondition)
    for (const m of allMatches(ANSWER_PRONOUN.re, cueText))
      for (const type of question.types) hits.push(takenUpHit(type, m, text));
  // propose, first half: a type named only by a plain type word is read by the same stages too,
  // as a weak hit; what they make of it is a feature, and the rules alone ignore it.
  const proposing = mayHoldCommitment && !isPrecondition && !noGovernment;
  const sightings = proposing ? sightTypes(cueText, text, hits, vetoed) : [];
  const wordHits: TypeHit[] = listItemsOfPatternHits(
    sightings
      .filter((s) => !s.byPattern)
      .map((s) => ({ type: s.type, start: s.start, end: s.end, text: s.text, weight: TYPE_WORD_WEIGHT })),
    hits,
    cueText,
  );
  const readHits = wordHits.length ? [...hits, ...wordHits].sort((a, b) => a.start - b.start) : hits;
  const cues = readHits.length ? findStanceCues(cueText, text) : [];
  const clauses = readHits.length
    ? splitClauses(
        cueText,
        text,
        readHits.map((h) => h.start),
      )
    : [];
  const flashback = EARLIER_RE.test(text.trim());
  EARLIER_RE.lastIndex = 0;

  const actorContext = {
    cueText,
    text,
    clauses,
    mentions,
    cues,
    frameCountry: frame.frameCountry,
    frameGroup: frame.frameGroup,
    speaker,
    discourse: state,
    startedInQuote,
    sentenceIndex: si,
    previousText: sentences[si - 1]?.text ?? "",
    cache: new Map<number, SubjectResult>(),
  };
  let statedOn: string | null | undefined;
  const firstCandidate = candidates.length;
  const view: SentenceView = {
    text,
    cueText,
    sentenceIndex: si,
    cues,
    conditions,
    mentions,
    speakerCountry: speaker.country,
    explicitSpeaker: attribution.explicit,
    frameCountry: frame.frameCountry,
    startedInQuote,
    section: state.section,
    flashback,
    beforeRepeatedTitle: articleFrame.titleRepeat > 0 && si < articleFrame.titleRepeat,
    titleType: articleFrame.titleType,
    titleCountries: articleFrame.titleCountries,
    previousSubject: state.lastSubject?.sentence === si - 1 ? state.lastSubject.country : null,
  };
  const sightingOf = (hit: TypeHit): TypeSighting => ({
    type: hit.type,
    start: hit.start,
    end: hit.end,
    text: hit.text,
    byPattern: hit.weight !== TYPE_WORD_WEIGHT,
  });
  for (const { hit, clauseIndex } of bestHitPerClause(readHits, clauses)) {
    const clause = clauses[clauseIndex]!;
    // stance: the cue that governs the commitment in its clause
    const clauseCues = cues.filter((c) => c.start >= clause.start && c.end <= clause.end);
    // "Italy supports Britain's plan to deploy troops": the commitment is the measure's owner's.
    const measure = ownedMeasure(cueText, hit, clause, mentions);
    const cue =
      governingCue(clauseCues, hit, cueText) ??
      meansClauseCue(clauses, clauseIndex, cues) ??
      withClauseCue(clauses, clauseIndex, cues) ??
      notOnlyClauseCue(clauses, clauseIndex, cues) ??
      colonElaborationCue(clauses, clauseIndex, cues, cueText) ??
      (measure && { kind: "commit" as const, start: measure.start, end: measure.end, text: measure.noun });
    if (!cue) continue;
    if (COMMITMENT_OF_ANOTHER_AGENT.read({ cue, hit, cueText })) continue;
    if (REFUSAL_TO_TALK.read({ cue, hit, cueText })) continue;

    // actors
    const read = resolveActors(cue, hit, clauseIndex, actorContext);
    const subjects =
      WHAT_UKRAINE_NEEDS_IS_THE_SPEAKERS_VIEW.read({
        cue,
        actors: read,
        speaker,
        isSpeakerNamed: Boolean(attribution.explicit || frame.speaker),
      }) ?? read;
    const called = measure
      ? null
      : CALL_ON_ANOTHER_COUNTRY.read({
          cue,
          actors: subjects,
          speaker,
          isSpeakerNamed: Boolean(attribution.explicit || frame.speaker),
        });
    const readActors = measure
      ? withMeasureOwners(subjects, measure)
      : (called?.actors ??
        US_NAMED_IN_THE_BACKSTOP.read({ hit, actors: subjects, speaker, cue, cueText }) ??
        RESPECTIVELY_PAIRS_IN_ORDER.read({ hit, actors: subjects, hits, cueText }) ??
        subjects);
    // "Europe should ..., the Swedish prime minister said": a call on a group is the speaker's view.
    const groupCall =
      readActors.length === 0 && !measure
        ? CALL_ON_A_GROUP.read({
            cue,
            before: cueText.slice(clause.start, cue.start),
            speaker,
            isSpeakerNamed: Boolean(attribution.explicit || frame.speaker),
          })
        : null;
    const actors = groupCall?.actors ?? readActors;
    actorsReadFor.add(hit.type);
    if (
      actors.length === 0 &&
      NON_GOVERNMENT_REPORTER.re.test(cueText.slice(clause.start, Math.min(cue.start, hit.start)))
    )
      nonGovernmentSubjectFor.add(hit.type);
    if (actors.length === 0 || noGovernment) continue;

    const decided = clauseStance(cue, hit, clause, clauses, conditions, cueText, text);
    if (!decided) continue;
    const measureCue = measure && {
      kind: "commit" as const,
      start: measure.start,
      end: measure.end,
      text: measure.noun,
    };
    const ownerDecided = measureCue && clauseStance(measureCue, hit, clause, clauses, conditions, cueText, text);
    if (MEASURE_UNDER_DELIBERATION.read({ cue, actors })) continue;
    const stance =
      called?.stance ?? groupCall?.stance ?? ABSTRACT_SUBJECT_IS_A_VIEW.read({ stance: decided.stance, actors });

    for (const actor of actors) {
      const isSpeakerNamed = Boolean(attribution.explicit || frame.speaker);
      if (HEDGE_ABOUT_ANOTHER_COUNTRY.read({ stance, cue, actor, speaker, isSpeakerNamed })) continue;
      if (ALLEGATION_ABOUT_ANOTHER_COUNTRY.read({ text, actor, speaker })) continue;
      const ownStance = actor.measure
        ? measureStance(
            actor.measure,
            measure!,
            cue,
            stance,
            ownerDecided?.stance ?? null,
            clauseCues,
            cueText,
            hit.start,
          )
        : stance;
      if (!ownStance) continue;
      let finalStance = actorStance(
        ownStance,
        actor,
        hit,
        speaker.country,
        () => ownersOf(cueText, hit, mentions),
        cueText,
      );
      if (
        !finalStance ||
        DOUBT_ABOUT_ITS_OWN_PART.read({ stance: finalStance, cue, cues, country: actor.country, hit, cueText })
      )
        continue;
      // score
      const features = confidenceFeatures({
        actorHow: actor.how,
        explicitSpeaker: attribution.explicit,
        unattributed: !speaker.country && !startedInQuote,
        cueWeight: hit.weight,
        stanceCue: cue.kind,
        stanceWord: cue.text,
        reportedWould: frame.spans.length > 0 && WOULD.re.test(cue.text),
        stance: finalStance,
        beforeRepeatedTitle: articleFrame.titleRepeat > 0 && si < articleFrame.titleRepeat,
        flashback: flashback || clauseInThePast(text.slice(clause.start, clause.end), articleFrame.published),
        recallSection: state.section === "recall",
      });
      let condition =
        finalStance !== "conditional"
          ? null
          : actor.measure === "owner" && decided.stance !== "conditional"
            ? (ownerDecided?.condition ?? null)
            : decided.condition;
      const lastCondition =
        state.lastConditions.sentence === si - 1 ? state.lastConditions.byCountry.get(actor.country) : undefined;
      const inherited =
        ELABORATION_KEEPS_CONDITION.read({
          stance: finalStance,
          inherited: lastCondition,
          clauseLead: () => cueText.slice(clause.start, cue.start),
        }) ??
        CONDITION_STATED_FIRST.read({
          stance: finalStance,
          inherited: lastCondition,
          statedFirst: state.lastConditions.statedFirst === true,
        });
      if (inherited !== null) {
        finalStance = "conditional";
        condition = inherited;
      }
      candidates.push({
        country: actor.country,
        commitment: hit.type,
        stance: finalStance,
        speaker: speakerFor(actor.country, actor.mention, speaker, state),
        condition,
        evidence,
        start: evidenceStart,
        end: sentence.end,
        statedOn: statedOn === undefined ? (statedOn = statementDate(frame, text, articleFrame.published)) : statedOn,
        confidence: scoreFeatures(features),
        cues: uniq([
          hit.text,
          decided.stanceWord,
          ...(condition ? [condition.split(WHITESPACE.re).slice(0, 3).join(" ")] : []),
        ]),
        explanation: explain(features),
        order: si,
        reading: { origin: "rule", view, type: sightingOf(hit), actorMention: actor.mention, actorSource: actor.how },
      });
    }
  }

  // "the deployment of troops, a move that France and Canada have backed": the appositive's
  // subject takes a stance on the commitment named just before it.
  if (!noGovernment) {
    const ruled = new Set(candidates.slice(firstCandidate).map((c) => `${c.country}|${c.commitment}`));
    for (const { hit, mention: m, stance, stanceWord } of [
      ...appositiveMeasureStances(hits, mentions, cueText),
      ...welcomedOfferStances(hits, mentions, cueText),
    ]) {
      if (ruled.has(`${m.country}|${hit.type}`)) continue;
      ruled.add(`${m.country}|${hit.type}`);
      const features = confidenceFeatures({
        actorHow: "subject",
        explicitSpeaker: attribution.explicit,
        unattributed: !speaker.country && !startedInQuote,
        cueWeight: hit.weight,
        stanceCue: stance === "opposes" ? "oppose" : "support",
        stanceWord,
        reportedWould: false,
        stance,
        beforeRepeatedTitle: articleFrame.titleRepeat > 0 && si < articleFrame.titleRepeat,
        flashback,
        recallSection: state.section === "recall",
      });
      candidates.push({
        country: m.country,
        commitment: hit.type,
        stance,
        speaker: speakerFor(m.country, m, speaker, state),
        condition: null,
        evidence,
        start: evidenceStart,
        end: sentence.end,
        statedOn: statedOn === undefined ? (statedOn = statementDate(frame, text, articleFrame.published)) : statedOn,
        confidence: scoreFeatures(features),
        cues: uniq([hit.text, stanceWord]),
        explanation: explain(features),
        order: si,
        reading: { origin: "rule", view, type: sightingOf(hit), actorMention: m, actorSource: "subject" },
      });
    }
  }

  // "However, to do so, we must first ...": a precondition for what the sentence before pledged.
  applyPrecondition(candidates, si, sentence, sentences[si + 1]);
  applyOfferCondition(candidates, si, text, mentions, frame.spans);
  // "Türkiye would take part only if ...": a later limit on the country's own part.
  applyOwnPartCondition(candidates, si, text, mentions, frame.spans);
  // "Her defence minister added that the jets would fly only once ...": the same, in reported words.
  if (frame.spans.length && !isPrecondition) applyReportedPrecondition(candidates, si, maskedText, speaker.country);

  const donors = AGREEMENT_NOUN.hint.test(text) && AGREEMENT_NOUN.re.test(text) ? agreementDonors(mentions) : [];
  const conditionsByCountry = new Map<string, string>();
  for (let k = firstCandidate; k < candidates.length; k++) {
    const c = candidates[k]!;
    if (c.reading?.type.byPattern === false) continue;
    if (c.stance === "conditional" && c.condition && !conditionsByCountry.has(c.country))
      conditionsByCountry.set(c.country, c.condition);
  }
  const pledgedWithoutType = CONDITIONAL_PLEDGE_WITHOUT_TYPE.read({
    hasTypeHits: hits.length > 0,
    nextText: sentences[si + 1]?.text,
    text,
    maskedText,
    conditions,
    mentions,
    conditioned: conditionsByCountry,
  });
  for (const [country, condition] of pledgedWithoutType) conditionsByCountry.set(country, condition);
  // "Romania said its help would come after a peace deal is signed.": a condition for the part of
  // the country that reports or speaks, stated before the pledges of the next sentence.
  let conditionsStatedFirst = false;
  const teller = frame.frameCountry ?? speaker.country;
  if (teller && !conditionsByCountry.size && firstCandidate === candidates.length) {
    const comes = HELP_COMES_AFTER.re.exec(maskedText);
    if (comes) {
      // The mask looks for conditions only where a commitment may be named; "its help" names none.
      const end = comes.index + comes[0].length;
      const condition = (conditions.length ? conditions : findConditions(maskedText)).find(
        (c) => c.start >= end && c.start <= end + 8,
      );
      if (condition) {
        conditionsByCountry.set(teller, condition.text);
        conditionsStatedFirst = true;
      }
    }
  }

  // propose, second half: the pairs the rules could not read, for the learned decision to weigh
  if (proposing) {
    const ruled = new Set<string>();
    for (let k = firstCandidate; k < candidates.length; k++)
      ruled.add(`${candidates[k]!.country}|${candidates[k]!.commitment}`);
    const actors = sightings.length ? sightActors(view) : [];
    const next = sentences[si + 1];
    const precondition = actors.length && next ? preconditionOf(next.text) : null;
    const condition =
      conditions[0]?.text ??
      (precondition
        ? (precondition[1] ?? precondition[2] ?? precondition[3] ?? precondition[4] ?? precondition[5] ?? null)
        : null);
    for (const actor of actors)
      for (const sighting of sightings) {
        if (ruled.has(`${actor.country}|${sighting.type}`)) continue;
        if (actor.source !== "mention" && actorsReadFor.has(sighting.type)) continue;
        // "The opposition parties opposed sending Czech troops": the opposition acts for no
        // government, so the country its words name proposes nothing either.
        if (nonGovernmentSubjectFor.has(sighting.type)) continue;
        candidates.push({
          country: actor.country,
          commitment: sighting.type,
          stance: "committed",
          speaker: speakerFor(actor.country, actor.mention, speaker, state),
          condition,
          evidence,
          start: evidenceStart,
          end: sentence.end,
          statedOn: statedOn === undefined ? (statedOn = statementDate(frame, text, articleFrame.published)) : statedOn,
          confidence: 0,
          cues: [sighting.text],
          explanation: [],
          order: si,
          reading: { origin: "loose", view, type: sighting, actorMention: actor.mention, actorSource: actor.source },
        });
      }
  }

  const openingPeopleCountry = openingPeople(text, mentions);
  const officials = openingOfficials(text, mentions);
  return {
    kind: "prose",
    sentence: si,
    quotes,
    startedInQuote,
    speaker,
    speakerStated: attribution.stated,
    mentions,
    hits,
    agreementDonor: donors.length === 1 ? donors[0]! : null,
    agreementDonors: donors.length === 2 || donors.length === 3 ? donors : [],
    conditions: conditionsByCountry,
    ...(conditionsStatedFirst ? { conditionsStatedFirst } : {}),
    subjectCountry: openingSubject(text, mentions) ?? openingPeopleCountry ?? officials[0] ?? null,
    subjectGroup: officials.length ? officials : openingGroup(text, mentions),
    subjectPlural: openingPeopleCountry !== null,
    officeOpener: attribution.stated ? null : openingOffice(text, mentions),
    ...(asked.length ? { asked } : {}),
    jointParties: jointPartiesOf(text, mentions),
  };
}

/**
 * Whether a clause opens on a time long past ("Three years ago Britain ruled out ...; now ..."):
 * its reading is background. A year counts only when it is before the article's own year.
 */
function clauseInThePast(clause: string, published: string | null | undefined): boolean {
  const m = CLAUSE_IN_THE_PAST.re.exec(clause);
  if (!m) return false;
  const year = m.groups?.year;
  return !year || !published || Number(year) < Number(published.slice(0, 4));
}

/** A country's stance on a commitment that another phrase of the sentence gives it, with the word that decided. */
interface MeasureStance {
  hit: TypeHit;
  mention: ActorMention;
  stance: Stance;
  stanceWord: string;
}

/**
 * "the deployment of troops, a move that France and Canada have backed": each country (Ukraine
 * aside) named as the subject of an appositive right after a commitment, with the stance the
 * appositive's verb takes on it (APPOSITIVE_MEASURE_STANCE), once per commitment and country.
 */
function appositiveMeasureStances(
  hits: readonly TypeHit[],
  mentions: readonly ActorMention[],
  cueText: string,
): MeasureStance[] {
  const out: MeasureStance[] = [];
  for (const hit of hits) {
    const appositive = APPOSITIVE_MEASURE_STANCE.re.exec(cueText.slice(hit.end, hit.end + 200));
    if (!appositive) continue;
    const stance: Stance = appositive[3] ? "opposes" : "supports";
    const stanceWord = appositive[2] ?? appositive[3]!;
    const subjectStart = hit.end + appositive[0].lastIndexOf(appositive[1]!);
    const subjectEnd = subjectStart + appositive[1]!.length;
    const seen = new Set<string>();
    for (const mention of mentions) {
      if (mention.start < subjectStart || mention.end > subjectEnd || mention.country === "UA") continue;
      if (seen.has(mention.country)) continue;
      seen.add(mention.country);
      out.push({ hit, mention, stance, stanceWord });
    }
  }
  return out;
}

/** The types Ukraine's own position on may be labelled: the foreign force, air defence, monitoring. */
const UKRAINE_SUPPORTS: ReadonlySet<CommitmentType> = new Set(["troops", "air", "monitoring"]);

/**
 * "Kyiv welcomed the Estonian offer of troops": Ukraine, the one country named before the verb
 * (WELCOMED_OFFER), supports the foreign force, air defence or monitoring another offers (its own
 * position on them, by the labelling convention; what it receives is never its position). Another
 * country that welcomes an offer is left to the owner's pledge ("Starmer welcomed the Dutch offer
 * of minehunters" is the Netherlands' pledge alone).
 */
function welcomedOfferStances(
  hits: readonly TypeHit[],
  mentions: readonly ActorMention[],
  cueText: string,
): MeasureStance[] {
  const out: MeasureStance[] = [];
  for (const hit of hits) {
    const from = Math.max(0, hit.start - 80);
    const welcomed = WELCOMED_OFFER.re.exec(cueText.slice(from, hit.start));
    if (!welcomed) continue;
    const verbStart = from + welcomed.index;
    const before = mentions.filter((m) => m.end <= verbStart);
    const countries = new Set(before.map((m) => m.country));
    const mention = before[before.length - 1];
    if (!mention || countries.size !== 1) continue;
    if (mention.country !== "UA" || !UKRAINE_SUPPORTS.has(hit.type)) continue;
    out.push({ hit, mention, stance: "supports", stanceWord: welcomed[1]! });
  }
  return out;
}

/**
 * Phenomenon: a plain type word listed with a commitment the lexicon reads ("contributions in
 * the form of intelligence, logistics or equipment": logistics is read, intelligence and
 * equipment are plain words) is another item of the same contribution, read as the lexicon's.
 * The list is followed in both directions, item by item, over commas, "and" and "or" only.
 */
function listItemsOfPatternHits(words: TypeHit[], hits: readonly TypeHit[], cueText: string): TypeHit[] {
  if (words.length === 0 || hits.length === 0) return words;
  const items = [...hits];
  let grown = true;
  while (grown) {
    grown = false;
    for (let k = 0; k < words.length; k++) {
      const w = words[k]!;
      if (w.weight !== TYPE_WORD_WEIGHT) continue;
      // "provide F-16 jets, train crews", "Mirage jets and train pilots": a word inside or at the end
      // of a phrase the lexicon read is that phrase's head, not an item of its own.
      if (
        hits.some(
          (h) =>
            (h.start <= w.start && h.end >= w.end) ||
            (h.end <= w.start && w.start - h.end <= 1 && cueText.slice(h.end, w.start).trim() === ""),
        )
      )
        continue;
      const joined = items.some((h) => {
        const gap =
          h.end <= w.start ? cueText.slice(h.end, w.start) : w.end <= h.start ? cueText.slice(w.end, h.start) : null;
        return gap !== null && gap.length <= 12 && LIST_JOINT.re.test(gap);
      });
      if (!joined) continue;
      const item = { ...w, weight: LISTED_TYPE_WORD_WEIGHT };
      words[k] = item;
      items.push(item);
      grown = true;
    }
  }
  return words;
}

/**
 * "Norway has pledged to help.": a country named first, within the first words, with no
 * preposition before it; a fronted adverbial ("On Tuesday, Norway ...") may come first.
 */
function openingSubject(text: string, mentions: readonly ActorMention[]): string | null {
  const first = mentions[0];
  const fronted = FRONTED_ADVERBIAL.re.exec(text)?.[0].length ?? 0;
  if (!first || first.start > fronted + 24) return null;
  // "The EU has agreed ...": an organisation too, unless it only names its members or a thing ("NATO allies").
  const organisation =
    first.kind === "organisation" && !ORGANISATION_AS_MODIFIER_OPENING.re.test(text.slice(first.end, first.end + 30));
  if (first.kind !== "name" && first.kind !== "capital" && !organisation) return null;
  if (PUNCTUATION_BEFORE_SUBJECT.re.test(text.slice(fronted, first.start)) || isExcluded(text, first)) return null;
  return first.country;
}

/**
 * "The Dutch are ready to ...", "The Americans have promised ...": the country of a people
 * named with the article as the sentence's opening subject, for "they" in the next.
 */
function openingPeople(text: string, mentions: readonly ActorMention[]): string | null {
  const first = mentions[0];
  if (!first || first.start > 4 || !DEFINITE_PEOPLE.re.test(text.slice(0, first.start))) return null;
  if (!first.people && first.kind !== "adjective") return null;
  return PEOPLE_AS_SUBJECT.re.test(text.slice(first.end, first.end + 20)) ? first.country : null;
}

/**
 * "Norway's defence minister spoke in Oslo.", "The Dutch prime minister visited Kyiv.": the
 * country of an official named by office at the start of a sentence with no frame, as the
 * speaker of what follows ("..., he said").
 */
function openingOffice(text: string, mentions: readonly ActorMention[]): Speaker | null {
  const first = mentions[0];
  if (!first || (first.kind !== "name" && first.kind !== "adjective")) return null;
  const fronted = FRONTED_ADVERBIAL.re.exec(text)?.[0].length ?? 0;
  if (first.start > fronted + 4) return null;
  if (!OFFICE_OPENS_SENTENCE.re.test(text.slice(first.end, first.end + 60))) return null;
  return { name: null, country: first.country };
}

/**
 * "Macron and Starmer met in Paris.", "French President A and British Prime Minister B visited
 * Kyiv.": the countries of officials of different countries coordinated as the opening subject,
 * for "the two leaders said their countries ..." / "they" in the next sentence.
 */
function openingOfficials(text: string, mentions: readonly ActorMention[]): string[] {
  const fronted = FRONTED_ADVERBIAL.re.exec(text)?.[0].length ?? 0;
  const first = mentions[0];
  if (!first || first.start > fronted + 4 || PUNCTUATION_BEFORE_SUBJECT.re.test(text.slice(fronted, first.start)))
    return [];
  const group: string[] = [];
  let end = -1;
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k]!;
    // "French President Emmanuel Macron": the nationality of the official named next opens the item.
    const official = m.kind === "adjective" && mentions[k + 1]?.kind === "person" ? mentions[k + 1]! : m;
    if (official.kind !== "person" || official.country !== m.country) break;
    // "A hosted B": the guest of the one official named first joins the group, as "and" does.
    const between = end >= 0 ? text.slice(end, m.start) : "";
    if (end >= 0 && !OPENING_GROUP_JOIN.re.test(between) && !(group.length === 1 && MEETING_JOIN.re.test(between)))
      break;
    if (!group.includes(official.country)) group.push(official.country);
    end = official.end;
    if (official !== m) k++;
  }
  return group.length > 1 ? group : [];
}

/** "Norway and Denmark signed ...": the coordinated countries of the opening subject, for "they" next. */
function openingGroup(text: string, mentions: readonly ActorMention[]): string[] {
  if (!openingSubject(text, mentions)) return [];
  const group = [mentions[0]!.country];
  for (let k = 1; k < mentions.length; k++) {
    const m = mentions[k]!;
    if (m.kind !== "name" && m.kind !== "capital") break;
    if (!OPENING_GROUP_JOIN.re.test(text.slice(mentions[k - 1]!.end, m.start))) break;
    if (!group.includes(m.country)) group.push(m.country);
  }
  return group.length > 1 ? group : [];
}
