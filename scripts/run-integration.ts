// `npm run test:integration`: the same integration suite on SQLite and on PostgreSQL, each
// against a database made for the run. PostgreSQL is mandatory on CI (CI=true); elsewhere
// a missing server skips that suite and says how to enable it.
import { log } from "./lib/cli";
import { runVitest, type SuiteResult } from "./lib/suites";
import {
  checkPostgres,
  createPostgresTestDatabase,
  createSqliteTestDatabase,
  DEFAULT_TEST_POSTGRES_URL,
  type TestDatabase,
} from "./lib/test-databases";

async function runOn(name: string, database: TestDatabase): Promise<SuiteResult> {
  try {
    return runVitest(name, "integration", { DATABASE_URL: database.url, TRACKER_TEST_DATABASE: "1" });
  } finally {
    await database.drop();
  }
}

export async function runIntegrationSuites(): Promise<SuiteResult[]> {
  const results: SuiteResult[] = [];
  log("integration tests on SQLite");
  results.push(await runOn("integration (SQLite)", await createSqliteTestDatabase("integration")));

  const adminUrl = process.env.TEST_POSTGRES_URL || DEFAULT_TEST_POSTGRES_URL;
  const problem = await checkPostgres(adminUrl);
  if (problem) {
    if (process.env.CI === "true") {
      results.push({
        name: "integration (PostgreSQL)",
        passed: 0,
        failed: 1,
        skipped: 0,
        note: `${problem} (mandatory on CI)`,
        seconds: 0,
      });
    } else {
      const note = `${problem}; start PostgreSQL or set TEST_POSTGRES_URL to a local server to run it`;
      log(`integration tests on PostgreSQL SKIPPED: ${note}`);
      results.push({
        name: "integration (PostgreSQL)",
        passed: 0,
        failed: 0,
        skipped: 0,
        notRun: true,
        note,
        seconds: 0,
      });
    }
    return results;
  }
  log("integration tests on PostgreSQL");
  results.push(await runOn("integration (PostgreSQL)", await createPostgresTestDatabase(adminUrl, "integration")));
  return results;
}

if (process.argv[1]?.endsWith("run-integration.ts")) {
  runIntegrationSuites()
    .then((results) => {
      for (const result of results)
        log(
          `${result.name}: ${result.passed} passed, ${result.failed} failed${result.note ? ` (${result.note})` : ""}`,
        );
      process.exit(results.some((result) => result.failed > 0) ? 1 : 0);
    })
    .catch((error: unknown) => {
      log(`failed: ${error instanceof Error ? error.stack : String(error)}`);
      process.exit(1);
    });
}
