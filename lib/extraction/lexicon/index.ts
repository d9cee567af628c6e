/**
 * The cue lexicon: which phrases signal a commitment type, a stance, a condition or a
 * reporting frame, one module per family. The rule stages read sentences with it; what they
 * read becomes named features of the candidates, which the learned decision (model.ts) weighs,
 * so an editor still sees the exact words behind a proposal. Every pattern is compiled once.
 */
export * from "./actor-words";
export * from "./calendar";
export * from "./commitment-types";
export * from "./conditions";
export * from "./frames";
export * from "./sections";
export * from "./stances";
