import type { PhenomenonCase } from "./case";

/** Officials the speaker gazetteer knows by name, and officials it does not know, introduced by their office. */
export const OFFICIALS_CASES: readonly PhenomenonCase[] = [];
