import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { uniqueToken } from "@/lib/test/factories";
import { resetContent } from "@/lib/test/reset-content";
import { candidateFromArticleFile, candidatesFromJsonLines, importArticle } from "./bulk-import";

beforeEach(resetContent);

function articleFile(token: string, published = "2026-01-20") {
  return [
    `title: Vienna keeps out, Madrid weighs in ${token}`,
    "source: Test Wire",
    "url: unknown",
    `published: ${published}`,
    "---",
    "Spain is considering sending troops to a reassurance force in Ukraine, Prime Minister Pedro Sánchez said on Tuesday.",
    "",
    `Austria will not take part in any military mission, its chancellor said (ref ${token}).`,
    "",
  ].join("\n");
}

describe("importArticle", () => {
  it("creates an article with the extracted positions and skips it on a rerun", async () => {
    const candidate = candidateFromArticleFile(articleFile(uniqueToken()));
    const first = await importArticle(candidate, { kind: "all" }, null);
    expect(first.status).toBe("created");
    expect(first.status === "created" && first.accepted).toBeGreaterThan(0);
    const spain = await getDb().commitment.findFirst({ where: { countryCode: "ES", type: "troops" } });
    expect(spain?.stance).toBe("considering");
    expect(spain?.reviewState).toBe("accepted");

    const second = await importArticle(candidate, { kind: "all" }, null);
    expect(second).toEqual({ status: "duplicate", articleId: first.status === "created" ? first.articleId : "" });
    expect(await getDb().article.count()).toBe(1);
  });

  it("leaves out positions below the confidence threshold", async () => {
    const result = await importArticle(
      candidateFromArticleFile(articleFile(uniqueToken())),
      { kind: "min-confidence", threshold: 1.01 },
      null,
    );
    expect(result).toMatchObject({ status: "created", accepted: 0 });
    expect(result.status === "created" && result.dropped).toBeGreaterThan(0);
    expect(await getDb().commitment.count()).toBe(0);
  });

  it("refuses an article the form would refuse, saying why", async () => {
    const result = await importArticle(
      candidateFromArticleFile(articleFile(uniqueToken(), "2099-01-01")),
      { kind: "all" },
      null,
    );
    expect(result).toEqual({ status: "refused", reason: expect.stringMatching(/published: .*future/) });
    expect(await getDb().article.count()).toBe(0);
  });

  it("reads JSON lines and reports a broken line", () => {
    const lines = candidatesFromJsonLines('{"title":"A","outlet":"B","published":"2026-01-01","body":"x"}\nnot json\n');
    expect(lines[0]).toMatchObject({ title: "A" });
    expect(lines[1]).toEqual({ error: "line 2 is not valid JSON" });
  });
});
