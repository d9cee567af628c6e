import type { RegisteredPattern } from "../../pattern";

/** A frame inside the sentence between commas. */
export const PARENTHETICAL_FRAME: RegisteredPattern = {
  id: "speaker/parenthetical-frame",
  phenomenon: "a frame inside the sentence between commas",
  re: /,\s*([^,"“”]{1,60}?)\s+(?:said|says|added|noted|stressed|insisted|argued)\s*,\s*(?=\S)/,
  examples: ["We will, the minister said, help", "It is, she added, ready"],
  counterExamples: ["We will help, the minister said.", "It is ready, she said"],
};
