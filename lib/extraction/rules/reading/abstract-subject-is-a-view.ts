import type { Stance } from "@/lib/domain/taxonomy";
import type { ReadingRule } from "../../reading-rule";
import type { Actor } from "../../subjects";

/** What the speaker says will be done, in abstract terms ("these guarantees will include ..."), is its view of the measure. */
export const ABSTRACT_SUBJECT_IS_A_VIEW: ReadingRule<{ stance: Stance; actors: readonly Actor[] }, Stance> = {
  id: "reading/abstract-subject-is-a-view",
  phenomenon: "a pledge or hedge with an abstract subject is the speaker's support",
  examples: [
    { body: "These guarantees will include air policing, the Danish defence minister said.", reads: "DK air supports" },
  ],
  counterExamples: [{ body: "Denmark is considering sending troops.", reads: "DK troops considering" }],
  read: ({ stance, actors }) =>
    actors[0]!.how === "abstract" && (stance === "committed" || stance === "considering") ? "supports" : stance,
};
