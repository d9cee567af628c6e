"use client";

import { type ReactNode, useEffect, useMemo, useRef, useState } from "react";
import type { ReviewSaveResult } from "@/app/ingest/[draftId]/actions";
import { useDraftReview } from "@/app/ingest/[draftId]/use-draft-review";
import { applyDraftChange, type DraftPosition, newPositionId } from "@/lib/ingest/draft-position";
import { isTypingTarget, shortcutCommand } from "@/lib/ingest/review-keys";
import { useShortcutPreference } from "@/lib/ingest/review-shortcut-preference";
import type { DraftDecision, PositionEdit } from "@/lib/ingest/schema";
import type { DraftReviewState } from "@/lib/queries/get-ingest-draft";
import { ReviewArticleText, type ReviewSentence } from "./review-article-text";
import {
  type GroupApply,
  type PositionEditorValues,
  type PositionFieldErrors,
  ReviewPositionEditor,
} from "./review-position-editor";
import { describePosition, ReviewProposalCard } from "./review-proposal-card";
import { ReviewPublishPanel } from "./review-publish-panel";
import { ReviewShortcutsPanel } from "./review-shortcuts-panel";
import { othersInGroup } from "@/lib/ingest/review-groups";

interface ReviewWorkspaceProps {
  draftId: string;
  body: string;
  published: string;
  /** The sentences of the part of the article shown (a long article is shown a part at a time). */
  sentences: ReviewSentence[];
  textStart: number;
  textEnd: number;
  partNavigation: ReactNode;
  initialState: DraftReviewState;
  countries: { code: string; name: string }[];
}

type FocusTarget = { kind: "card"; id: string } | { kind: "sentence"; index: number } | { kind: "editor" };

interface EditorSession {
  /** Remounts the form when reopened with other values. */
  key: number;
  isNew: boolean;
  values: PositionEditorValues;
  evidence: { start: number; end: number };
  serverErrors: PositionFieldErrors;
  returnTo: FocusTarget;
}

const DECISION_VERB: Record<DraftDecision, string> = {
  accepted: "Accepted",
  rejected: "Rejected",
  pending: "Set back to undecided",
};

function toEditorValues(position: DraftPosition): PositionEditorValues & Pick<DraftPosition, "commitment" | "stance"> {
  return {
    id: position.id,
    country: position.country,
    commitment: position.commitment,
    stance: position.stance,
    condition: position.condition,
    speaker: position.speaker,
    statedOn: position.statedOn,
  };
}

/**
 * The review page: the article beside the proposals. Every decision and edit is saved as it
 * is made (see useDraftReview); the whole review works by keyboard, and what happens is
 * announced in a live region.
 */
