// Entry of a SQLite read worker thread (lib/db/read-sql.ts). Each thread keeps one read-only
// connection per database file and its prepared statements, so a read costs the query and
// nothing else, and runs on this thread instead of the one that serves pages.
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS entry, loaded by piscina as it is */
const Database = require("better-sqlite3");

/** How long a read waits for a writer's lock (the server's own writes, `npm run ingest`). */
const BUSY_TIMEOUT_MS = 10_000;

const connections = new Map();

function connectionTo(file) {
  let entry = connections.get(file);
  if (!entry) {
    entry = {
      db: new Database(file, { readonly: true, fileMustExist: true, timeout: BUSY_TIMEOUT_MS }),
      statements: new Map(),
    };
    connections.set(file, entry);
  }
  return entry;
}

module.exports = function read({ file, sql, params }) {
  const entry = connectionTo(file);
  let statement = entry.statements.get(sql);
  if (!statement) {
    statement = entry.db.prepare(sql);
    entry.statements.set(sql, statement);
  }
  return statement.all(...params);
};
