import type { RegisteredPattern } from "../../pattern";

/** A sentence that names the EU or its bodies: Brussels in it is the EU ("Budapest and Brussels clash over EU funds"). */
export const EU_NAMED: RegisteredPattern = {
  id: "actors/eu-named",
  phenomenon: "a sentence that names the EU or its bodies",
  re: /\b(?:EU|European Union|European Commission|Commission|the bloc|member states|Union's)\b/,
  examples: ["clash over EU funds", "the European Commission said", "the bloc's budget"],
  counterExamples: ["The Hague and Brussels will fund weapons", "a European force", "a building block"],
};
