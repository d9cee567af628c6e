/**
 * The extraction engine's public API: pure TypeScript (no database, no framework), so it
 * runs under tsx, vitest and in a Next server action alike. See README.md in this folder.
 */
export { extractPositions, type PositionProposal } from "./engine";
export { parseArticleFile, proposeArticleFields, type ArticleInput, type ProposedArticleFields } from "./article";
export { splitSentences } from "./sentences";
