import type { RegisteredPattern } from "../../pattern";

/**
 * Phenomenon: a live page, a newsletter or a roundup marks its own analysis with a label ("Our
 * assessment:", "In our analysis:", "Analysis from our Asia editor:", "Our defence correspondent
 * writes:", "What it means:"). What the paragraph then says a country "could be expected to" do is
 * the outlet's reading, no government's statement. A correspondent who reports what someone said
 * ("Our correspondent in Moscow reports that the Kremlin ...") is no such label: it ends on no colon.
 */
export const OUTLETS_OWN_ANALYSIS: RegisteredPattern = {
  id: "furniture/outlets-own-analysis",
  phenomenon: "a label that marks the outlet's own analysis",
  re: /^\s*(?:(?:[•*–—-]|\d{1,2}[.)])\s+)?(?:(?:in\s+)?our\s+(?:analysis|assessment|view|take|reading)|(?:news\s+)?analysis(?:\s+(?:from|by)\s+[^:.]{1,50})?|(?:our|the)\s+[^:.]{0,40}?\b(?:correspondent|editor|analyst|reporter)s?\s+(?:writes|notes|explains|argues|assesses|comments|adds)|what\s+(?:it|this|that)\s+means|the\s+bigger\s+picture|why\s+it\s+matters)\s*:/i,
  examples: [
    "Our assessment: small as it is, the navy could join.",
    "In our analysis: why the Nordic air forces lead",
    "Analysis from our Asia editor: Tokyo is cautious.",
    "Our defence correspondent writes: with Hungary out, Italy could fill the gap.",
    "Analysis: Berlin's caution",
    "What it means: more pressure on Rome",
    "Why it matters: the force needs ships",
    "6. In our analysis: why the Nordic air forces lead",
  ],
  counterExamples: [
    "Our correspondent in Moscow reports that the Kremlin rejected the plan.",
    "Analysts say Italy could send troops.",
    "The analysis found that Germany will send troops.",
    "Our soldiers will go: the minister said so.",
  ],
};
