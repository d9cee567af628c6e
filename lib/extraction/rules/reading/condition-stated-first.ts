import type { Stance } from "@/lib/domain/taxonomy";
import type { ReadingRule } from "../../reading-rule";

/**
 * A condition stated first for the pledges after it ("Romania said its help would come after a
 * peace deal is signed. It will open a hub ..."): a plain pledge of the same country in the next
 * sentence takes the condition the sentence before stated for its part (engine/help-comes-after).
 * The condition inherited, or null.
 */
export const CONDITION_STATED_FIRST: ReadingRule<
  { stance: Stance; inherited: string | undefined; statedFirst: boolean },
  string | null
> = {
  id: "reading/condition-stated-first",
  phenomenon: "a condition stated first for the pledges in the sentence after it",
  examples: [
    {
      body: "Croatia said its help would come once a truce is signed. It will send two minehunters to the Black Sea.",
      reads: "HR maritime conditional",
    },
  ],
  counterExamples: [
    {
      body: "Croatia said its help would come once a truce is signed. Slovenia will send two minehunters to the Black Sea.",
      reads: "SI maritime committed",
    },
    {
      body: "Croatia said help came after the storm passed. It will send two minehunters to the Black Sea.",
      reads: "HR maritime committed",
    },
  ],
  read: ({ stance, inherited, statedFirst }) => (stance === "committed" && statedFirst && inherited ? inherited : null),
};
