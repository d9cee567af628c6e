import type { RegisteredPattern } from "../../pattern";

// ASCII classes on purpose: without the u flag this runs several times faster.
export const CLAUSE_BREAK: RegisteredPattern = {
  id: "clauses/clause-break",
  phenomenon: "where one clause ends and the next begins",
  re: /\s*;\s*|:\s+(?=that\b|["“]?[a-z])|,?\s+['"“‘]?but\s+(?!not\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?,)|,\s*while\s+|,\s*(?=not\s+(?!only\b|just\b|merely\b|least\b|simply\b)(?:to\s+)?[a-z]+ing\b|not\s+to\s+[a-z]+\s)|,\s*whereas\s+|,\s*(?:even\s+)?(?:though|although)\s+(?!,|not\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?,)|\s*[,–—]\s*(?=(?:a|an)\s+(?:proposal|move|step|plan|idea|prospect|scenario)\s+(?:that|which)\s)|,\s*(?=which\s|who\s)|,\s*(?=with\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+(?:also\s+)?[a-z]+ing\s+(?!(?:for|of|from|to|in|and|or|with)\b)[a-z])|,\s*(?:and|so)\s+(?=(?:I|we|it|they|he|she|there|the|its|our|his|her|[A-Z\u00C0-\u00DE][\w\u00C0-\u024F-]+)\s)|,\s*(?=(?:(?:a|one|two|three|several)\s+(?:days?|weeks?|hours?)\s+|shortly\s+|just\s+|hours\s+)?after\s+[^,;]{2,60}?\b(?:said|announced|pledged|agreed|signed|confirmed|declared|unveiled|promised)\b)|\s+and\s+(?=(?:will|would|shall|could|may|might)\s)|\s+and\s+(?=(?:also\s+)?(?:wanted|wants|urged|urges|supported|supports|welcomed|welcomes|favou?red|favou?rs|insisted|insists|demanded|sought|seeks|pledged|promised|intends|intended)\s)|\s+and\s+(?=(?:is|are|was|were|has|have|had)\s+(?:also\s+|now\s+|still\s+)?(?:considering|weighing|studying|examining|exploring|ready|prepared|willing|planning|open|not|no\s+longer)\b)/g,
  examples: [
    "We will help; they will not",
    "We will help, but only later",
    "Paris agreed, and Rome will wait",
    "Spain will train pilots and will fund demining",
    // A second predicate of wanting, support or pledge after a refusal: its own clause.
    "Kyiv would not accept a weak deal and wanted guarantees",
    "Paris will send ships, though Rome has rejected the idea",
    "Paris will send ships – a move that Rome rejects",
    "Paris will pay for the drones, and there will be no limits on their use",
    "Spain will monitor the ceasefire, not to send combat troops",
    "Spain will help by training pilots, not sending troops",
    "We will help, but not with troops, he said",
    "London and Paris will lead the force, with Berlin providing air defence",
    // A report told as what came before: its own clause, with its own subject and cue.
    "Moscow rejected any deployment, a day after Britain and France said they would send troops",
  ],
  counterExamples: [
    "Spain and Italy agreed",
    "bread and butter",
    "Britain and France wanted guarantees",
    "Spain will send, not only troops",
    "Italy, not least",
    "Britain and France, but not Germany, are ready",
    "Several countries, though not Italy, are ready",
    "Britain will send troops, with US backing",
    "Britain will send troops, with US backing for the force",
    "Moscow rejected it, after the talks",
  ],
};
