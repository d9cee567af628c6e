/**
 * The largest server-action request Next reads (next.config.ts `serverActions.bodySizeLimit`):
 * over the 200 KB paste limit with room to spare, so that a paste of a few megabytes reaches
 * the action and is refused with its own message. Past it Next answers 500, so proxy.ts
 * refuses such a request first, with a 413.
 */
export const SERVER_ACTION_BODY_LIMIT_BYTES = 6 * 1024 * 1024;
