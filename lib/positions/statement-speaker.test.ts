import { describe, expect, it } from "vitest";
import { speakerOf } from "./statement-speaker";

describe("the speaker of a statement", () => {
  it("is the gazetteer's name when the statement is linked to an entry, else the name as written", () => {
    expect(speakerOf({ gazetteerName: "Kaja Kallas", speakerName: "PM Kallas" })).toBe("Kaja Kallas");
    expect(speakerOf({ gazetteerName: null, speakerName: "a defence ministry spokesperson" })).toBe(
      "a defence ministry spokesperson",
    );
    expect(speakerOf({ gazetteerName: null, speakerName: null })).toBeNull();
  });
});
