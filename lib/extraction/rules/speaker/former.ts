import type { RegisteredPattern } from "../../pattern";

/** Phenomenon: former officials ("the former prime minister", "a retired general") speak for no government. */
export const FORMER: RegisteredPattern = {
  id: "speaker/former",
  phenomenon: "a former official speaks for no government",
  re: /\b(?:former|retired|ex-|one-time|then-)/i,
  examples: ["the former prime minister", "a retired general", "ex-minister"],
  counterExamples: ["the formal talks", "the prime minister"],
};
