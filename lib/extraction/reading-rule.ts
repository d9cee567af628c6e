/**
 * What a rule of the sentence reading (engine.ts `readSentence`) is when it is logic over what
 * the stages found rather than one pattern: its id, its phenomenon, what it decides, and short
 * articles that show it. `registry.test.ts` runs every case through the rule stages.
 */

/** A short article written for the project, and a position the rule stages must or must not read from it. */
export interface PhenomenonCase {
  body: string;
  /** "ES troops committed": the rules read this position; "ES troops": with any stance. */
  reads?: string;
  /** The same form: a position the rules must not read. */
  readsNot?: string;
}

export interface ReadingRule<Input, Output> {
  /** Unique across the registry: "reading/<phenomenon>". */
  id: string;
  phenomenon: string;
  /** Cases the rule decides. */
  examples: readonly PhenomenonCase[];
  /** Cases that look alike and that it must leave alone. */
  counterExamples: readonly PhenomenonCase[];
  read: (input: Input) => Output;
}
