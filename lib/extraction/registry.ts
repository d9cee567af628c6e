/**
 * Every pattern the rule stages run, by id: the lexicon's families and the stages' own rules;
 * and the rules of the sentence reading, each a decision over what the stages found.
 * `registry.test.ts` runs each one's examples and counter-examples in one loop, and checks that
 * the ids are unique and that no stage holds a pattern of its own.
 */
import { REGISTERED_ACTOR_WORDS } from "./lexicon/actor-words";
import { REGISTERED_COMMITMENT_TYPES } from "./lexicon/commitment-types";
import { REGISTERED_CONDITIONS } from "./lexicon/conditions";
import { REGISTERED_COUNTRY_GROUPS } from "./lexicon/country-groups";
import { REGISTERED_FRAMES } from "./lexicon/frames";
import { REGISTERED_SECTIONS } from "./lexicon/sections";
import { REGISTERED_STANCES } from "./lexicon/stances";
import type { RegisteredPattern } from "./pattern";
import { REGISTERED_READING_RULES, REGISTERED_RULES } from "./rules";

export const REGISTERED_PATTERNS: readonly RegisteredPattern[] = [
  ...REGISTERED_COMMITMENT_TYPES,
  ...REGISTERED_STANCES,
  ...REGISTERED_CONDITIONS,
  ...REGISTERED_FRAMES,
  ...REGISTERED_SECTIONS,
  ...REGISTERED_ACTOR_WORDS,
  ...REGISTERED_COUNTRY_GROUPS,
  ...REGISTERED_RULES,
];

export { REGISTERED_READING_RULES };
