import type { RegisteredPattern } from "../../pattern";

/**
 * A lead frame that ends in a colon before a quotation ('The German ambassador, Hans Weber,
 * said: "We will ..."', 'Speaking in Riga, the minister told reporters: "..."'): the reporter
 * (group 1) and the rest of the frame (group 2) up to the colon.
 */
export const COLON_FRAME: RegisteredPattern = {
  id: "speaker/colon-frame",
  phenomenon: "a lead frame that ends in a colon before a quotation",
  re: /^([^"“”]{1,160}?)\b(?:said|says|stated|told|added|noted|stressed|insisted|declared|explained|wrote|warned|replied|responded|emphasi[sz]ed|underlined|announced)\b([^"“”:]{0,60}):\s*(?=["“])/u,
  examples: [
    'The German ambassador, Hans Weber, said: "We will',
    'Speaking in Riga, the minister told reporters on Monday: "',
  ],
  counterExamples: ['"We will help," he said: "', "He said the plan: was clear"],
};
