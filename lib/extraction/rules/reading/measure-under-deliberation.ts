import type { ReadingRule } from "../../reading-rule";
import type { Cue } from "../../stance";
import type { Actor } from "../../subjects";
import { DELIBERATION } from "../engine/deliberation";

/**
 * What the speaker only reports as being weighed ("the deployment of European forces was under
 * consideration") is nobody's position.
 */
export const MEASURE_UNDER_DELIBERATION: ReadingRule<{ cue: Cue; actors: readonly Actor[] }, boolean> = {
  id: "reading/measure-under-deliberation",
  phenomenon: "a measure the speaker reports as being weighed is nobody's position",
  examples: [{ body: "Macron said that sending European forces was under discussion.", readsNot: "FR troops" }],
  counterExamples: [
    { body: "The OSCE could send monitors, the Swiss foreign minister said.", reads: "CH monitoring supports" },
  ],
  read: ({ cue, actors }) => actors[0]!.how === "abstract" && cue.kind === "consider" && DELIBERATION.re.test(cue.text),
};
