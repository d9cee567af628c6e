// The server actions of a build and what each may be sent: for scripts/serve.mjs, which refuses
// an action request before Next reads its body. Plain JavaScript, like the server.
import fs from "node:fs";

/** The largest body an action reads unless it names its own limit below. */
export const DEFAULT_ACTION_BODY_LIMIT_BYTES = 64 * 1024;

/**
 * The paste: over the 200 KB limit of an article with room to spare (the form sends back what
 * was typed, so a paste travels twice), so that a paste of a few megabytes reaches the action
 * and is refused with its own message. next.config.ts gives Next this limit too.
 */
export const PASTE_ACTION_BODY_LIMIT_BYTES = 6 * 1024 * 1024;

/** Every action by `<file>#<export>`, with the most its request body may be, in bytes. */
export const ACTION_BODY_LIMITS = new Map([
  ["app/ingest/actions.ts#submitArticleAction", PASTE_ACTION_BODY_LIMIT_BYTES],
  // A position's fields (a sentence of evidence, a condition, a note), with the review's ids.
  ["app/ingest/[draftId]/actions.ts#savePositionAction", DEFAULT_ACTION_BODY_LIMIT_BYTES],
  ["app/ingest/[draftId]/actions.ts#decidePositionAction", 4 * 1024],
  ["app/ingest/[draftId]/actions.ts#keepDraftOpenAction", 4 * 1024],
  ["app/ingest/[draftId]/actions.ts#publishDraftAction", 16 * 1024],
  // A correction's note is at most 2,000 characters; the form sends back what was typed.
  ["app/articles/[id]/actions.ts#correctCommitmentAction", DEFAULT_ACTION_BODY_LIMIT_BYTES],
  ["app/articles/[id]/actions.ts#retractCommitmentAction", DEFAULT_ACTION_BODY_LIMIT_BYTES],
  ["app/articles/[id]/actions.ts#retractArticleAction", DEFAULT_ACTION_BODY_LIMIT_BYTES],
  ["app/admin/users/actions.ts#createUserAction", 16 * 1024],
  ["app/admin/users/actions.ts#setUserDisabledAction", 16 * 1024],
  ["lib/auth/actions.ts#signInAction", 16 * 1024],
  ["lib/auth/actions.ts#signOutAction", 4 * 1024],
]);

/** The actions a visitor without a session may call, each on the one page that offers it. */
export const ANONYMOUS_ACTION_PATHS = new Map([["lib/auth/actions.ts#signInAction", "/sign-in"]]);

/**
 * The actions of the build whose server-reference manifest is at `manifestFile`, by the id a
 * request names them with (the Next-Action header); null when there is no such manifest.
 * @param {string} manifestFile
 * @returns {Map<string, { name: string, bodyLimit: number, anonymousPath: string | null }> | null}
 */
export function readServerActions(manifestFile) {
  let manifest;
  try {
    manifest = JSON.parse(fs.readFileSync(manifestFile, "utf8"));
  } catch {
    return null;
  }
  const actions = new Map();
  for (const entries of [manifest.node ?? {}, manifest.edge ?? {}]) {
    for (const [id, entry] of Object.entries(entries)) {
      const name = `${entry.filename}#${entry.exportedName}`;
      actions.set(id, {
        name,
        bodyLimit: ACTION_BODY_LIMITS.get(name) ?? DEFAULT_ACTION_BODY_LIMIT_BYTES,
        anonymousPath: ANONYMOUS_ACTION_PATHS.get(name) ?? null,
      });
    }
  }
  return actions;
}
