import { spawnSync } from "node:child_process";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { createTestEditor, uniqueToken } from "@/lib/test/factories";
import { resetContent } from "@/lib/test/reset-content";

beforeEach(resetContent);

// `npm run drafts:prune`, run as an operator would, against the test database.
function draftsPrune(args: string[]) {
  const result = spawnSync("node_modules/.bin/tsx", ["--conditions=react-server", "scripts/prune-drafts.ts", ...args], {
    env: process.env,
    stdio: ["ignore", "pipe", "pipe"],
    encoding: "utf8",
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

async function draftTouchedDaysAgo(days: number) {
  const editor = await createTestEditor();
  const token = uniqueToken();
  return getDb().ingestDraft.create({
    data: {
      title: `Draft ${token}`,
      outlet: "Test Wire",
      publishedOn: new Date("2026-01-05T00:00:00Z"),
      body: `A sentence for ${token}.`,
      fingerprint: token,
      proposals: "[]",
      createdById: editor.id,
      updatedAt: new Date(Date.now() - days * 86_400_000),
    },
    select: { id: true },
  });
}

describe("npm run drafts:prune", () => {
  it("removes drafts untouched for 30 days by default, or for the days given, and says how many", async () => {
    const old = await draftTouchedDaysAgo(35);
    await draftTouchedDaysAgo(12);
    const fresh = await draftTouchedDaysAgo(1);

    const byDefault = draftsPrune([]);
    expect(byDefault.status).toBe(0);
    expect(byDefault.output).toContain("drafts:prune removed 1 draft untouched since");
    expect(await getDb().ingestDraft.findUnique({ where: { id: old.id } })).toBeNull();

    const tenDays = draftsPrune(["--days", "10"]);
    expect(tenDays.output).toContain("removed 1 draft");
    const left = await getDb().ingestDraft.findMany({ select: { id: true } });
    expect(left.map((draft) => draft.id)).toEqual([fresh.id]);
  });

  it("refuses a nonsense age and removes nothing", async () => {
    await draftTouchedDaysAgo(40);
    for (const days of ["0", "-3", "soon", "1.5"]) {
      const refused = draftsPrune(["--days", days]);
      expect(refused.status).toBe(2);
      expect(refused.output).toContain("drafts:prune refused:");
      expect(refused.output).toContain("usage: npm run drafts:prune");
    }
    expect(await getDb().ingestDraft.count()).toBe(1);
  });
});
