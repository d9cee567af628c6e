import type { Stance } from "@/lib/domain/taxonomy";
import type { ReadingRule } from "../../reading-rule";
import { ELABORATION } from "../engine/elaboration";

/**
 * An elaboration ("Our contribution will focus on air capabilities") right after a conditional
 * pledge by the same country keeps that pledge's condition: the condition inherited, or null.
 */
export const ELABORATION_KEEPS_CONDITION: ReadingRule<
  { stance: Stance; inherited: string | undefined; clauseLead: () => string },
  string | null
> = {
  id: "reading/elaboration-keeps-condition",
  phenomenon: "an elaboration after a conditional pledge keeps its condition",
  examples: [
    {
      body: '"Croatia will do its part once a truce is signed. Our contribution will focus on naval capabilities," the Croatian prime minister said.',
      reads: "HR maritime conditional",
    },
  ],
  counterExamples: [
    {
      body: '"Croatia will do its part once a truce is signed. Croatia will also send naval capabilities now," the Croatian prime minister said.',
      reads: "HR maritime committed",
    },
  ],
  read: ({ stance, inherited, clauseLead }) =>
    stance === "committed" && inherited && ELABORATION.re.test(clauseLead()) ? inherited : null,
};
