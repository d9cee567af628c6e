/**
 * The extraction engine's public API: pure TypeScript (no database, no framework), so it
 * runs under tsx, vitest and in a Next server action alike. See README.md in this folder.
 */
export { extractPositions, type PositionProposal, type ExtractOptions } from "./engine";
export {
  parseArticleFile,
  proposeArticleFields,
  findDate,
  type ArticleInput,
  type ProposedArticleFields,
} from "./article";
export { splitSentences, type SentenceSpan } from "./sentences";
export { resolveStatementDate } from "./dates";
export { findActorMentions, type ActorMention } from "./actors";
