import type { RegisteredPattern } from "../../pattern";

/**
 * What may come between a measure's "to" / "of" (or its owner named after the noun) and the
 * commitment it governs: a verb and a few words, no punctuation ("deploy ", "send up to 500 ",
 * " to station "), an opening quotation mark included ('to "consider sending '). A comma or a
 * clause of its own ends the measure.
 */
export const MEASURE_REACHES_TYPE: RegisteredPattern = {
  id: "subjects/measure-reaches-type",
  phenomenon: "the few words between a measure and the commitment it names",
  re: /^\s*(?:to\s+)?[“"‘]?(?:[\w’'-]+\s+){0,5}$/u,
  examples: ["deploy ", "send up to 500 ", " to station ", " ", "", " to “consider sending "],
  counterExamples: ["deploy them, while others send ", "talk about it and then perhaps send some "],
};
