import { describe, expect, it } from "vitest";
import { readBrackets } from "./mask";
import { compilePattern, spaceRuns } from "./pattern";

describe("a literal space in a pattern reads one or two spaces", () => {
  it("rewrites spaces outside character classes, keeping quantifiers' meaning", () => {
    expect(spaceRuns("decided to")).toBe("decided {1,2}to");
    expect(spaceRuns("battle ?group")).toBe("battle {0,2}group");
    expect(spaceRuns("a +b")).toBe("a +b");
    expect(spaceRuns("[^ ]x")).toBe("[^ ]x");
    expect(spaceRuns("a\\ b")).toBe("a\\ b");
  });

  it("matches a phrase split by a blanked bracket, not one split by a blanked word", () => {
    const re = compilePattern("\\bdecided to\\b");
    expect(re.test("decided  to send")).toBe(true);
    re.lastIndex = 0;
    expect(re.test("decided     to send")).toBe(false);
  });
});

describe("editors' brackets read in place", () => {
  it("blanks the brackets and keeps the length", () => {
    const text = "We have decided [to send troops].";
    const read = readBrackets(text);
    expect(read).toHaveLength(text.length);
    expect(read).toBe("We have decided  to send troops .");
  });

  it("blanks a pronoun the bracket names, and an aside whole", () => {
    expect(readBrackets("they [the Czech cabinet] agree")).toBe("      the Czech cabinet  agree");
    expect(readBrackets("ready [sic] to go")).toBe("ready       to go");
    expect(readBrackets("no brackets here")).toBe("no brackets here");
  });
});
