// A child process for lib/db/read-sql.integration.test.ts: one read through the read pool of
// DATABASE_URL, then nothing more. It ends on its own only if the readers kept idle (a SQLite
// thread, a PostgreSQL connection) do not hold it open.
// Usage: tsx --conditions=react-server lib/test/read-once.ts
import { readRows } from "@/lib/db/read-sql";

readRows(`SELECT COUNT(*) AS "count" FROM "Country"`).then((rows) => process.stdout.write(`read ${rows.length} row\n`));
