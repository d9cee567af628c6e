import { describe, expect, it } from "vitest";
import { othersInGroup, paragraphAround } from "./review-groups";

const body = "One. Two.\n\nThree. Four.\n  \nFive.";
const span = (text: string) => ({ start: body.indexOf(text), end: body.indexOf(text) + text.length });

describe("the proposals that share a sentence or a paragraph", () => {
  const positions = [
    { id: "a", ...span("One.") },
    { id: "b", ...span("One.") },
    { id: "c", ...span("Two.") },
    { id: "d", ...span("Three.") },
    { id: "e", ...span("Four.") },
    { id: "f", ...span("Five.") },
  ];

  it("finds paragraphs by their blank lines, spaces on the blank line included", () => {
    expect(paragraphAround(body, body.indexOf("Four"))).toEqual({ start: 11, end: 23 });
    expect(body.slice(paragraphAround(body, body.indexOf("Five")).start)).toBe("Five.");
    expect(paragraphAround(body, 0)).toEqual({ start: 0, end: 9 });
  });

  it("groups by sentence and by paragraph, never counting the proposal itself", () => {
    expect(othersInGroup(positions, positions[0]!, "sentence", body).map((p) => p.id)).toEqual(["b"]);
    expect(othersInGroup(positions, positions[0]!, "paragraph", body).map((p) => p.id)).toEqual(["b", "c"]);
    expect(othersInGroup(positions, positions[4]!, "paragraph", body).map((p) => p.id)).toEqual(["d"]);
    expect(othersInGroup(positions, positions[5]!, "paragraph", body)).toEqual([]);
  });
});
