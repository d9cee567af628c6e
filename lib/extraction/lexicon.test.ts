import { describe, expect, it } from "vitest";
import { ANAPHOR_RE, ANY_TYPE_STEM, CONDITION_PATTERNS, TYPE_PATTERNS } from "./lexicon";
import { SAMPLE_SENTENCES } from "./sample-sentences";

// Phrases written for this test: at least one for every commitment pattern.
const PHRASES = [
  "boots on the ground",
  "peace-keepers",
  "peacekeeping contingent",
  "the presence of foreign troops",
  "a reassurance force",
  "military presence",
  "deploying forces",
  "operate on Ukrainian territory",
  "the deployment",
  "an additional force that",
  "a security mission",
  "dispatching Self-Defense Forces personnel",
  "monitor the ceasefire",
  "verification",
  "observer mission",
  "control the Russian-Ukrainian border",
  "track violations",
  "Article 5-like",
  "collective defence",
  "air defence",
  "air policing",
  "sky shield",
  "no-fly zone",
  "protect Ukraine's skies",
  "fighter jets",
  "air support",
  "Black Sea",
  "naval",
  "minesweepers",
  "demining",
  "train Ukrainian pilots",
  "training mission",
  "military instructors",
  "contribute to the training",
  "weapons",
  "arms deliveries",
  "military aid",
  "military support",
  "air defence systems",
  "Patriots",
  "F-16s",
  "lethal aid",
  "strengthening of the Ukrainian armed forces",
  "a strong army",
  "defence industry",
  "contributing militarily",
  "contributing financially",
  "financial support",
  "funding",
  "loans",
  "provide intelligence",
  "€2 billion",
  "3 billion euros",
  "financing",
  "intelligence sharing",
  "sharing of intelligence",
  "surveillance",
  "satellite imagery",
  "logistical support",
  "hubs",
  "headquarters",
  "supply routes",
  "airlift",
  "military bases",
  "its bases",
  "backstop",
  "US security guarantees for the European force",
];

describe("the commitment lexicon", () => {
  it("has a phrase of this test for every pattern", () => {
    for (const p of TYPE_PATTERNS) {
      const matched = PHRASES.some((phrase) => {
        p.re.lastIndex = 0;
        return p.re.test(phrase);
      });
      expect(matched, `${p.type}: ${p.re.source.slice(0, 60)}`).toBe(true);
    }
  });

  it("never skips a sentence that holds a commitment cue (the quick stem test is a superset)", () => {
    const texts = [...PHRASES, ...SAMPLE_SENTENCES];
    for (const text of texts) {
      for (const p of [...TYPE_PATTERNS.map((t) => t.re), ANAPHOR_RE]) {
        p.lastIndex = 0;
        const m = p.exec(text);
        if (m) expect(ANY_TYPE_STEM.test(m[0]), `${m[0]} (${p.source.slice(0, 40)})`).toBe(true);
      }
    }
  });

  it("tries every pattern whenever it could match (its keys are in everything it matches)", () => {
    for (const phrase of [...PHRASES, ...SAMPLE_SENTENCES]) {
      for (const p of TYPE_PATTERNS) {
        p.re.lastIndex = 0;
        const m = p.re.exec(phrase);
        if (m)
          expect(
            p.keys.some((k) => m[0].toLowerCase().includes(k)),
            `${m[0]} lacks ${p.keys.join("|")}`,
          ).toBe(true);
      }
    }
  });

  it("has a condition phrase for every condition pattern, and each pattern's hint accepts it", () => {
    const conditions = [
      "after the signing of a peace agreement",
      "operate there post-ceasefire.",
      "if the US provides a backstop",
      "unless Russia attacks again",
      "provided that parliament agrees",
      "on condition that the mandate is clear",
      "subject to parliamentary approval",
      "would have to be approved by Russia",
      "as long as the truce holds",
      "should peace be established",
      "would depend on the mandate",
      "depending on the situation",
      "in the event of a peace deal",
      "only with US backing",
      "only with a UN mandate",
      "in case of a ceasefire",
    ];
    for (const p of CONDITION_PATTERNS) {
      const phrase = conditions.find((c) => {
        p.re.lastIndex = 0;
        return p.re.test(c);
      });
      expect(phrase, p.re.source.slice(0, 50)).toBeDefined();
      expect(p.hint.test(phrase!), phrase).toBe(true);
    }
  });

  it("lets a sentence without any cue through the stem test rarely", () => {
    expect(ANY_TYPE_STEM.test("Prices rose on Wednesday.")).toBe(false);
  });
});
