/**
 * The learners behind the decision stage: L2-regularised logistic regression (is this
 * candidate a position?) and its multinomial form (which stance?), trained by AdaGrad over
 * examples in an order drawn from a fixed seed, so the same examples always give the same
 * weights. Features are binary and named; the vocabulary keeps names seen at least
 * `minCount` times. Pure TypeScript: training runs in `npm run train` and in a unit test.
 */

export interface LearnOptions {
  epochs: number;
  /** L2 penalty per example step. */
  l2: number;
  rate: number;
  seed: number;
  minCount: number;
}

export const DEFAULT_LEARN_OPTIONS: LearnOptions = { epochs: 25, l2: 3e-3, rate: 0.2, seed: 17, minCount: 3 };

export interface BinaryExample {
  features: readonly string[];
  label: 0 | 1;
  weight?: number;
}

export interface ClassExample {
  features: readonly string[];
  label: string;
  weight?: number;
}

export interface BinaryModel {
  bias: number;
  weights: Record<string, number>;
}

export interface SoftmaxModel {
  classes: string[];
  bias: number[];
  weights: Record<string, number[]>;
}

/** mulberry32: a small seeded generator, enough for a reproducible shuffle. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffledOrder(n: number, random: () => number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

/** Feature name -> index, for the names seen in at least `minCount` examples; sorted, so stable. */
function vocabulary(examples: readonly { features: readonly string[] }[], minCount: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of examples) for (const f of new Set(e.features)) counts.set(f, (counts.get(f) ?? 0) + 1);
  const kept = [...counts].filter(([, n]) => n >= minCount).map(([f]) => f);
  kept.sort();
  return new Map(kept.map((f, i) => [f, i]));
}

function indexed(features: readonly string[], vocab: Map<string, number>): number[] {
  const out = new Set<number>();
  for (const f of features) {
    const i = vocab.get(f);
    if (i !== undefined) out.add(i);
  }
  return [...out];
}

const sigmoid = (z: number) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));
const round = (x: number) => Math.round(x * 1e5) / 1e5;

export function trainBinary(
  examples: readonly BinaryExample[],
  options: LearnOptions = DEFAULT_LEARN_OPTIONS,
): BinaryModel {
  const vocab = vocabulary(examples, options.minCount);
  const rows = examples.map((e) => indexed(e.features, vocab));
  const w = new Float64Array(vocab.size);
  const g2 = new Float64Array(vocab.size).fill(1e-8);
  let bias = 0;
  let biasG2 = 1e-8;
  const random = seededRandom(options.seed);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (const i of shuffledOrder(examples.length, random)) {
      const row = rows[i]!;
      const ex = examples[i]!;
      let z = bias;
      for (const j of row) z += w[j]!;
      const grad = (sigmoid(z) - ex.label) * (ex.weight ?? 1);
      biasG2 += grad * grad;
      bias -= (options.rate * grad) / Math.sqrt(biasG2);
      for (const j of row) {
        const gj = grad + options.l2 * w[j]!;
        g2[j] = g2[j]! + gj * gj;
        w[j] = w[j]! - (options.rate * gj) / Math.sqrt(g2[j]!);
      }
    }
  }
  const weights: Record<string, number> = {};
  for (const [f, j] of vocab) if (Math.abs(w[j]!) >= 1e-4) weights[f] = round(w[j]!);
  return { bias: round(bias), weights };
}

/**
 * A feature under this prefix is the same feature learned apart for one kind of example (see
 * features.ts): training sees it spelled out, inference adds its weight without building the
 * string (`withCopies`).
 */
export const COPY_PREFIX = "L|";

/** A feature's weight and its copy's weight under COPY_PREFIX: one look-up for both. */
interface Weights<T> {
  shared: T | undefined;
  copy: T | undefined;
}

function tablesOf<T>(weights: Record<string, T>): Map<string, Weights<T>> {
  const table = new Map<string, Weights<T>>();
  for (const [f, w] of Object.entries(weights)) {
    const copy = f.startsWith(COPY_PREFIX);
    const name = copy ? f.slice(COPY_PREFIX.length) : f;
    let entry = table.get(name);
    if (!entry) table.set(name, (entry = { shared: undefined, copy: undefined }));
    if (copy) entry.copy = w;
    else entry.shared = w;
  }
  return table;
}