export function ReviewWorkspace({
  draftId,
  body,
  published,
  sentences,
  textStart,
  textEnd,
  partNavigation,
  initialState,
  countries,
}: ReviewWorkspaceProps) {
  const review = useDraftReview(draftId, body, initialState);
  const { positions } = review;
  const [areShortcutsOn, setShortcutsOn] = useShortcutPreference();
  const [currentId, setCurrentId] = useState<string | null>(
    () => (initialState.positions.find((p) => p.decision === "pending") ?? initialState.positions[0])?.id ?? null,
  );
  const [editor, setEditor] = useState<EditorSession | null>(null);
  const [focusedSentence, setFocusedSentence] = useState(0);
  const [announcement, setAnnouncement] = useState("");
  const [saveError, setSaveError] = useState<string | null>(null);
  // Where focus goes after the next render (a card that is about to appear, the editor that closes).
  const focusRequest = useRef<FocusTarget | null>(null);
  const [focusTick, setFocusTick] = useState(0);
  const cardRefs = useRef(new Map<string, HTMLElement>());
  const sentenceRefs = useRef<(HTMLElement | null)[]>([]);
  const chooseSentenceRef = useRef<HTMLButtonElement>(null);
  const editorKey = useRef(0);
  const countryNames = useMemo(() => new Map(countries.map((c) => [c.code, c.name])), [countries]);

  const current = positions.find((position) => position.id === currentId) ?? positions[0];
  const undecidedCount = positions.filter((position) => position.decision === "pending").length;

  function nameOf(position: DraftPosition): string {
    return countryNames.get(position.country) ?? position.country;
  }

  function setFocusRequest(target: FocusTarget) {
    focusRequest.current = target;
    setFocusTick((tick) => tick + 1);
  }

  useEffect(() => {
    const request = focusRequest.current;
    if (!request) return;
    const element =
      request.kind === "card"
        ? cardRefs.current.get(request.id)
        : request.kind === "sentence"
          ? sentenceRefs.current[request.index]
          : chooseSentenceRef.current;
    if (!element) return;
    focusRequest.current = null;
    element.focus();
    element.scrollIntoView({ block: "nearest" });
  }, [focusTick, positions, editor]);

  function moveTo(id: string | undefined) {
    if (!id) return;
    setCurrentId(id);
    setFocusRequest({ kind: "card", id });
  }

  /** The next undecided proposal after `id` (wrapping round), or `id` itself when none is left. */
  function nextUndecidedAfter(id: string): string {
    const index = positions.findIndex((position) => position.id === id);
    const ordered = [...positions.slice(index + 1), ...positions.slice(0, Math.max(index, 0))];
    return ordered.find((position) => position.decision === "pending" && position.id !== id)?.id ?? id;
  }

  /** Clears the error line when a save lands; when it is refused, says why (and lets the caller react). */
  function reportSave(
    pending: Promise<ReviewSaveResult>,
    onRefused?: (refusal: Extract<ReviewSaveResult, { status: "error" }>) => void,
  ) {
    void pending.then((result) => {
      if (result.status === "saved") {
        setSaveError(null);
        return;
      }
      setSaveError(result.message);
      setAnnouncement(`Not saved: ${result.message}`);
      onRefused?.(result);
    });
  }

  function decide(position: DraftPosition, decision: DraftDecision) {
    reportSave(review.decide(position.id, decision));
    const nextId = nextUndecidedAfter(position.id);
    const next = positions.find((p) => p.id === nextId);
    setAnnouncement(
      `${DECISION_VERB[decision]}: ${describePosition(position, nameOf(position))}. ${
        next && next.id !== position.id
          ? `Now on: ${describePosition(next, nameOf(next))}.`
          : "No undecided proposal left."
      }`,
    );
    moveTo(nextId);
  }

  function openEditor(session: Omit<EditorSession, "key">) {
    editorKey.current += 1;
    setEditor({ ...session, key: editorKey.current });
  }

  function editPosition(position: DraftPosition) {
    setCurrentId(position.id);
    openEditor({
      isNew: false,
      values: toEditorValues(position),
      evidence: { start: position.start, end: position.end },
      serverErrors: {},
      returnTo: { kind: "card", id: position.id },
    });
    setAnnouncement(`Editing: ${describePosition(position, nameOf(position))}. Esc cancels.`);
  }

  function addPositionAt(index: number) {
    const sentence = sentences[index];
    if (!sentence) return;
    openEditor({
      isNew: true,
      values: {
        id: newPositionId(),
        country: "",
        commitment: "",
        stance: "",
        condition: null,
        speaker: null,
        statedOn: published,
      },
      evidence: { start: sentence.start, end: sentence.end },
      serverErrors: {},
      returnTo: { kind: "sentence", index },
    });
    setAnnouncement("Adding a position on the chosen sentence. Esc cancels.");
  }

  function moveEvidenceTo(index: number) {
    const sentence = sentences[index];
    if (!sentence) return;
    if (editor) {
      setEditor({ ...editor, evidence: { start: sentence.start, end: sentence.end } });
      setAnnouncement("Evidence moved to the chosen sentence; back in the editor.");
      setFocusRequest({ kind: "editor" });
      return;
    }
    if (!current) return;
    const edit: PositionEdit = { ...toEditorValues(current), start: sentence.start, end: sentence.end };
    reportSave(review.savePosition(edit, current.decision));
    setAnnouncement(`Evidence of ${describePosition(current, nameOf(current))} moved to the chosen sentence.`);
  }

  function closeEditor(session: EditorSession) {
    setEditor(null);
    setFocusRequest(session.returnTo);
  }

  /** Applies the chosen fields of a saved edit to the other proposals of its sentence or paragraph, keeping their decisions. */
  function applyToGroup(edit: PositionEdit, applyTo: GroupApply) {
    const others = othersInGroup(positions, edit, applyTo.scope, body);
    for (const other of others) {
      const stance = applyTo.fields.includes("stance") ? edit.stance : other.stance;
      reportSave(
        review.savePosition(
          {
            ...toEditorValues(other),
            start: other.start,
            end: other.end,
            speaker: applyTo.fields.includes("speaker") ? edit.speaker : other.speaker,
            statedOn: applyTo.fields.includes("statedOn") ? edit.statedOn : other.statedOn,
            stance,
            // A conditional stance takes its condition along; the other stances carry none.
            condition:
              stance === "conditional" ? (applyTo.fields.includes("stance") ? edit.condition : other.condition) : null,
          },
          other.decision,
        ),
      );
    }
    return others.length;
  }

  /** Accepts every proposal still undecided, in one go (each is saved as its own decision). */
  function acceptAllUndecided() {
    const undecided = positions.filter((position) => position.decision === "pending");
    for (const position of undecided) reportSave(review.decide(position.id, "accepted"));
    setAnnouncement(`Accepted ${undecided.length} undecided proposal${undecided.length === 1 ? "" : "s"}.`);
  }

  function saveEditor(session: EditorSession, edit: PositionEdit, applyTo: GroupApply | null) {
    setEditor(null);
    // The outcome the server will reach, known now: the same change function runs on both sides.
    const expected = applyDraftChange(positions, { kind: "save", edit, decision: "accepted" }, body).outcome;
    const pending = review.savePosition(edit, "accepted");
    const name = countryNames.get(edit.country) ?? edit.country;
    if (expected.kind === "merged") {
      setCurrentId(expected.positionId);
      setFocusRequest({ kind: "card", id: expected.positionId });
      setAnnouncement("Identical to a proposal already on the draft: merged into it, which is now accepted.");
    } else if (session.isNew) {
      setCurrentId(edit.id);
      setFocusRequest({ kind: "card", id: edit.id });
      setAnnouncement(`Added and accepted: ${name}.`);
    } else {
      setAnnouncement(`Saved and accepted: ${name}.`);
      moveTo(nextUndecidedAfter(edit.id));
    }
    // Refused: the form comes back with what the editor entered and why.
    reportSave(pending, (refusal) =>
      openEditor({ ...session, values: { ...session.values, ...edit }, serverErrors: refusal.fieldErrors ?? {} }),
    );
    if (applyTo) {
      const count = applyToGroup(edit, applyTo);
      setAnnouncement(
        `Saved and accepted: ${name}; its ${applyTo.fields.map((field) => (field === "statedOn" ? "date" : field)).join(", ")} applied to ${count} other proposal${count === 1 ? "" : "s"} of the ${applyTo.scope}.`,
      );
    }
  }

  // Re-subscribed each render, so the handler always sees the current proposal and state.
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || editor || isTypingTarget(event.target)) return;
      const command = shortcutCommand(event, areShortcutsOn);
      if (!command || !current) return;
      const index = positions.findIndex((position) => position.id === current.id);
      if (command === "accept") decide(current, "accepted");
      else if (command === "reject") decide(current, "rejected");
      else if (command === "edit") editPosition(current);
      else if (command === "next") moveTo(positions[Math.min(index + 1, positions.length - 1)]?.id);
      else if (command === "previous") moveTo(positions[Math.max(index - 1, 0)]?.id);
      else return;
      event.preventDefault();
    }
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  });

  function onProposalListKeyDown(event: React.KeyboardEvent<HTMLOListElement>) {
    if (editor || isTypingTarget(event.target) || (event.key !== "ArrowDown" && event.key !== "ArrowUp")) return;
    const index = positions.findIndex((position) => position.id === current?.id);
    const target =
      positions[event.key === "ArrowDown" ? Math.min(index + 1, positions.length - 1) : Math.max(index - 1, 0)];
    event.preventDefault();
    moveTo(target?.id);
  }

  const activeSpan = editor ? editor.evidence : current ? { start: current.start, end: current.end } : null;
  const editorEvidence = editor
    ? { ...editor.evidence, text: body.slice(editor.evidence.start, editor.evidence.end) }
    : null;

  function renderEditor(session: EditorSession) {
    return (
      <ReviewPositionEditor
        key={session.key}
        initial={session.values}
        groupSizes={{
          sentence: othersInGroup(positions, { id: session.values.id, ...session.evidence }, "sentence", body).length,
          paragraph: othersInGroup(positions, { id: session.values.id, ...session.evidence }, "paragraph", body).length,
        }}
        evidence={editorEvidence!}
        published={published}
        isNew={session.isNew}
        countries={countries}
        serverErrors={session.serverErrors}
        chooseSentenceRef={chooseSentenceRef}
        onSave={(edit, applyTo) => saveEditor(session, edit, applyTo)}
        onCancel={() => {
          closeEditor(session);
          setAnnouncement("Editing cancelled; nothing changed.");
        }}
        onChooseSentence={() => {
          const index = sentences.findIndex((s) => s.start < session.evidence.end && session.evidence.start < s.end);
          setFocusedSentence(Math.max(index, 0));
          setFocusRequest({ kind: "sentence", index: Math.max(index, 0) });
          setAnnouncement("Choose the evidence sentence with the arrow keys and Enter; Esc goes back to the editor.");
        }}
      />
    );
  }

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,26rem)]">
      <ReviewArticleText
        body={body}
        sentences={sentences}
        textStart={textStart}
        textEnd={textEnd}
        partNavigation={partNavigation}
        carried={positions.filter((p) => p.decision !== "rejected")}
        active={activeSpan}
        focusedIndex={focusedSentence}
        isEditing={editor !== null}
        areShortcutsOn={areShortcutsOn}
        sentenceRefs={sentenceRefs}
        onFocusSentence={setFocusedSentence}
        onChoose={(index) => (editor ? moveEvidenceTo(index) : addPositionAt(index))}
        onAddPosition={(index) => {
          if (editor) setAnnouncement("Close the editor first (Esc), then add a position.");
          else addPositionAt(index);
        }}
        onMoveEvidence={moveEvidenceTo}
        onEscape={() => setFocusRequest({ kind: "editor" })}
      />

      <div className="space-y-3">
        <ReviewShortcutsPanel areShortcutsOn={areShortcutsOn} onToggle={setShortcutsOn} />
        <p role="status" aria-live="polite" className="sr-only" data-testid="review-announcer">
          {announcement}
        </p>
        <p className="text-xs text-slate-700" data-testid="save-status">
          {saveError ? (
            <span className="text-rose-800">Not saved: {saveError}</span>
          ) : review.isSaving ? (
            "Saving…"
          ) : (
            "Every decision is saved on the draft."
          )}
        </p>
        <section aria-labelledby="proposals-heading" className="space-y-3">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h2 id="proposals-heading" className="text-sm font-semibold">
              Proposals
            </h2>
            {undecidedCount > 0 && !editor ? (
              <button
                type="button"
                onClick={acceptAllUndecided}
                className="rounded border border-emerald-700 px-2 py-1 text-xs text-emerald-900 focus-visible:outline-2 focus-visible:outline-sky-700"
              >
                Accept the {undecidedCount} undecided
              </button>
            ) : null}
          </div>
          {positions.length === 0 && !editor ? (
            <p className="rounded border border-dashed border-slate-300 p-4 text-sm text-slate-700">
              The engine found no position in this article. Choose a sentence to add one, or publish the article without
              positions.
            </p>
          ) : null}
          <ol className="max-h-[70vh] space-y-3 overflow-y-auto p-1" onKeyDown={onProposalListKeyDown}>
            {positions.map((position) => (
              <li key={position.id}>
                {editor && !editor.isNew && editor.values.id === position.id ? (
                  renderEditor(editor)
                ) : (
                  <ReviewProposalCard
                    position={position}
                    countryName={nameOf(position)}
                    published={published}
                    isCurrent={position.id === current?.id}
                    cardRef={(element) => {
                      if (element) cardRefs.current.set(position.id, element);
                      else cardRefs.current.delete(position.id);
                    }}
                    onFocus={() => setCurrentId(position.id)}
                    onAccept={() => decide(position, "accepted")}
                    onReject={() => decide(position, "rejected")}
                    onEdit={() => editPosition(position)}
                  />
                )}
              </li>
            ))}
            {editor?.isNew ? <li>{renderEditor(editor)}</li> : null}
          </ol>
        </section>
        <ReviewPublishPanel
          draftId={draftId}
          version={review.version}
          positions={positions}
          standing={review.standing}
          countryNames={countryNames}
          isSaving={review.isSaving}
          isEditing={editor !== null}
        />
      </div>
    </div>
  );
}
