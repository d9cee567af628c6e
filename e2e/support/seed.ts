import { execFileSync } from "node:child_process";
import crypto from "node:crypto";
import type { TestPosition } from "@/lib/test/factories";

export function uniqueToken(): string {
  return crypto.randomUUID().slice(0, 8);
}

/** Publishes an article with the given positions into the e2e server's database. */
export function publishTestArticle(input: { published: string; title?: string; positions: TestPosition[] }): {
  articleId: string;
} {
  const output = execFileSync(
    "node_modules/.bin/tsx",
    ["--conditions=react-server", "e2e/support/publish-fixture.ts"],
    {
      input: JSON.stringify(input),
      env: { ...process.env, DATABASE_URL: process.env.E2E_DATABASE_URL },
      encoding: "utf8",
    },
  );
  return JSON.parse(output.trim().split("\n").pop()!) as { articleId: string };
}
