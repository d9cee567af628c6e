import type { RegisteredPattern } from "../../pattern";

/**
 * A verb of wanting or asking whose object is the list after a colon ("Zelensky listed what Kyiv
 * wants from the coalition: troops on the ground, air policing and ..."): the items are what it
 * wants, so the verb is their cue.
 */
export const COLON_OBJECT_CUE: RegisteredPattern = {
  id: "stance/colon-object-cue",
  phenomenon: "a verb of wanting or asking whose object is the list after a colon",
  re: /^(?:wants?|wanted|needs?|calls? for|called for|asks? for|asked for|demands?|demanded|seeks?|insists? on|insisted on|urg\w*|proposed|proposes?|backs?|backed|supports?|favou?rs?|welcom\w*)$/iu,
  examples: ["wants", "asked for", "called for", "needs"],
  counterExamples: ["will", "ready", "should"],
};
