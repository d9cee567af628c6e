import type { RegisteredPattern } from "../../pattern";

/**
 * Phenomenon: a live page opens each entry with the time it was posted ("14:05 GMT – ", "2.05pm:
 * ", "[09:12] ", "16:40 CET: ", "Updated 11:20 – "). The time is furniture: the entry's
 * statement, its subject and its own label ("Analysis:", "Breaking:") come after it. A time
 * needs its minutes or am/pm, so "12 countries" and "3.5 billion" are no timestamp.
 */
export const TIMESTAMP: RegisteredPattern = {
  id: "furniture/timestamp",
  phenomenon: "the time a live page's entry was posted, before the entry",
  re: /^(?:\[\s*)?(?:(?:[Uu]pdated|[Pp]osted)(?:\s+at)?\s+)?\d{1,2}(?:[:.h]\d{2}(?:\s*[aApP]\.?[mM]\.?)?|\s*[aApP]\.?[mM]\.?)(?:\s*\])?(?:\s+(?:GMT|BST|UTC|CET|CEST|EET|EEST|MSK|JST|KST|AEST|AEDT|NZST|NZDT|EST|EDT|ET|PST|PDT|PT|local time))?(?:\s*[:–—|-]\s*|\s+(?=[\p{Lu}"“‘']))/u,
  hint: /^[\d[UuPp]/,
  examples: [
    "14:05 GMT – Portugal's minister says",
    "2.05pm: Norway will send",
    "05pm: Norway will send",
    "[09:12] Norway will send",
    "16:40 CET: The United States",
    "Updated 11:20 – Japan could",
    "14h05 Norway will send",
    "10.32 BST Analysis: why",
  ],
  counterExamples: [
    "12 countries will send troops",
    "3.5 billion euros for Kyiv",
    "14.30 billion euros",
    "2026 Norway will send",
    "Updates from Kyiv: more",
  ],
};
