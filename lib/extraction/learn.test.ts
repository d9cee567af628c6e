import { describe, expect, it } from "vitest";
import { predictBinary, predictSoftmax, seededRandom, trainBinary, trainSoftmax, type LearnOptions } from "./learn";

const OPTIONS: LearnOptions = { epochs: 30, l2: 1e-3, rate: 0.3, seed: 5, minCount: 1 };

// A toy task: "pledge" words make a position, "talk" words do not; "noise" is on both sides.
const binaryExamples = [
  ...Array.from({ length: 20 }, (_, i) => ({ features: ["word:pledge", `noise:${i % 3}`], label: 1 as const })),
  ...Array.from({ length: 20 }, (_, i) => ({ features: ["word:talk", `noise:${i % 3}`], label: 0 as const })),
];

describe("trainBinary", () => {
  it("learns which feature makes a position", () => {
    const model = trainBinary(binaryExamples, OPTIONS);
    expect(predictBinary(model, ["word:pledge", "noise:1"])).toBeGreaterThan(0.8);
    expect(predictBinary(model, ["word:talk", "noise:1"])).toBeLessThan(0.2);
    expect(model.weights["word:pledge"]).toBeGreaterThan(0);
  });

  it("gives the same weights for the same examples and seed", () => {
    expect(JSON.stringify(trainBinary(binaryExamples, OPTIONS))).toBe(
      JSON.stringify(trainBinary(binaryExamples, OPTIONS)),
    );
  });

  it("keeps only features seen often enough", () => {
    const model = trainBinary([...binaryExamples, { features: ["word:once"], label: 1 }], { ...OPTIONS, minCount: 2 });
    expect(model.weights["word:once"]).toBeUndefined();
  });
});

describe("trainSoftmax", () => {
  const classes = ["committed", "ruled_out", "considering"];
  const examples = [
    ...Array.from({ length: 10 }, () => ({ features: ["cue:will"], label: "committed" })),
    ...Array.from({ length: 10 }, () => ({ features: ["cue:will", "near:not"], label: "ruled_out" })),
    ...Array.from({ length: 10 }, () => ({ features: ["cue:could"], label: "considering" })),
  ];

  it("learns a stance from its cue and a negation", () => {
    const model = trainSoftmax(examples, classes, OPTIONS);
    const argmax = (p: number[]) => classes[p.indexOf(Math.max(...p))];
    expect(argmax(predictSoftmax(model, ["cue:will"]))).toBe("committed");
    expect(argmax(predictSoftmax(model, ["cue:will", "near:not"]))).toBe("ruled_out");
    expect(argmax(predictSoftmax(model, ["cue:could"]))).toBe("considering");
  });

  it("is deterministic", () => {
    expect(JSON.stringify(trainSoftmax(examples, classes, OPTIONS))).toBe(
      JSON.stringify(trainSoftmax(examples, classes, OPTIONS)),
    );
  });
});

describe("seededRandom", () => {
  it("draws the same sequence from the same seed and another from another", () => {
    const a = seededRandom(1);
    const b = seededRandom(1);
    const c = seededRandom(2);
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(first);
    expect([c(), c(), c()]).not.toEqual(first);
  });
});

describe("copies of features (COPY_PREFIX)", () => {
  it("weigh in at inference exactly as the spelled-out copies did in training", () => {
    const examples = [
      ...Array.from({ length: 10 }, () => ({ features: ["a", "L|a"], label: 1 as const })),
      ...Array.from({ length: 10 }, () => ({ features: ["a"], label: 0 as const })),
      ...Array.from({ length: 10 }, () => ({ features: ["b", "L|b"], label: 0 as const })),
    ];
    const model = trainBinary(examples, OPTIONS);
    const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
    const spelledOut = sigmoid(model.bias + model.weights["a"]! + model.weights["L|a"]!);
    expect(predictBinary(model, ["a"], true)).toBeCloseTo(spelledOut, 12);
    expect(predictBinary(model, ["a"], true)).toBeGreaterThan(predictBinary(model, ["a"]));
    const stances = trainSoftmax(
      examples.map((e) => ({ features: e.features, label: e.label ? "yes" : "no" })),
      ["yes", "no"],
      OPTIONS,
    );
    const z = stances.bias.map((b, c) => b + stances.weights["b"]![c]! + stances.weights["L|b"]![c]!);
    const total = z.reduce((sum, x) => sum + Math.exp(x), 0);
    const probabilities = predictSoftmax(stances, ["b"], true);
    z.forEach((x, c) => expect(probabilities[c]).toBeCloseTo(Math.exp(x) / total, 12));
  });
});
