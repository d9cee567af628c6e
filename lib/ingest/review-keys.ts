/**
 * The review page's keyboard: single-letter shortcuts (which an editor can switch off, WCAG
 * 2.1.4) and the keys that always work (arrows, Enter, Esc), listed once for the help panel
 * and the key handlers alike.
 */

export type ReviewCommand =
  "accept" | "reject" | "edit" | "next" | "previous" | "add-position-here" | "move-evidence-here";

export interface ReviewShortcut {
  key: string;
  command: ReviewCommand;
  description: string;
}

/** Single-character keys: active only while shortcuts are on. */
export const REVIEW_SHORTCUTS: readonly ReviewShortcut[] = [
  { key: "a", command: "accept", description: "accept the current proposal and move on" },
  { key: "r", command: "reject", description: "reject the current proposal and move on" },
  { key: "e", command: "edit", description: "edit the current proposal" },
  { key: "j", command: "next", description: "next proposal" },
  { key: "k", command: "previous", description: "previous proposal" },
  { key: "n", command: "add-position-here", description: "on a sentence: add a position there" },
  { key: "m", command: "move-evidence-here", description: "on a sentence: move the current proposal's evidence there" },
];

/** Keys that work whether or not shortcuts are on. */
export const REVIEW_KEYS: readonly { keys: string; description: string }[] = [
  { keys: "Tab", description: "reach the sentences, each proposal and its buttons, then Publish" },
  { keys: "↑ ↓", description: "between proposals, or between sentences in the article" },
  { keys: "Enter", description: "on a sentence: add a position there (while editing: move the evidence there)" },
  { keys: "Esc", description: "close the editor, back to the proposal" },
];

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

/** The command a single-letter shortcut stands for, or null (shortcuts off, a modifier held, another key). */
export function shortcutCommand(press: KeyPress, areShortcutsOn: boolean): ReviewCommand | null {
  if (!areShortcutsOn || press.ctrlKey || press.metaKey || press.altKey) return null;
  return REVIEW_SHORTCUTS.find((shortcut) => shortcut.key === press.key)?.command ?? null;
}

/** True when the keystroke goes into a form field, where no shortcut may take it. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (typeof HTMLElement === "undefined" || !(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}
