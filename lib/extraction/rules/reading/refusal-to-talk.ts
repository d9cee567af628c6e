import type { TypeHit } from "../../commitments";
import type { ReadingRule } from "../../reading-rule";
import type { Cue } from "../../stance";
import { TALK_BETWEEN } from "../engine/talk-between";

/** Refusing to talk about a commitment ("ruled out any discussion on troops") is no refusal of it. */
export const REFUSAL_TO_TALK: ReadingRule<{ cue: Cue; hit: TypeHit; cueText: string }, boolean> = {
  id: "reading/refusal-to-talk",
  phenomenon: "refusing to talk about a commitment is no refusal of it",
  examples: [{ body: "Poland ruled out any discussion on troops, Tusk said.", readsNot: "PL troops" }],
  counterExamples: [{ body: "Poland ruled out sending troops, Tusk said.", reads: "PL troops ruled_out" }],
  read: ({ cue, hit, cueText }) =>
    cue.kind === "negate" && cue.end <= hit.start && TALK_BETWEEN.re.test(cueText.slice(cue.end, hit.start)),
};
