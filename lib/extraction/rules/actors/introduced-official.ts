import type { RegisteredPattern } from "../../pattern";

/**
 * An official introduced by nationality, office and full name ("Slovenian Defence Minister
 * Ana Kovac", "Slovenian foreign minister Ana Kovac", "his Portuguese counterpart, Rui Costa"),
 * read just after the nationality adjective or the country's possessive ("Norway's Foreign
 * Ministry Spokesman"): the name (group 1) is that country's official for the rest of the
 * article, where news copy goes on with the surname alone.
 */
export const INTRODUCED_OFFICIAL: RegisteredPattern = {
  id: "actors/introduced-official",
  phenomenon: "an official introduced by nationality, office and full name, named later by surname",
  re: /^(?:['’]s)?\s+(?:(?:[Dd]efen[cs]e|[Ff]oreign(?: [Aa]ffairs)?|[Dd]eputy|[Vv]ice|[Ii]nterior|[Ff]inance|[Ff]irst|[Aa]cting|[Ee]conomy|[Aa]rmed [Ff]orces|[Mm]inistry|[Pp]residential|[Gg]overnment|[Ss]tate|[Nn]ational [Ss]ecurity|[Ee]uropean [Aa]ffairs)\s+)*(?:[Pp]rime [Mm]inister|[Pp]resident|[Cc]hancellor|[Mm]inister|[Ss]ecretary(?: [Gg]eneral)?|[Ss]pokes(?:wo)?man|[Ss]pokesperson|[Ee]nvoy|[Aa]mbassador|[Cc]ommissioner|[Pp]remier|General|Admiral|Chief of (?:the )?(?:General|Defen[cs]e) Staff|[Cc]ounterpart|[Tt]op [Dd]iplomat|[Aa]dvis[eo]r)(?:\s+(?:for|of)\s+(?:the\s+)?(?:[Ff]oreign [Aa]ffairs|[Nn]ational [Dd]efen[cs]e|[Dd]efen[cs]e|[Ee]urope(?:an [Aa]ffairs)?|[Aa]rmed [Ff]orces|[Ss]tate|[Hh]omeland [Ss]ecurity))?,?\s+([\p{Lu}][\p{L}'’-]+(?:\s+(?:\p{Lu}\.|van|von|de|der|den|del|da|di|du|le|la))*(?:\s+[\p{Lu}][\p{L}'’-]+){1,2})/u,
  examples: [
    " Defence Minister Ana Kovac",
    " Prime Minister Jon Olsen",
    "’s Foreign Ministry Spokesman Maria Souza",
    " foreign minister Ana Kovac",
    " counterpart, Rui Costa",
    " Foreign Affairs Minister Jane Roy",
    " Minister for Foreign Affairs Janis Ozols",
    "'s Minister of Defence Kari Dahl",
    " National Security Adviser Piotr Zielinski",
    " Foreign Minister Jan van der Berg",
    " Defence Minister Jan P. Novak",
    " Deputy Secretary of State Tom Hale",
  ],
  counterExamples: [" defence minister said", " Prime Minister said on Monday", " troops will stay", " president, who"],
};
