// `tsx scripts/openapi-lint.ts redocly|spectral`: lints the OpenAPI document of /api/v1, as
// served, with a linter its users run: Redocly CLI's recommended rules (redocly.yaml) or
// Spectral's spectral:oas (.spectral.yaml). Any error or warning fails the check: a client
// generator or a gateway reads the same document. Run by `npm test` as static checks.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { getSiteUrl } from "@/lib/sharing/site-url";

const LINTERS = {
  redocly: (file: string) => [
    "node_modules/.bin/redocly",
    ["lint", file, "--config", "redocly.yaml", "--max-problems", "100"],
  ],
  spectral: (file: string) => [
    "node_modules/.bin/spectral",
    ["lint", file, "--ruleset", ".spectral.yaml", "--fail-severity", "hint", "--display-only-failures"],
  ],
} as const satisfies Record<string, (file: string) => readonly [string, string[]]>;

const linter = process.argv[2];
if (linter !== "redocly" && linter !== "spectral") {
  console.error("usage: tsx scripts/openapi-lint.ts redocly|spectral");
  process.exit(2);
}
const directory = fs.mkdtempSync(path.join(os.tmpdir(), "tracker-openapi-"));
const file = path.join(directory, "openapi.json");
// As a local run serves it (no public address configured: the server is "/"); a configured
// one differs only in its server URL, which the same rules accept unless it is localhost.
const document = buildOpenApiDocument({ serverUrl: "/", siteUrl: getSiteUrl({}) });
fs.writeFileSync(file, JSON.stringify(document, null, 2));
const [command, args] = LINTERS[linter](file);
const run = spawnSync(command, args, {
  encoding: "utf8",
  // No telemetry or update checks: these machines and many CI runners are offline.
  env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true", NO_COLOR: "1" },
});
fs.rmSync(directory, { recursive: true, force: true });
process.stdout.write(run.stdout ?? "");
process.stderr.write(run.stderr ?? "");
// Redocly exits 0 with warnings; a warning counts here as an error does.
const warned = linter === "redocly" && /You have \d+ warnings?/.test(`${run.stdout}${run.stderr}`);
process.exit(run.status === 0 && !warned ? 0 : 1);
