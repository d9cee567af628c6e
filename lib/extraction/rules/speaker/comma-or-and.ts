import type { RegisteredPattern } from "../../pattern";

/** A comma, semicolon or and between two mentions. */
export const COMMA_OR_AND: RegisteredPattern = {
  id: "speaker/comma-or-and",
  phenomenon: "a comma, semicolon or and between two mentions",
  re: /[,;]|\band\b/u,
  examples: ["Oslo, Bergen", "Oslo and Bergen", "a; b"],
  counterExamples: ["Oslo Bergen", "band"],
};
