import type { RegisteredPattern } from "../../pattern";

/**
 * A nationality adjective before an office ("Russian Foreign Minister A B", "Italian officials")
 * names the official's country: the subject who acts, not the owner of something another
 * country's speaker speaks of.
 */
export const OFFICE_AFTER_ADJECTIVE: RegisteredPattern = {
  id: "subjects/office-after-adjective",
  phenomenon: "a nationality adjective before an office names the official's country, the subject",
  re: /^\s*(?:[\w-]+\s+)?(?:prime minister|president|chancellor|foreign minister|defen[cs]e minister|minister|secretary|spokes(?:wo)?man|spokesperson|government|officials?|leaders?|diplomats?|envoy|ambassador|authorities|ministry)\b/i,
  examples: [" Foreign Minister Sergey Lavrov", " officials", " Deputy Foreign Minister", " government"],
  counterExamples: [" troops", " plan to send troops", " peacekeepers"],
};
