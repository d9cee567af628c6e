import type { RegisteredPattern } from "../../pattern";

/**
 * What may follow a trailing frame: the end, a phrase of time, place or manner, or a second
 * act of the same reporter ('," he said and urged allies to ...').
 */
export const TRAILING_FRAME_TAIL: RegisteredPattern = {
  id: "speaker/trailing-frame-tail",
  phenomenon: "what may follow a trailing frame: the end, or a phrase of time, place or manner",
  re: /^\s*(?:$|[.!?,;:]|(?:on|in|at|during|after|before|while|when|to|from|with|according|late|earlier|yesterday|today|this|last|as|via|through|adding|referring|citing|noting|speaking|quoted|per|in an?|and (?:called|urged|added|noted|stressed|warned|insisted|emphasi[sz]ed|underlined|recalled|pointed|expressed|thanked|praised|went on))\b)/i,
  examples: [";; .", " on Monday", " adding that it would help", " and urged allies to keep up the pressure"],
  counterExamples: ["Britain will help", " the troops", " and Britain will help"],
};
