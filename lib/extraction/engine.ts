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
import type { CommitmentType } from "@/lib/domain/taxonomy";
import { findActorMentions } from "./actors";
import type { ArticleInput } from "./article";
import { splitClauses } from "./clauses";
import { bestHitPerClause, findCommitments, findTypeHits, type TypeHit } from "./commitments";
import { applyPrecondition, preconditionOf } from "./conditions";
import { confidenceFeatures, explain, scoreFeatures } from "./confidence";
import { advance, initialState, type DiscourseState, type SentenceOutcome } from "./discourse";
import { classifySentence, titleRepeatIndex } from "./furniture";
import * as lexicon from "./lexicon";
import { maskSentence } from "./mask";
import { splitSentences, type SentenceSpan } from "./sentences";
import { findFrames, resolveSpeaker, speakerFor, speakerFromText, statementDate } from "./speaker";
import { actorStance, clauseStance, findStanceCues, governingCue, meansClauseCue, OTHER_AGENT } from "./stance";
import { AGREEMENT_NOUN, agreementDonors, ownersOf, resolveActors, type SubjectResult } from "./subjects";
import { countQuotes, normalise, uniq } from "./text";
import type { Candidate, PositionProposal } from "./types";

export type { PositionProposal } from "./types";

// Plain constants: read through the module namespace once, not through live-binding getters
// on every use in the hot loop.
const { EARLIER_RE } = lexicon;

export interface ExtractOptions {
  /** Keep every candidate instead of one per (country, commitment). */
  keepAll?: boolean;
}

/** What the whole article offers every sentence: its headline's commitment and teaser boundary. */
interface ArticleFrame {
  published: string | null | undefined;
  titleType: CommitmentType | null;
  titleRepeat: number;
}

/** All proposals for an article, one per (country, commitment), best evidence first. */
export function extractPositions(article: ArticleInput, options: ExtractOptions = {}): PositionProposal[] {
  const body = article.body ?? "";
  const sentences = splitSentences(body);
  const titleNorm = article.title ? normalise(article.title) : "";
  const frameOfArticle: ArticleFrame = {
    published: article.published,
    titleType: article.title ? (findTypeHits(article.title, article.title)[0]?.type ?? null) : null,
    titleRepeat: titleRepeatIndex(sentences, titleNorm),
  };
  let state = initialState(article.title);
  const candidates: Candidate[] = [];
  for (let si = 0; si < sentences.length; si++) {
    const outcome = readSentence(body, sentences, si, state, titleNorm, frameOfArticle, candidates);
    state = advance(state, outcome);
  }
  if (options.keepAll) return candidates.map(stripOrder);
  return reduce(candidates);
}

