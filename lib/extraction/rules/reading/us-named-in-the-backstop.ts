import type { TypeHit } from "../../commitments";
import type { Speaker } from "../../discourse";
import type { ReadingRule } from "../../reading-rule";
import type { Actor } from "../../subjects";

/**
 * The United States named inside the phrase of a backstop ("the participation of the United
 * States would be decisive", "views Washington as a key player") is what the backstop is, not
 * who speaks of it: the position is the speaker's view of a US backstop, its support.
 */
export const US_NAMED_IN_THE_BACKSTOP: ReadingRule<
  { hit: TypeHit; actors: readonly Actor[]; speaker: Speaker },
  Actor[] | null
> = {
  id: "reading/us-named-in-the-backstop",
  phenomenon: "the US named inside a backstop phrase is the backstop, not its speaker",
  examples: [
    {
      body: "The participation of the United States will be decisive for the coalition, the Dutch defence minister said.",
      reads: "NL backstop",
    },
    {
      body: "The participation of the United States will be decisive for the coalition, the Dutch defence minister said.",
      readsNot: "US backstop",
    },
  ],
  counterExamples: [
    { body: "Washington will back any European-led force, Rubio said.", reads: "US backstop committed" },
  ],
  read: ({ hit, actors, speaker }) => {
    if (hit.type !== "backstop" || actors.length === 0) return null;
    const inside = (a: Actor) => a.mention !== null && a.mention.start >= hit.start && a.mention.end <= hit.end;
    if (!actors.every(inside)) return null;
    return speaker.country && speaker.country !== "US"
      ? [{ country: speaker.country, how: "abstract", mention: null }]
      : [];
  },
};
