import type { RegisteredPattern } from "../../pattern";

/**
 * Phenomenon: lines a page carries beside the story that state nothing of it: a photo caption
 * ("FILE PHOTO: ...", "Photo: ...", "Pictured: ..."), an editor's note or correction ("Editor's
 * note: An earlier version of this article wrongly said ...", "Correction: ..."), a reader's
 * comment ("Reader comment: ..."), a link to another story ("Read more: Slovakia will send troops,
 * Fico says."). What they say of a country is not a statement of the article.
 */
export const NOT_THE_STORY: RegisteredPattern = {
  id: "furniture/not-the-story",
  phenomenon: "a caption, an editor's note or a reader's comment is not the story",
  re: /^\s*(?:\(?(?:file |top |main )?(?:photo(?:graph)?|picture|image|pictured|caption|illustration|video)\s*:|(?:editor(?:'s|s'|’s|s’)?) note\s*:|note to (?:readers|editors)\s*:|(?:correction|clarification|corrections and clarifications)\s*:|(?:an? )?(?:reader(?:'s|s'|’s|s’|s)?) (?:comment|letter|view)s?\s*:|(?:read (?:more|also)|also read|see also|related|more|recommended|watch|listen)\s*:|this (?:story|article|report) (?:has been|was) (?:updated|corrected|amended)\b|an earlier version of this (?:story|article|report)\b)/i,
  examples: [
    "FILE PHOTO: German soldiers board a plane in Berlin.",
    "Photo: Dutch soldiers during an exercise.",
    "Pictured: the minister in Kyiv",
    "Editor's note: An earlier version of this article said otherwise.",
    "Correction: This story has been updated.",
    "Reader comment: Britain must deploy troops now.",
    "An earlier version of this story misstated the figure.",
    "Read more: Slovakia will send troops, Fico says.",
    "ALSO READ: Hungary will block the fund",
  ],
  counterExamples: [
    "The photo showed the minister in Kyiv.",
    "The correction came on Monday.",
    "In a note to parliament, the minister said Britain would send troops.",
    "Readers of the report were told Britain would send troops.",
    "More than 30 countries will take part.",
  ],
};
