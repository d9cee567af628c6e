import { beforeEach, describe, expect, it } from "vitest";
import { retractArticle } from "@/lib/ingest/corrections";
import { createPublishedArticle, createTestEditor } from "@/lib/test/factories";
import { resetContent } from "@/lib/test/reset-content";
import { getRecentlyPublishedStatements } from "./get-published-statements";

beforeEach(resetContent);

describe("the statements most recently recorded", () => {
  it("come newest recorded first, read a batch of articles at a time until enough match, leaving out what cannot stand", async () => {
    const editor = await createTestEditor();
    const publish = (country: string, sentence: string, reviewState: "accepted" | "proposed" = "accepted") =>
      createPublishedArticle({
        published: "2026-03-01",
        positions: [{ country, commitment: "troops", stance: "considering", sentence, reviewState }],
      });
    await publish("FR", "France weighs a brigade.");
    await publish("FR", "France weighs a second brigade.");
    const retracted = await publish("FR", "France denies everything.");
    await retractArticle({ id: retracted.articleId, note: "Wrong outlet" }, editor.id);
    await publish("FR", "France may send advisers.", "proposed");
    // Five later articles about Germany: the first batches of articles hold no French statement.
    for (let index = 0; index < 5; index++) await publish("DE", `Germany restates its refusal ${index}.`);

    const sentences = async (query: Parameters<typeof getRecentlyPublishedStatements>[0]) =>
      (await getRecentlyPublishedStatements(query)).map((statement) => statement.sentence);
    expect(await sentences({ countryCode: "fr", limit: 2 })).toEqual([
      "France weighs a second brigade.",
      "France weighs a brigade.",
    ]);
    expect(await sentences({ countryCode: "fr", limit: 1 })).toEqual(["France weighs a second brigade."]);
    expect(await sentences({ limit: 3 })).toEqual([
      "Germany restates its refusal 4.",
      "Germany restates its refusal 3.",
      "Germany restates its refusal 2.",
    ]);
    expect(await sentences({ limit: 50 })).toHaveLength(7);
    expect(await sentences({ countryCode: "pl", limit: 5 })).toEqual([]);
  });
});
