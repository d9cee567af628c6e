import type { RegisteredPattern } from "../../pattern";

/** A generic agent given a clause or a readiness of its own ("the nations that want to", "allies keen to"): what follows is theirs. */
export const AGENT_WITH_CLAUSE: RegisteredPattern = {
  id: "engine/agent-with-clause",
  phenomenon: "a generic agent with a clause or readiness of its own",
  re: /\b(?:that|who|which|keen|willing|ready|eager|able|want|wants|wanting|prepared)\b/i,
  examples: ["the nations that want to help", "allies keen to", "partners willing to"],
  counterExamples: ["will help the coalition by providing", "the allies by sending"],
};
