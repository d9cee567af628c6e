/** Words about actors: offices, pronouns, subjects that are nobody in particular, prepositions before a country. */
import { compilePattern as g, type RegisteredPattern } from "../pattern";

/** Role words: a person described by office ("a senior Italian official", "the EU's foreign policy chief"), and whose government speaks. */
export const ROLE_RE = g(
  "\\b(?:prime minister|president|chancellor|foreign minister|defen[cs]e minister|defen[cs]e secretary|foreign secretary|secretary of state|minister|PM|premier|leader|head of (?:state|government)|government|authorities|ministry|spokes(?:wo)?man|spokesperson|envoy|ambassador|embass(?:y|ies)|king|office|officials?|chief|high representative|commissioner|secretary general|counterpart|top diplomat)\\b",
);
/** An office before a name ("Prime Minister Jane Doe"): the name is the speaker. */
export const ROLE_NAME_RE =
  /\b(?:Prime Minister|President|Chancellor|Minister|Secretary(?: General)?|Spokes(?:wo)?man|Spokesperson|Envoy|Ambassador|Director|Commissioner|Governor|Premier|Gen\.|General|Admiral|Senator|Representative|Chief)\s+((?:[\p{Lu}][\p{L}'’-]+)(?:\s+[\p{Lu}][\p{L}'’-]+){1,2})/u;
/**
 * Phenomenon: a possessive office ("its defence minister", "its foreign ministry", "its
 * government") names no country of its own: it is the one "its" refers to.
 */
export const POSSESSIVE_OFFICE_RE = g(
  "^\\s*(?:[\\w'’-]+\\s+){0,3}?(?:its|the (?:country|nation)['’]s)\\s+(?:[\\w-]+\\s+){0,2}?(?:prime minister|president|chancellor|minister|ministry|premier|leader|head of (?:state|government)|government|authorities|spokes(?:wo)?man|spokesperson|envoy|ambassador|office|officials?|chief|secretary general|high representative|commissioner)\\b",
);
/**
 * Phenomenon: a plural pronoun for a coordinated subject ("The leaders of Estonia and Latvia
 * said their countries would ...", "... said that they were ready", "both governments", "the two
 * leaders", "each country").
 */
export const PLURAL_ANAPHOR_RE = g(
  "\\b(?:they|their (?:countries|governments|nations|states)|(?:both|the (?:two|three|four)) (?:countries|governments|nations|leaders(?![\\w'’]))|each (?:country|government|nation)|each of (?:them|the (?:two|three|four) (?:countries|governments|nations)))\\b",
);
/** A frame whose speaker is a pronoun or an office without a name: the speaker named before. */
export const PRONOUN_SPEAKER_RE = g(
  "^\\s*(?:(?:at the same time|in (?:his|her|their) [\\w-]+(?: [\\w-]+)?|[a-z]+ly|later|earlier|meanwhile|however|also|in addition|then|now|today|yesterday|on \\w+day),\\s+)?(?:he|she|they|the (?:president|prime minister|pm|chancellor|minister|premier|head of (?:state|government)|leader|statement|secretary general|spokes(?:wo)?man|spokesperson|government|ministry|office))\\b",
);

/** Subjects that are nobody in particular: a position needs a country. */
export const GENERIC_SUBJECT_RE = g(
  "\\b(?:countries|states|nations|allies|partners|leaders|europe|europeans|members|others|coalition|nobody|no one|everyone|many|several|some|poll|survey|majority|analysts|experts|observers|media|officials|critics|opponents|opposition|part(?:y|ies)|conservatives|tories|republicans|democrats|commentators|diplomats|sources|reports?)\\b",
);
/** The speaker speaking for their own government. */
export const FIRST_PERSON_RE = /\b(?:we|I|our|us|my)\b/i;
/**
 * A country described, not named: "the Baltic nation", "the Nordic country", "the Alpine
 * republic", "the kingdom", "the grand duchy" stand for the country named before, as "the country" does, and so do its forces
 * ("Norway pledged soldiers. The troops will guard the ports"); not "the other
 * country", "the host nation", "the nation of ...", "the kingdom of ..." or "the forces of ...".
 */
export const COUNTRY_DESCRIPTION =
  "\\bthe (?:forces|troops|soldiers|contingent|republic|kingdom|grand duchy|principality)\\b(?!\\s+of\\b)|\\bthe (?!(?:other|another|same|lead|host|framework|member|first|second|last|next|only|each|every|whole|entire|receiving|sending|aggressor|attacking|invading|victim|donor)\\b)[a-z]+(?:-[a-z]+)? (?:country|nation|kingdom|republic|duchy|principality)\\b(?!\\s+of\\b)";
/** A pronoun or a definite office (also "his cabinet", "the administration") that stands for a country named before. */
export const THIRD_PERSON_RE = g(
  "\\b(?:it|its|they|he|she|his country|her country|the country|the government|his government|her government|their government|the authorities|its government|(?:the|its|his|her) (?:cabinet|administration)|the state|the ministry|the (?:treasury|chancellery|foreign office|(?:defen[cs]e|foreign|finance) ministry)|the bloc|the union|the alliance|the (?:president|prime minister|premier|chancellor|leader|head of (?:state|government)))\\b|" +
    COUNTRY_DESCRIPTION,
);
/** A preposition just before a country: the country is not the agent ("talks with Poland"). */
export const EXCLUDING_PREP_RE = g(
  "(?:\\b(?:in|into|to|with|from|between|for|against|on|at|by|than|about|along with|together with|alongside|including|such as|like|as far as|toward|towards|over|among|amid|without|via|except|besides|unlike|behind|near|off|outside|inside|beyond|above|beside|within|across|through|after|before|following|despite|around|during|under|upon|of|(?:but|though|although|yet) not|not even)|\\band other)\\s+(?:the\\s+|a\\s+|an\\s+)?(?:(?:western|eastern|southern|northern|central|south-eastern|south-western|north-eastern|north-western)\\s+)?$",
);
/**
 * An office, a governing body or a pledge noun before "of": the country after "of" is its
 * owner after all ("the Council of the EU agreed ...").
 */
