/**
 * The message an embed (/embed/*) posts to the page that frames it with its height; the embed
 * snippet's script listens for it. Kept out of the client component that posts it, so that
 * server code (the snippet) reads the value itself rather than a client reference.
 */
export const EMBED_HEIGHT_MESSAGE = "security-guarantees-tracker:height";
