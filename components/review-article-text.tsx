"use client";

import type { KeyboardEvent, ReactNode, RefObject } from "react";
import { shortcutCommand } from "@/lib/ingest/review-keys";

export interface ReviewSentence {
  start: number;
  end: number;
}

export interface Span {
  start: number;
  end: number;
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

interface ReviewArticleTextProps {
  body: string;
  /** The sentences of the part shown, and the stretch of the body they cover. */
  sentences: ReviewSentence[];
  textStart: number;
  textEnd: number;
  /** Links to the article's other parts, when it has several. */
  partNavigation: ReactNode;
  /** Evidence of the positions not rejected: those sentences are highlighted. */
  carried: Span[];
  /** The evidence of the current proposal, or of the one being edited. */
  active: Span | null;
  focusedIndex: number;
  isEditing: boolean;
  areShortcutsOn: boolean;
  sentenceRefs: RefObject<(HTMLElement | null)[]>;
  onFocusSentence: (index: number) => void;
  /** Click or Enter: add a position there, or move the edited position's evidence there. */
  onChoose: (index: number) => void;
  onAddPosition: (index: number) => void;
  onMoveEvidence: (index: number) => void;
  /** Esc while choosing a sentence for the editor: back to the editor, nothing changed. */
  onEscape: () => void;
}

/**
 * The article with each sentence a button: one Tab stop for the whole text (roving
 * tabindex), arrow keys from sentence to sentence.
 */
export function ReviewArticleText({
  body,
  sentences,
  textStart,
  textEnd,
  partNavigation,
  carried,
  active,
  focusedIndex,
  isEditing,
  areShortcutsOn,
  sentenceRefs,
  onFocusSentence,
  onChoose,
  onAddPosition,
  onMoveEvidence,
  onEscape,
}: ReviewArticleTextProps) {
  function focusSentence(index: number) {
    const target = Math.max(0, Math.min(sentences.length - 1, index));
    sentenceRefs.current[target]?.focus();
  }

  function onKeyDown(event: KeyboardEvent<HTMLElement>, index: number) {
    let handled = true;
    if (event.key === "ArrowDown" || event.key === "ArrowRight") focusSentence(index + 1);
    else if (event.key === "ArrowUp" || event.key === "ArrowLeft") focusSentence(index - 1);
    else if (event.key === "Home") focusSentence(0);
    else if (event.key === "End") focusSentence(sentences.length - 1);
    else if (event.key === "Enter" || event.key === " ") onChoose(index);
    else if (event.key === "Escape" && isEditing) onEscape();
    else {
      const command = shortcutCommand(event, areShortcutsOn);
      if (command === "add-position-here") onAddPosition(index);
      else if (command === "move-evidence-here") onMoveEvidence(index);
      else handled = false;
    }
    if (handled) {
      event.preventDefault();
      event.stopPropagation();
    }
  }

  const parts: React.ReactNode[] = [];
  let cursor = textStart;
  sentences.forEach((sentence, index) => {
    if (sentence.start > cursor) parts.push(body.slice(cursor, sentence.start));
    const isActive = active !== null && overlaps(active, sentence);
    const isCarried = carried.some((span) => overlaps(span, sentence));
    parts.push(
      <span
        key={sentence.start}
        ref={(element) => {
          sentenceRefs.current[index] = element;
        }}
        role="button"
        tabIndex={index === focusedIndex ? 0 : -1}
        aria-describedby={isCarried ? "sentence-carries-hint sentence-hint" : "sentence-hint"}
        aria-pressed={isEditing ? isActive : undefined}
        data-sentence-start={sentence.start}
        onClick={() => onChoose(index)}
        onFocus={() => onFocusSentence(index)}
        onKeyDown={(event) => onKeyDown(event, index)}
        className={`cursor-pointer rounded-sm outline-offset-2 focus-visible:outline-2 focus-visible:outline-sky-700 ${
          isActive ? "bg-amber-200 ring-1 ring-amber-500" : isCarried ? "bg-amber-100" : "hover:bg-slate-100"
        }`}
      >
        {body.slice(sentence.start, sentence.end)}
      </span>,
    );
    cursor = sentence.end;
  });
  if (cursor < textEnd) parts.push(body.slice(cursor, textEnd));

  return (
    <section aria-labelledby="article-text-heading" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="article-text-heading" className="sr-only">
        Article text
      </h2>
      <p className="mb-2 text-xs text-slate-600">
        Highlighted sentences carry proposals.{" "}
        {isEditing
          ? "Choose a sentence (click, or Enter) to move the evidence there."
          : "Choose any sentence (click, or Enter) to add a position the engine missed."}
      </p>
      <p id="sentence-hint" className="sr-only">
        {isEditing ? "Enter moves the evidence to this sentence." : "Enter adds a position on this sentence."}
      </p>
      <p id="sentence-carries-hint" className="sr-only">
        This sentence carries a proposal.
      </p>
      {partNavigation}
      <div className="whitespace-pre-wrap text-[15px] leading-7 text-slate-800" data-testid="article-text">
        {parts}
      </div>
    </section>
  );
}
