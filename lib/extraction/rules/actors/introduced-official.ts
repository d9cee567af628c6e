import type { RegisteredPattern } from "../../pattern";

/**
 * An official introduced by nationality, office and full name ("Slovenian Defence Minister
 * Ana Kovac"), read just after the nationality adjective or the country's possessive ("Norway's Foreign Ministry Spokesman"): the name (group 1) is that country's
 * official for the rest of the article, where news copy goes on with the surname alone.
 */
export const INTRODUCED_OFFICIAL: RegisteredPattern = {
  id: "actors/introduced-official",
  phenomenon: "an official introduced by nationality, office and full name, named later by surname",
  re: /^(?:['’]s)?\s+(?:(?:Defen[cs]e|Foreign|Deputy|Vice|Interior|Finance|First|Acting|Economy|Armed Forces|Ministry|Presidential|Government)\s+)*(?:Prime Minister|President|Chancellor|Minister|Secretary(?: General)?|[Ss]pokes(?:wo)?man|[Ss]pokesperson|Envoy|Ambassador|Commissioner|Premier|General|Admiral|Chief of (?:the )?(?:General|Defen[cs]e) Staff)\s+([\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+){1,2})/u,
  examples: [" Defence Minister Ana Kovac", " Prime Minister Jon Olsen", "’s Foreign Ministry Spokesman Maria Souza"],
  counterExamples: [" defence minister said", " Prime Minister said on Monday", " troops will stay"],
};
