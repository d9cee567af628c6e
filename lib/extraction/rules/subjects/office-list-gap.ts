import type { RegisteredPattern } from "../../pattern";

/** "President of Spain A, President of Portugal B and ...": officials listed by their office. */
export const OFFICE_LIST_GAP: RegisteredPattern = {
  id: "subjects/office-list-gap",
  phenomenon: "officials listed by their office: the name and the next office between two countries",
  re: /^(?:\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}\p{Lu}[\p{L}.'’-]*)?(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:Prime Minister|President|Chancellor|(?:Foreign |Defen[cs]e )?Minister|Premier|King|Queen|leader)\s+of\s+(?:the\s+)?$/u,
  examples: [" Ana Lopez, President of ", " Rui Costa, and Prime Minister of the ", ", President of "],
  counterExamples: [" Ana Lopez met the President of ", " troops, President of ", " and the people of "],
};
