import type { RegisteredPattern } from "../../pattern";

/**
 * Phenomenon: a trailing frame goes on with a participle of a pledge or a refusal that is the
 * speaker's own statement ('"Britain will be there," Starmer said on Tuesday, pledging to send
 * troops after a ceasefire', '..., Tusk said, ruling out Polish troops'): the frame ends before
 * the participle, which is read as the speaker's.
 */
export const PARTICIPLE_AFTER_FRAME: RegisteredPattern = {
  id: "speaker/participle-after-frame",
  phenomenon: "a pledge or refusal as a participle after a trailing frame",
  re: /,\s+(?=(?:pledging|promising|vowing|offering|committing|ruling out|refusing|rejecting)\b)/i,
  examples: [" on Tuesday, pledging to send troops", ", ruling out Polish troops", ", offering two frigates"],
  counterExamples: [" on Tuesday, adding that it would help", " in Kyiv, where he met Zelensky"],
};
