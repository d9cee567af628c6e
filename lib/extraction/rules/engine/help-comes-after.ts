import type { RegisteredPattern } from "../../pattern";

/**
 * "its help would come after a peace deal", "any deployment would come only after a ceasefire":
 * a sentence that states when a country's part comes, before saying what it is; the condition
 * follows the match.
 */
export const HELP_COMES_AFTER: RegisteredPattern = {
  id: "engine/help-comes-after",
  phenomenon: "a sentence that states when a country's part comes, before saying what it is",
  re: /\b(?:help|contribution|support|participation|deployment|role|involvement|assistance|part|engagement)\s+(?:would|will|could|can)\s+(?:only\s+)?(?:come|start|begin|follow|happen|arrive|be possible|take place)\b/iu,
  examples: [
    "its help would come after",
    "any deployment would come only after",
    "Our contribution will only start once",
    "their role would begin when",
  ],
  counterExamples: ["help came after the storm", "the help of allies", "support would be welcome"],
};
