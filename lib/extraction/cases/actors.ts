import type { PhenomenonCase } from "./case";

/** Who a position belongs to: speakers, institutions, capitals and palaces, several countries, reported positions, and who does not count. */
export const ACTORS_CASES: readonly PhenomenonCase[] = [];
