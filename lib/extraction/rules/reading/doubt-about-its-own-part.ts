import type { ReadingRule } from "../../reading-rule";
import type { Stance } from "@/lib/domain/taxonomy";
import { findActorMentions } from "../../actors";
import type { TypeHit } from "../../commitments";
import type { Cue } from "../../stance";
import { DOUBT_WORD } from "../engine/doubt-word";

/**
 * Doubting the need for the country's own part ("questioned the need for Bulgarian soldiers",
 * "... for its own soldiers") excludes nothing: ruled_out needs the text to exclude it, so it is
 * no position, unless the sentence also refuses it ("... and said it would not send any");
 * doubting the measure for anyone is still opposing it.
 */
export const DOUBT_ABOUT_ITS_OWN_PART: ReadingRule<
  { stance: Stance; cue: Cue; cues: readonly Cue[]; country: string; hit: TypeHit; cueText: string },
  boolean
> = {
  id: "reading/doubt-about-its-own-part",
  phenomenon: "doubting the need for one's own part is no exclusion of it",
  examples: [
    { body: "Bulgaria questioned the need for Bulgarian soldiers in any mission in Ukraine.", readsNot: "BG troops" },
    { body: "Bulgaria doubted the need for its own soldiers in Ukraine.", readsNot: "BG troops" },
  ],
  counterExamples: [
    { body: "Bulgaria questioned the need for foreign troops in Ukraine.", reads: "BG troops opposes" },
    {
      body: "Bulgaria questioned the need for its own soldiers in Ukraine and said it would not send any.",
      reads: "BG troops ruled_out",
    },
  ],
  read: ({ stance, cue, cues, country, hit, cueText }) => {
    if (cue.kind !== "oppose" || !DOUBT_WORD.re.test(cue.text) || cues.some((c) => c.kind === "negate")) return false;
    if (stance === "ruled_out") return true;
    // "the need for Bulgarian soldiers": the doubter's own nationality on the forces.
    return findActorMentions(cueText.slice(Math.max(0, hit.start - 30), hit.start)).some(
      (m) => m.kind === "adjective" && m.country === country,
    );
  },
};
