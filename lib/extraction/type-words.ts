/**
 * Lexicon family "type words": the plain words that name a commitment type, however loosely.
 * The type patterns of the lexicon (lexicon/types/) decide what a phrase means; these only make sure that a
 * sentence naming a type at all yields a candidate for the learned decision (stage "propose"),
 * which then weighs the evidence. Recall matters here, precision is the model's job.
 */
import type { CommitmentType } from "@/lib/domain/taxonomy";

export interface TypeWordFamily {
  type: CommitmentType;
  phenomenon: string;
  re: RegExp;
  /** Phrases the family must find (checked by type-words.test.ts). */
  examples: readonly string[];
  /** Phrases it must not find. */
  counterExamples: readonly string[];
}

const words = (source: string) => new RegExp(`\\b(?:${source})`, "gi");

export const TYPE_WORD_FAMILIES: readonly TypeWordFamily[] = [
  {
    type: "troops",
    phenomenon: "own personnel or a force on the ground",
    re: words(
      "troops?\\b|soldiers?\\b|servicem[ae]n\\b|personnel\\b|boots on the ground|peace-?keep\\w*|contingents?\\b|forces?\\b|deploy\\w*|military presence|brigades?\\b|battalions?\\b|units?\\b|military mission|stationed\\b|to station\\b",
    ),
    examples: ["send a contingent", "a reassurance force", "deploying instructors", "boots on the ground"],
    counterExamples: ["a troupe of dancers", "the enforcement of rules"],
  },
  {
    type: "monitoring",
    phenomenon: "watching or verifying a ceasefire",
    re: words("monitor\\w*|verif\\w*|observers?\\b|oversee\\w*|oversight\\b|supervis\\w*"),
    examples: ["monitoring the ceasefire", "a verification mechanism", "international observers"],
    counterExamples: ["the monastery"],
  },
  {
    type: "article5",
    phenomenon: "a collective-defence guarantee",
    re: words(
      "article\\s*5\\b|article five\\b|collective defen[cs]e|mutual defen[cs]e|mutual assistance|come to (?:its|ukraine's) (?:aid|defen[cs]e)|defend ukraine if",
    ),
    examples: ["an Article 5-style guarantee", "collective defence", "mutual defense"],
    counterExamples: ["article 50", "an article on defence"],
  },
  {
    type: "air",
    phenomenon: "air policing, air cover and aircraft over Ukraine",
    re: words(
      "air\\s*(?:policing|cover|defen[cs]e|shield|support|power|mission|component|forces?)\\b|airspace|sky\\b|skies|fighter|jets?\\b|aircraft|aviation|air force|planes?\\b|no-fly",
    ),
    examples: ["air policing", "a sky shield", "fighter jets", "protect the airspace"],
    counterExamples: ["an airy room", "the airport"],
  },
  {
    type: "maritime",
    phenomenon: "the Black Sea, ships and demining at sea",
    re: words(
      "maritime|naval|navy|navies|black sea|sea\\b|ships?\\b|warships?|frigates?|minehunters?|mine-?(?:hunt|clear|sweep)\\w*|demin\\w*|shipping|vessels?|corvettes?|fleet",
    ),
    examples: ["naval presence", "minehunters", "the Black Sea", "a frigate"],
    counterExamples: ["the seashore"],
  },
  {
    type: "training",
    phenomenon: "training Ukrainian forces",
    re: words("train(?:s|ed|ing|ers)?\\b|instruct\\w*|drills?\\b|exercises\\b"),
    examples: ["train Ukrainian soldiers", "military instructors", "training mission"],
    counterExamples: ["a trainer of horses"],
  },
  {
    type: "arms",
    phenomenon: "weapons, military aid and the defence industry",
    re: words(
      "weapons?|arms\\b|armament\\w*|ammunition|munitions?|missiles?|rockets?|shells\\b|artillery|howitzers?|tanks?\\b|armou?red|drones?\\b|air defen[cs]e systems?|patriot|interceptors?|(?<!non-)military (?:aid|assistance|support|equipment)|equipment\\b|defen[cs]e industr\\w*|defen[cs]e production|arms production|co-?produc\\w*|supply\\w*|deliver\\w*|f-16s?",
    ),
    examples: ["military aid", "air defence systems", "drones for Ukraine", "co-production"],
    counterExamples: ["armistice", "a tanker truck", "non-military support"],
  },
  {
    type: "funding",
    phenomenon: "money for Ukraine's security",
    re: words(
      "fund(?:s|ed|ing|er|ers)?\\b|financ\\w*|billions?\\b|millions?\\b|bn\\b|euros?\\b|dollars?\\b|pounds\\b|kron\\w*|loans?\\b|budget\\w*|money|grants?\\b|pay\\w*|contribut\\w*|[€$£]",
    ),
    examples: ["a fund for Ukraine", "two billion euros", "a loan", "financing"],
    counterExamples: ["fundamental", "the funnel"],
  },
  {
    type: "intelligence",
    phenomenon: "intelligence and surveillance shared",
    re: words("intelligence|surveillance|reconnaissance|satellite\\w*|isr\\b|information sharing|share information"),
    examples: ["intelligence sharing", "satellite imagery", "surveillance flights"],
    counterExamples: ["intelligent design"],
  },
  {
    type: "logistics",
    phenomenon: "hubs, bases, headquarters and transport",
    re: words(
      "logistic\\w*|hubs?\\b|headquarters|bases?\\b|transport\\w*|airlift|staging|supply lines?|command cent\\w*|coordination cent\\w*|rear\\b|host\\w*",
    ),
    examples: ["a logistics hub", "headquarters in Kyiv", "airlift", "host the force"],
    counterExamples: ["baseball"],
  },
  {
    type: "backstop",
    phenomenon: "the United States behind a European force",
    re: words(
      "backstop\\w*|back(?:ing|ed|s)?\\b|underpin\\w*|guarantor|american (?:support|guarantee)|us (?:support|guarantee)",
    ),
    examples: ["a US backstop", "backing the force", "American support"],
    counterExamples: ["backgammon"],
  },
];
