import pino from "pino";

/**
 * The app's structured logger: one JSON line per event on stdout, for whatever collects the
 * server's output. Unexpected errors go here with their stack; users see a generic message.
 */
export const logger = pino({
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "silent" : "info"),
  base: { app: "security-guarantees-tracker" },
});
