// Entry of a SQLite read worker thread (lib/db/read-sql.ts). Each thread keeps one read-only
// connection per database file and its prepared statements, so a read costs the query and
// nothing else, and runs on this thread instead of the one that serves pages.
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS entry, loaded by piscina as it is */
const os = require("node:os");
const { workerData } = require("node:worker_threads");
const Database = require("better-sqlite3");

/** How long a read waits for a writer's lock (the server's own writes, `npm run ingest`). */
const BUSY_TIMEOUT_MS = 10_000;

// On Linux a priority set with pid 0 is this thread's alone: the thread that serves pages keeps
// the CPU first, and a slow read waits for it rather than the other way round.
try {
  os.setPriority(workerData?.priority ?? 0);
} catch {
  // A system that refuses leaves the thread at the process's priority.
}

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

module.exports = function read(task) {
  // What this thread runs at, for lib/db/read-sql.integration.test.ts.
  if (task.probe === "priority") return os.getPriority();
  const entry = connectionTo(task.file);
  let statement = entry.statements.get(task.sql);
  if (!statement) {
    statement = entry.db.prepare(task.sql);
    entry.statements.set(task.sql, statement);
  }
  return statement.all(...task.params);
};
