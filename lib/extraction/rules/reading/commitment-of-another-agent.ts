import type { TypeHit } from "../../commitments";
import type { ReadingRule } from "../../reading-rule";
import type { Cue } from "../../stance";
import { AND_THEN } from "../engine/and-then";
import { AGENT_WITH_CLAUSE } from "../engine/agent-with-clause";
import { BY_MEANS } from "../engine/by-means";
import { WITH_MEANS } from "../engine/with-means";
import { COLON_MEANS } from "../engine/colon-means";
import { NOT_A_VERB } from "../engine/not-a-verb";
import { OTHER_AGENT } from "../stance/other-agent";

/**
 * Where the last " and <verb>" between a stance cue and a commitment starts (0 if none): a
 * second predicate of the same subject ("will lead the coalition and deploy troops"), or of a
 * means phrase of the subject ("will help the coalition by providing frigates").
 */
function secondPredicateStart(between: string): number {
  let start = 0;
  AND_THEN.re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = AND_THEN.re.exec(between)))
    if (!NOT_A_VERB.re.test(between.slice(AND_THEN.re.lastIndex))) start = m.index;
  // "will help the coalition by providing ...": the means is the subject's own act, unless
  // the agent has a clause of its own ("the nations that want to help by sending ...")
  BY_MEANS.re.lastIndex = 0;
  while ((m = BY_MEANS.re.exec(between)))
    if (!AGENT_WITH_CLAUSE.re.test(between.slice(start, m.index))) start = Math.max(start, m.index);
  // "will back the jet coalition: providing jets and training": the list after the colon is the subject's.
  COLON_MEANS.re.lastIndex = 0;
  while ((m = COLON_MEANS.re.exec(between))) start = Math.max(start, m.index);
  return start;
}

/**
 * The commitment belongs to someone else when a generic agent sits between stance and cue
 * ("it would leave it to the nations keen to send troops"); not when the agent is the object
 * of a first verb and the subject goes on with a verb of its own ("will lead the coalition
 * and deploy troops") or names its means ("will support the coalition with intelligence",
 * "will join the coalition by sharing imagery").
 */
export const COMMITMENT_OF_ANOTHER_AGENT: ReadingRule<{ cue: Cue; hit: TypeHit; cueText: string }, boolean> = {
  id: "reading/commitment-of-another-agent",
  phenomenon: "a generic agent between the stance and the commitment carries the commitment",
  examples: [
    { body: "Slovakia would leave it to the nations keen to send troops, Fico said.", readsNot: "SK troops" },
    { body: "Slovakia would leave it to the nations that want to help by sending troops.", readsNot: "SK troops" },
    { body: "Slovakia will work with countries willing to help with intelligence.", readsNot: "SK intelligence" },
  ],
  counterExamples: [
    { body: "Britain will lead the coalition and deploy troops.", reads: "GB troops committed" },
    { body: "Malta will help the allies by providing two patrol boats.", reads: "MT maritime committed" },
    {
      body: "Malta will back the drone coalition: training Ukrainian pilots and mechanics.",
      reads: "MT training committed",
    },
    { body: "Malta will support the coalition with intelligence.", reads: "MT intelligence committed" },
    { body: "Malta will join the coalition by sharing satellite imagery.", reads: "MT intelligence committed" },
  ],
  read: ({ cue, hit, cueText }) => {
    if (cue.end > hit.start || cue.kind === "oppose" || cue.kind === "support") return false;
    const between = cueText.slice(cue.end, hit.start);
    if (!OTHER_AGENT.re.test(between)) return false;
    // "will support the coalition with intelligence", "join the coalition by sharing ...": the
    // means may open the commitment cue itself, so it is sought up to the cue's end.
    const reach = cueText.slice(cue.end, hit.end);
    let start = secondPredicateStart(between);
    WITH_MEANS.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = WITH_MEANS.re.exec(reach)))
      if (OTHER_AGENT.re.test(m[0])) start = Math.max(start, m.index + m[0].length);
    return OTHER_AGENT.re.test(between.slice(start));
  },
};
