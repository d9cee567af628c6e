import type { PhenomenonCase } from "./case";

/** Commitment types named in other words: each type's vocabulary, nominalisations and verbs. */
export const TYPES_CASES: readonly PhenomenonCase[] = [];
