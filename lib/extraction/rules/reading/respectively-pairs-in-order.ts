import type { TypeHit } from "../../commitments";
import type { ReadingRule } from "../../reading-rule";
import type { Actor } from "../../subjects";
import { RESPECTIVELY } from "../engine/respectively";

/**
 * "Denmark and Norway will lead the training mission and provide intelligence, respectively":
 * as many countries as commitment types, paired in the order both are named; each country takes
 * only its own. With fewer types than countries ("two frigates and a minehunter, respectively")
 * the one commitment is every country's.
 */
export const RESPECTIVELY_PAIRS_IN_ORDER: ReadingRule<
  { hit: TypeHit; actors: readonly Actor[]; hits: readonly TypeHit[]; cueText: string },
  Actor[] | null
> = {
  id: "reading/respectively-pairs-in-order",
  phenomenon: "respectively gives each country of a list the commitment in its place",
  examples: [
    {
      body: "Denmark and Norway will lead the training mission and provide intelligence, respectively.",
      reads: "DK training committed",
    },
    {
      body: "Denmark and Norway will lead the training mission and provide intelligence, respectively.",
      readsNot: "DK intelligence",
    },
    {
      body: "Finland and Sweden will respectively patrol the Black Sea and send troops to Ukraine.",
      readsNot: "FI troops",
    },
  ],
  counterExamples: [
    {
      body: "The Netherlands and Belgium will contribute two frigates and a minehunter, respectively, to the Black Sea mission.",
      reads: "BE maritime committed",
    },
    {
      body: "Denmark and Norway will lead the training mission and provide intelligence.",
      reads: "DK intelligence committed",
    },
  ],
  read: ({ hit, actors, hits, cueText }) => {
    if (actors.length < 2 || !RESPECTIVELY.re.test(cueText)) return null;
    if (actors.some((a) => !a.mention) || new Set(actors.map((a) => a.country)).size !== actors.length) return null;
    const types: string[] = [];
    for (const h of hits) if (!types.includes(h.type)) types.push(h.type);
    if (types.length !== actors.length) return null;
    const inOrder = [...actors].sort((a, b) => a.mention!.start - b.mention!.start);
    return [inOrder[types.indexOf(hit.type)]!];
  },
};
