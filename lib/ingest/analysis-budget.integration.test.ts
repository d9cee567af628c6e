import { afterEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { createTestEditor, uniqueToken } from "@/lib/test/factories";
import { createIngestDraft } from "./drafts";

const budgetBefore = process.env.ANALYSIS_TIME_BUDGET_MS;
afterEach(() => {
  if (budgetBefore === undefined) delete process.env.ANALYSIS_TIME_BUDGET_MS;
  else process.env.ANALYSIS_TIME_BUDGET_MS = budgetBefore;
});

describe("a paste over the analysis budget", () => {
  it("is refused with a message and leaves no draft behind", async () => {
    const editor = await createTestEditor();
    const token = uniqueToken();
    const paragraph = `Estonia will send a demining team to Odesa once a ceasefire holds, its minister said (${token}).\n\n`;
    process.env.ANALYSIS_TIME_BUDGET_MS = "1";
    const draft = createIngestDraft(
      {
        title: `Tallinn ${token}`,
        outlet: "Test Wire",
        url: null,
        published: "2026-01-12",
        body: paragraph.repeat(Math.floor((150 * 1024) / paragraph.length)),
      },
      editor.id,
    );
    await expect(draft).rejects.toMatchObject({
      code: "ANALYSIS_OVER_BUDGET",
      message: expect.stringMatching(/took longer than .* nothing was saved/),
    });
    expect(await getDb().ingestDraft.count({ where: { title: `Tallinn ${token}` } })).toBe(0);
  });
});
