import type { PhenomenonCase } from "./case";

/** News copy as it is pasted: datelines, agency formats, headings, lists, quotes across sentences, abbreviations. */
export const COPY_CASES: readonly PhenomenonCase[] = [];
