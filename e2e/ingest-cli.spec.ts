// `npm run ingest` writes from its own process, so it asks the running app to expire its
// cached views (lib/cache/request-invalidation.ts): the matrix served from the route cache
// before the import shows the imported position right after it.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { getCached } from "./support/route-cache";
import { uniqueToken } from "./support/seed";
import { cellInHtml } from "./support/matrix";

test("an import from the command line is visible at once on the cached matrix", async ({ request }) => {
  expect((await getCached(request, "/")).headers()["x-route-cache"]).toBe("hit");

  const token = uniqueToken();
  const file = path.join(os.tmpdir(), `tracker-ingest-${token}.jsonl`);
  const article = {
    title: `Asunción pledge ${token}`,
    outlet: "CLI Test Wire",
    url: null,
    published: new Date().toISOString().slice(0, 10),
    body: `Paraguay will send troops to Ukraine, its defence minister said on Tuesday. Reference ${token}.`,
  };
  fs.writeFileSync(file, `${JSON.stringify(article)}\n`);
  try {
    const output = execFileSync(
      "node_modules/.bin/tsx",
      ["--conditions=react-server", "scripts/ingest.ts", "--accept-all", file],
      {
        env: {
          ...process.env,
          DATABASE_URL: process.env.E2E_DATABASE_URL,
          TRACKER_URL: `http://127.0.0.1:${process.env.E2E_PORT ?? 3100}`,
        },
        encoding: "utf8",
      },
    );
    expect(output).toContain("1 created");
    expect(output).toContain("cached views of");
  } finally {
    fs.rmSync(file, { force: true });
  }

  const matrix = await request.get("/");
  expect(matrix.headers()["x-route-cache"]).toBe("miss");
  expect(await matrix.text()).toMatch(cellInHtml("PY", "troops"));
});
