import type { RegisteredPattern } from "../../pattern";

/** The break ", and " before the last name of a list with a serial comma. */
export const SERIAL_AND: RegisteredPattern = {
  id: "clauses/serial-and",
  phenomenon: "the serial comma before the last item of a list (', and ')",
  re: /^,\s*and\s+$/,
  examples: [", and ", ",  and "],
  counterExamples: [", but ", " and "],
};
