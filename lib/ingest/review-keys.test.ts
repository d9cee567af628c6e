import { describe, expect, it } from "vitest";
import { REVIEW_SHORTCUTS, shortcutCommand } from "./review-keys";

const press = (key: string, modifiers: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...modifiers,
});

describe("shortcutCommand", () => {
  it("maps each listed letter to its command while shortcuts are on", () => {
    for (const shortcut of REVIEW_SHORTCUTS) expect(shortcutCommand(press(shortcut.key), true)).toBe(shortcut.command);
    expect(shortcutCommand(press("n"), true)).toBe("add-position-here");
    expect(shortcutCommand(press("m"), true)).toBe("move-evidence-here");
  });

  it("ignores every letter when shortcuts are off, and any key with a modifier", () => {
    for (const shortcut of REVIEW_SHORTCUTS) expect(shortcutCommand(press(shortcut.key), false)).toBeNull();
    expect(shortcutCommand(press("a", { ctrlKey: true }), true)).toBeNull();
    expect(shortcutCommand(press("r", { metaKey: true }), true)).toBeNull();
    expect(shortcutCommand(press("x"), true)).toBeNull();
  });

  it("gives each letter one command", () => {
    expect(new Set(REVIEW_SHORTCUTS.map((shortcut) => shortcut.key)).size).toBe(REVIEW_SHORTCUTS.length);
  });
});
