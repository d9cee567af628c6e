import type { RegisteredPattern } from "../../pattern";

/** Closing quotes or brackets split off as a sentence of their own. */
export const CLOSING_QUOTE_ALONE: RegisteredPattern = {
  id: "sentences/closing-quote-alone",
  phenomenon: "closing quotes or brackets split off as a sentence of their own",
  re: /^[”"’'»)\]]+[.,]?$/u,
  examples: ["”", "”.", "))"],
  counterExamples: ["” he said", "word"],
};