// The weights as Maps, built once per model: a Map lookup is several times faster than a
// property of an object with thousands of keys, and inference runs per candidate.
const binaryTables = new WeakMap<BinaryModel, Map<string, Weights<number>>>();
const softmaxTables = new WeakMap<SoftmaxModel, Map<string, Weights<number[]>>>();

function binaryTablesOf(model: BinaryModel): Map<string, Weights<number>> {
  let table = binaryTables.get(model);
  if (!table) binaryTables.set(model, (table = tablesOf(model.weights)));
  return table;
}

/** One feature's weight in a binary model, with its copy's under COPY_PREFIX when `withCopies` (as predictBinary adds them). */
export function binaryWeight(model: BinaryModel, feature: string, withCopies = false): number {
  const entry = binaryTablesOf(model).get(feature);
  return (entry?.shared ?? 0) + (withCopies ? (entry?.copy ?? 0) : 0);
}

/**
 * The probability of class 1; `features` are distinct (as describeCandidate gives them).
 * With `withCopies`, each feature's copy under COPY_PREFIX weighs in too.
 */
export function predictBinary(model: BinaryModel, features: readonly string[], withCopies = false): number {
  const table = binaryTablesOf(model);
  let z = model.bias;
  for (const f of features) {
    const entry = table.get(f);
    z += entry?.shared ?? 0;
    if (withCopies) z += entry?.copy ?? 0;
  }
  return sigmoid(z);
}

export function trainSoftmax(
  examples: readonly ClassExample[],
  classes: readonly string[],
  options: LearnOptions = DEFAULT_LEARN_OPTIONS,
): SoftmaxModel {
  const k = classes.length;
  const vocab = vocabulary(examples, options.minCount);
  const rows = examples.map((e) => indexed(e.features, vocab));
  const labels = examples.map((e) => classes.indexOf(e.label));
  const w = new Float64Array(vocab.size * k);
  const g2 = new Float64Array(vocab.size * k).fill(1e-8);
  const bias = new Float64Array(k);
  const biasG2 = new Float64Array(k).fill(1e-8);
  const z = new Float64Array(k);
  const random = seededRandom(options.seed);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (const i of shuffledOrder(examples.length, random)) {
      if (labels[i]! < 0) continue;
      const row = rows[i]!;
      for (let c = 0; c < k; c++) {
        let s = bias[c]!;
        for (const j of row) s += w[j * k + c]!;
        z[c] = s;
      }
      const p = softmax(z);
      const weight = examples[i]!.weight ?? 1;
      for (let c = 0; c < k; c++) {
        const grad = (p[c]! - (labels[i] === c ? 1 : 0)) * weight;
        biasG2[c] = biasG2[c]! + grad * grad;
        bias[c] = bias[c]! - (options.rate * grad) / Math.sqrt(biasG2[c]!);
        for (const j of row) {
          const at = j * k + c;
          const gj = grad + options.l2 * w[at]!;
          g2[at] = g2[at]! + gj * gj;
          w[at] = w[at]! - (options.rate * gj) / Math.sqrt(g2[at]!);
        }
      }
    }
  }
  const weights: Record<string, number[]> = {};
  for (const [f, j] of vocab) {
    const row = Array.from({ length: k }, (_, c) => round(w[j * k + c]!));
    if (row.some((x) => Math.abs(x) >= 1e-4)) weights[f] = row;
  }
  return { classes: [...classes], bias: Array.from(bias, round), weights };
}

function softmax(z: ArrayLike<number>): number[] {
  let max = -Infinity;
  for (let c = 0; c < z.length; c++) max = Math.max(max, z[c]!);
  const e = Array.from(z, (x) => Math.exp(x - max));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((x) => x / sum);
}

/** Class probabilities, in `model.classes` order; `withCopies` as for predictBinary. */
export function predictSoftmax(model: SoftmaxModel, features: readonly string[], withCopies = false): number[] {
  let table = softmaxTables.get(model);
  if (!table) softmaxTables.set(model, (table = tablesOf(model.weights)));
  const z = [...model.bias];
  for (const f of features) {
    const entry = table.get(f);
    if (!entry) continue;
    const row = entry.shared;
    if (row) for (let c = 0; c < z.length; c++) z[c]! += row[c]!;
    const copy = withCopies ? entry.copy : undefined;
    if (copy) for (let c = 0; c < z.length; c++) z[c]! += copy[c]!;
  }
  return softmax(z);
}
