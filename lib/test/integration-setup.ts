// Runs before every integration test file. The database was created and migrated by
// scripts/run-integration.ts; this only guards that it is a local, disposable one.
import { isLocalDatabaseUrl, redactUrl } from "@/lib/db/dialect";

const url = process.env.DATABASE_URL;
if (!url) throw new Error("Integration tests need DATABASE_URL: run them with `npm run test:integration`.");
if (!isLocalDatabaseUrl(url)) {
  throw new Error(`Refusing to run integration tests against a database that is not local: ${redactUrl(url)}`);
}
if (process.env.TRACKER_TEST_DATABASE !== "1") {
  throw new Error("Integration tests run only on a database made for them by `npm run test:integration`.");
}
