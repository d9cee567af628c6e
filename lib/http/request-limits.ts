import { PASTE_ACTION_BODY_LIMIT_BYTES } from "./server-actions.mjs";

/**
 * The largest server-action request Next reads (next.config.ts `serverActions.bodySizeLimit`):
 * the paste action's, the largest of the per-action limits of lib/http/server-actions.mjs
 * (which scripts/serve.mjs applies before Next). Past it Next answers 500, so proxy.ts
 * refuses such a request first, with a 413, where the production server does not run.
 */
export const SERVER_ACTION_BODY_LIMIT_BYTES = PASTE_ACTION_BODY_LIMIT_BYTES;
