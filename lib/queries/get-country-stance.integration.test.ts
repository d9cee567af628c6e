import { beforeEach, describe, expect, it } from "vitest";
import { createPublishedArticle } from "@/lib/test/factories";
import { resetContent } from "@/lib/test/reset-content";
import { getCountryStance } from "./get-country-stance";

beforeEach(resetContent);

describe("getCountryStance", () => {
  it("returns null for an unknown code", async () => {
    expect(await getCountryStance("zz", "2026-11-24")).toBeNull();
  });

  it("gives a standing quote the sentence before it in its article, and its statement's id", async () => {
    await createPublishedArticle({
      published: "2026-02-02",
      positions: [
        { country: "IT", commitment: "arms", stance: "committed", sentence: "Italy will ship more shells, Rome said." },
        { country: "IT", commitment: "troops", stance: "considering", sentence: "We are not ruling anything out." },
      ],
    });
    const stance = await getCountryStance("it", "2026-11-24");
    const troops = stance?.entries.find((entry) => entry.type === "troops")?.current;
    expect(troops?.contextBefore).toBe("Italy will ship more shells, Rome said.");
    expect(troops?.statementId).toEqual(expect.any(String));
    // The first sentence of the article has none.
    expect(stance?.entries.find((entry) => entry.type === "arms")?.current?.contextBefore).toBeNull();
  });

  it("gives each type's standing stance with its quoted evidence, speaker and source, and its history", async () => {
    await createPublishedArticle({
      published: "2025-05-01",
      title: "Earlier piece",
      positions: [
        {
          country: "IT",
          commitment: "monitoring",
          stance: "considering",
          sentence: "Rome is studying a monitoring role.",
        },
      ],
    });
    await createPublishedArticle({
      published: "2026-01-07",
      title: "Later piece",
      positions: [
        {
          country: "IT",
          commitment: "monitoring",
          stance: "supports",
          sentence: "Italy backs a ceasefire monitoring mission, Giorgia Meloni said.",
          speaker: "Giorgia Meloni",
        },
      ],
    });

    const stance = await getCountryStance("it", "2026-11-24");
    expect(stance?.name).toBe("Italy");
    expect(stance?.memberships).toEqual(["EU", "NATO", "CoW", "G7"]);
    const monitoring = stance?.entries.find((entry) => entry.type === "monitoring");
    expect(monitoring?.current?.stance).toBe("supports");
    expect(monitoring?.current?.sentence).toBe("Italy backs a ceasefire monitoring mission, Giorgia Meloni said.");
    expect(monitoring?.current?.speaker).toBe("Giorgia Meloni");
    expect(monitoring?.current?.article.title).toBe("Later piece");
    expect(monitoring?.history.map((c) => c.stance)).toEqual(["supports", "considering"]);
    expect(stance?.entries.find((entry) => entry.type === "troops")?.current).toBeNull();

    const earlier = await getCountryStance("IT", "2025-06-01");
    expect(earlier?.entries.find((entry) => entry.type === "monitoring")?.current?.stance).toBe("considering");
  });
});
