import type { PhenomenonCase } from "./case";

/** Stances in other words: pledges, readiness, hedges, refusals, endorsements, opposition, conditions. */
export const STANCES_CASES: readonly PhenomenonCase[] = [];
