/**
 * The learned decision (stage "decide") over the rule stages' candidates and the loose ones,
 * on sentences written for this project: what stays a rule (who counts as a government, what
 * is not a pledge) holds whatever the model weighs, and each proposal says why.
 */
import { describe, expect, it } from "vitest";
import { extractCandidates, extractPositions } from "./engine";
import { MAX_LOOSE_ACTORS } from "./candidates";
import { checkModel } from "./model-file";
import { SHIPPED_MODEL } from "./shipped-model";

const extract = (body: string) => extractPositions({ body, published: "2026-03-02" });
const pairs = (body: string) =>
  extractCandidates({ body, published: "2026-03-02" }).map((c) => `${c.country} ${c.commitment}`);

describe("stage propose: loose candidates", () => {
  it("proposes the pairs the rules cannot read, as loose candidates", () => {
    const candidates = extractCandidates({
      body: "Sweden and its fighter jets are part of the talk in Stockholm about security for Kyiv.",
    });
    expect(candidates.some((c) => c.country === "SE" && c.commitment === "air" && c.reading?.origin === "loose")).toBe(
      true,
    );
  });

  it("proposes nothing for a reporter who speaks for no government", () => {
    expect(pairs("Analysts say Britain will send troops to Ukraine next year.")).toEqual([]);
  });

  it("proposes no troops where the lexicon set the troops aside (forces stationed outside Ukraine)", () => {
    expect(pairs("Britain will deploy soldiers to Estonia, Healey said.")).not.toContain("GB troops");
  });

  it("takes no country after a preposition or a verb of helping, nor a people's media, as an actor", () => {
    expect(pairs("Canada will send instructors to help Ukraine.")).not.toContain("UA training");
    expect(pairs("Estonian and Latvian media said their countries would send instructors.")).toEqual([]);
  });
});

describe("stage decide", () => {
  it("gives every proposal its sentence with exact offsets, a probability and the features that weighed most", () => {
    const body =
      "The cabinet met on Monday. Norway will send two frigates to the Black Sea, its defence minister said.";
    const [position] = extract(body);
    expect(position).toMatchObject({ country: "NO", commitment: "maritime" });
    expect(body.slice(position!.start, position!.end)).toBe(position!.evidence);
    expect(position!.confidence).toBeGreaterThan(0);
    expect(position!.confidence).toBeLessThanOrEqual(1);
    expect(position!.explanation.length).toBeGreaterThan(1);
    expect(position!.explanation.at(-1)).toMatch(/^stance \w+/u);
  });

  it("proposes only what the model lets through: a model with an unreachable threshold proposes nothing", () => {
    const strict = { ...SHIPPED_MODEL, thresholds: { rule: 2, loose: 2, stanceOverride: 2 } };
    expect(extractPositions({ body: "Norway will send two frigates to the Black Sea." }, strict)).toEqual([]);
  });

  it("keeps the rules' stance of a candidate they read unless the stance model is surer than its override", () => {
    const [position] = extract("Italy will not send troops to Ukraine, Meloni said.");
    expect(position).toMatchObject({ country: "IT", commitment: "troops", stance: "ruled_out" });
  });
});

describe("the model file", () => {
  it("is checked on load: another format or version is refused", () => {
    expect(() => checkModel({ ...SHIPPED_MODEL, version: 99 })).toThrow(/npm run train/u);
    expect(() => checkModel(null)).toThrow();
    expect(checkModel(SHIPPED_MODEL)).toBe(SHIPPED_MODEL);
  });

  it("holds weights of short named features, never a sentence", () => {
    const names = [...Object.keys(SHIPPED_MODEL.detect.weights), ...Object.keys(SHIPPED_MODEL.stance.weights)];
    expect(names.length).toBeGreaterThan(100);
    for (const name of names) expect(name.split(/\s+/u).length, name).toBeLessThanOrEqual(6);
  });
});

describe("the cost of loose candidates", () => {
  it("stays bounded for a sentence that lists many countries", () => {
    const names = [
      "France",
      "Germany",
      "Italy",
      "Spain",
      "Poland",
      "Norway",
      "Sweden",
      "Finland",
      "Denmark",
      "Estonia",
    ];
    const body = `${names.join(", ")} and Latvia discussed troops, jets, ships, money and training.`;
    const loose = extractCandidates({ body }).filter((c) => c.reading?.origin === "loose");
    expect(new Set(loose.map((c) => c.country)).size).toBeLessThanOrEqual(MAX_LOOSE_ACTORS);
  });
});
