import type { RegisteredPattern } from "../../pattern";

/** The agent of a passive: the force will be led by a country, the tanks delivered to Ukraine by one. */
export const PASSIVE_AGENT: RegisteredPattern = {
  id: "subjects/passive-agent",
  phenomenon: "the agent of a passive: the force will be led by a country",
  re: /^[^;]*?\bbe\s+(?:\w+ly\s+)?(?:led|provided|deployed|staffed|manned|supplied|sent|contributed|funded|financed|backed|commanded|hosted|trained|made up|formed|composed|guaranteed|offered|delivered|secured|patrolled|monitored)\s+(?:\w+\s+)?(?:(?:to|for|in)\s+(?:Ukraine|Kyiv|Kiev)\s+)?by\s+((?:the\s+)?[A-Z][^;,]*)/,
  examples: [
    "will be led by France",
    "would be staffed mainly by the British",
    "will be delivered to Ukraine by Germany",
  ],
  counterExamples: ["was led by France", "will be led by officers"],
};