/** One sentence through the stages; its candidates are appended, its outcome returned for the discourse. */
function readSentence(
  body: string,
  sentences: readonly SentenceSpan[],
  si: number,
  state: DiscourseState,
  titleNorm: string,
  articleFrame: ArticleFrame,
  candidates: Candidate[],
): SentenceOutcome {
  const sentence = sentences[si]!;
  const quotes = countQuotes(sentence.text);

  // furniture
  const verdict = classifySentence(body, sentence, state, titleNorm, quotes);
  switch (verdict.kind) {
    case "heading":
      return { kind: "heading", section: verdict.section };
    case "repeated-title":
      return { kind: "repeated-title" };
    case "source-line": {
      const who = speakerFromText(sentence.text, state);
      return { kind: "source-line", speaker: who?.explicit ? who.speaker : null };
    }
    case "question":
      return { kind: "skipped", quotes };
    case "prose":
      break;
  }
  const text = sentence.text.slice(verdict.offset);
  const evidenceStart = sentence.start + verdict.offset;
  const startedInQuote = state.inQuote;
  const mentions = findActorMentions(text);

  // frames -> mask -> speaker
  const frame = findFrames(text, state);
  const { cueText, conditions, mayHoldCommitment } = maskSentence(text, frame);
  const attribution = resolveSpeaker(text, cueText, frame, mentions, sentences, si, state, quotes);
  const { speaker } = attribution;

  // commitments -> clauses -> stance cues
  const isPrecondition = si > 0 && preconditionOf(text) !== null;
  const hits: TypeHit[] =
    !isPrecondition && mayHoldCommitment
      ? findCommitments(cueText, text, state.recentTypes, si, articleFrame.titleType)
      : [];
  const cues = hits.length ? findStanceCues(cueText, text) : [];
  const clauses = hits.length ? splitClauses(cueText) : [];
  const flashback = EARLIER_RE.test(text.trim());
  EARLIER_RE.lastIndex = 0;

  const actorContext = {
    cueText,
    text,
    clauses,
    mentions,
    frameCountry: frame.frameCountry,
    speaker,
    discourse: state,
    startedInQuote,
    cache: new Map<number, SubjectResult>(),
  };
  let statedOn: string | null | undefined;
  for (const { hit, clauseIndex } of bestHitPerClause(hits, clauses)) {
    const clause = clauses[clauseIndex]!;
    // stance: the cue that governs the commitment in its clause
    const clauseCues = cues.filter((c) => c.start >= clause.start && c.end <= clause.end);
    const cue = governingCue(clauseCues, hit, cueText) ?? meansClauseCue(clauses, clauseIndex, cues);
    if (!cue) continue;
    // The commitment belongs to someone else when a generic agent sits between stance and cue
    // ("it would leave it to the nations keen to send troops").
    if (cue.end <= hit.start && cue.kind !== "oppose" && cue.kind !== "support") {
      if (OTHER_AGENT.test(cueText.slice(cue.end, hit.start))) continue;
    }

    // actors
    const actors = resolveActors(cue, hit, clauseIndex, actorContext);
    if (actors.length === 0 || frame.former) continue;

    const decided = clauseStance(cue, hit, clause, clauses.length, conditions, cueText, text);
    if (!decided) continue;
    let { stance } = decided;
    if (actors[0]!.how === "abstract" && (stance === "committed" || stance === "considering")) stance = "supports";

    for (const actor of actors) {
      const finalStance = actorStance(
        stance,
        actor,
        hit,
        speaker.country,
        () => ownersOf(cueText, hit, mentions),
        cueText,
      );
      if (!finalStance) continue;
      // score
      const features = confidenceFeatures({
        actorHow: actor.how,
        explicitSpeaker: attribution.explicit,
        unattributed: !speaker.country && !startedInQuote,
        cueWeight: hit.weight,
        stanceCue: cue.kind,
        stanceWord: cue.text,
        reportedWould: frame.spans.length > 0 && /^would$/iu.test(cue.text),
        stance: finalStance,
        beforeRepeatedTitle: articleFrame.titleRepeat > 0 && si < articleFrame.titleRepeat,
        flashback,
        recallSection: state.section === "recall",
      });
      const condition = finalStance === "conditional" ? decided.condition : null;
      candidates.push({
        country: actor.country,
        commitment: hit.type,
        stance: finalStance,
        speaker: speakerFor(actor.country, actor.mention, speaker, state),
        condition,
        evidence: text,
        start: evidenceStart,
        end: sentence.end,
        statedOn: statedOn === undefined ? (statedOn = statementDate(frame, text, articleFrame.published)) : statedOn,
        confidence: scoreFeatures(features),
        cues: uniq([
          hit.text,
          decided.stanceWord,
          ...(condition ? [condition.split(/\s+/u).slice(0, 3).join(" ")] : []),
        ]),
        explanation: explain(features),
        order: si,
      });
    }
  }

  // "However, to do so, we must first ...": a precondition for what the sentence before pledged.
  applyPrecondition(candidates, si, sentence, sentences[si + 1]);

  const donors = AGREEMENT_NOUN.test(text) ? agreementDonors(mentions) : [];
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
  };
}

function stripOrder(c: Candidate): PositionProposal {
  const { order: _order, ...rest } = c;
  return rest;
}

/** Stage "reduce": one proposal per (country, commitment), the most confident, best first. */
function reduce(candidates: Candidate[]): PositionProposal[] {
  const best = new Map<string, Candidate>();
  for (const c of candidates) {
    const key = `${c.country}|${c.commitment}`;
    const current = best.get(key);
    if (!current || c.confidence > current.confidence) best.set(key, c);
  }
  return [...best.values()].sort((a, b) => b.confidence - a.confidence || a.start - b.start).map(stripOrder);
}
