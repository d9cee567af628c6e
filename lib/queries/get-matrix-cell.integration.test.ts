import { beforeEach, describe, expect, it } from "vitest";
import { createPublishedArticle } from "@/lib/test/factories";
import { resetContent } from "@/lib/test/reset-content";
import { getMatrixCell } from "./get-matrix-cell";

beforeEach(resetContent);

describe("getMatrixCell", () => {
  it("gives the one cell's standing position and quote at a day, and nothing before its first statement", async () => {
    await createPublishedArticle({
      published: "2025-03-10",
      positions: [
        { country: "PT", commitment: "maritime", stance: "considering", sentence: "Lisbon weighs a frigate." },
      ],
    });
    await createPublishedArticle({
      published: "2025-09-02",
      title: "Lisbon decides",
      positions: [
        {
          country: "PT",
          commitment: "maritime",
          stance: "committed",
          sentence: "Portugal will send a frigate to the Black Sea mission.",
          speaker: "Luís Montenegro",
        },
      ],
    });

    expect(await getMatrixCell("pt", "maritime", "2025-03-09")).toBeNull();
    expect((await getMatrixCell("PT", "maritime", "2025-06-01"))?.stance).toBe("considering");
    const now = await getMatrixCell("pt", "maritime", "2026-01-01");
    expect(now).toMatchObject({
      stance: "committed",
      sentence: "Portugal will send a frigate to the Black Sea mission.",
      speaker: "Luís Montenegro",
      articleTitle: "Lisbon decides",
    });
    expect(now?.statedOn.toISOString().slice(0, 10)).toBe("2025-09-02");
    expect(await getMatrixCell("pt", "troops", "2026-01-01")).toBeNull();
  });
});