export const ROLE_BEFORE_OF_RE = g(
  "\\b(?:prime ministers?|presidents?|chancellor|ministers?|governments?|authorities|leaders?|heads?|king|ministry|office|premier|people|council|commission|contributions?|participation|involvement|offer|proposal|pledges?|commitments?)\\s+of\\s+(?:the\\s+)?$",
);
/** What may stand between two countries of one coordinated subject. */
export const COORD_RE = /^\s*(?:,|and|or|as well as|, and)\s*(?:the\s+)?$/u;

/** The actor-word family as registered: each pattern with phrases it must and must not match. */
export const REGISTERED_ACTOR_WORDS: readonly RegisteredPattern[] = [
  {
    id: "actor-word/role",
    phenomenon: "a person described by office",
    re: ROLE_RE,
    examples: [
      "the defence minister",
      "a government spokesperson",
      "the head of state",
      "Dutch officials",
      "a senior official",
      "the Russian embassy",
      "the foreign policy chief",
      "his British counterpart",
      "Portugal's top diplomat",
    ],
    counterExamples: ["a retired teacher"],
  },
  {
    id: "actor-word/office-before-name",
    phenomenon: "an office before a name",
    re: ROLE_NAME_RE,
    examples: ["Prime Minister Jane Doe", "Admiral Tom Rowe"],
    counterExamples: ["the prime minister jane doe", "Minister Doe"],
  },
  {
    id: "actor-word/possessive-office",
    phenomenon: "a possessive office: its defence minister",
    re: POSSESSIVE_OFFICE_RE,
    examples: ["its defence minister", "and its foreign ministry", "its government", "The country's defence minister"],
    counterExamples: ["the defence minister", "its army"],
  },
  {
    id: "actor-word/plural-anaphor",
    phenomenon: "a plural pronoun for a coordinated subject",
    re: PLURAL_ANAPHOR_RE,
    examples: [
      "their countries would help",
      "both governments agreed",
      "the two nations",
      "each country will send",
      "each of the two countries",
      "both leaders pledged",
    ],
    counterExamples: ["their plans", "both sides", "each year", "the two leaders' talks"],
  },
  {
    id: "actor-word/pronoun-speaker",
    phenomenon: "a speaker named by pronoun or office alone",
    re: PRONOUN_SPEAKER_RE,
    examples: [
      "He said",
      "the prime minister added",
      "The statement read",
      "At the same time, she noted",
      "In her speech, the minister added",
      "Later, he said",
    ],
    counterExamples: ["Anna Berg said", "said he", "In Paris, Anna Berg said"],
  },
  {
    id: "actor-word/generic-subject",
    phenomenon: "a subject that is nobody in particular",
    re: GENERIC_SUBJECT_RE,
    // A party speaks for its members, not the government ("The Conservatives have demanded ...").
    examples: ["many countries", "analysts", "a recent poll", "The Conservatives", "the ruling party", "Democrats"],
    counterExamples: ["Finland", "the minister", "the government"],
  },
  {
    id: "actor-word/first-person",
    phenomenon: "the speaker speaking for their own side",
    re: FIRST_PERSON_RE,
    examples: ["we will help", "our troops", "I think so"],
    counterExamples: ["they will help", "wearing"],
  },
  {
    id: "actor-word/third-person",
    phenomenon: "a pronoun or definite office for a country named before",
    re: THIRD_PERSON_RE,
    examples: [
      "it will send",
      "the government agreed",
      "the Treasury will provide",
      "the Defence Ministry said",
      "the bloc said",
      "the Nordic country will",
      "the Alpine republic",
      "the president will send",
      "his cabinet was prepared",
      "the administration will",
    ],
    counterExamples: ["Sweden agreed", "item", "the other country", "the host nation"],
  },
  {
    id: "actor-word/preposition-before-country",
    phenomenon: "a preposition just before a country",
    re: EXCLUDING_PREP_RE,
    // "Britain and France, but not Germany, are ready ...": a country excepted from the subject;
    // "foreign warships off the Ukrainian coast": a place, not the owner of the ships.
    examples: [
      "talks with ",
      "the plan for the ",
      "Spain and other ",
      "Britain, but not ",
      "though not the ",
      "warships off the ",
      "stationed outside ",
      "jets over eastern ",
    ],
    counterExamples: ["talks with Spain ", "Spain said ", "Britain, but "],
  },
  {
    id: "actor-word/owner-before-of",
    phenomenon: "an office or pledge noun before of",
    re: ROLE_BEFORE_OF_RE,
    examples: ["the president of ", "the offer of the ", "the leaders of ", "the Council of the "],
    counterExamples: ["the city of ", "the president said "],
  },
  {
    id: "actor-word/coordination",
    phenomenon: "what joins two countries of one subject",
    re: COORD_RE,
    examples: [" and ", ", ", " as well as the "],
    counterExamples: [" but ", " with "],
  },
];
