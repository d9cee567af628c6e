// The rows of the synthetic load of `npm run db:seed:large` (written by ./large-seed.ts): every
// country and actor, 11 types, articles over three years, skewed like news (a few countries
// and types get most of the coverage, more articles lately, stances that mostly repeat and
// sometimes change). The sentences are generated here, from a seeded generator of its own per
// call: the same options give the same rows, whichever engine they are written to.
import crypto from "node:crypto";
import { COMMITMENT_TYPE_INFO, type CommitmentType, STANCES, type Stance } from "@/lib/domain/taxonomy";
import { COUNTRIES } from "@/lib/reference/countries";
import { SPEAKERS } from "@/lib/reference/speakers";

export interface LargeSeedOptions {
  articles: number;
  statementsPerArticle: number;
}

export interface SeedArticle {
  id: string;
  title: string;
  outlet: string;
  url: null;
  publishedOn: Date;
  body: string;
  fingerprint: string;
  /** Recorded the day it was published, as the commitments it holds. */
  createdAt: Date;
}

export interface SeedStatement {
  id: string;
  articleId: string;
  countryCode: string;
  speakerName: string | null;
  sentence: string;
  startOffset: number;
  endOffset: number;
  statedOn: Date;
}

export interface SeedCommitment {
  id: string;
  statementId: string;
  countryCode: string;
  type: CommitmentType;
  stance: Stance;
  condition: string | null;
  statedOn: Date;
  reviewState: "accepted" | "rejected" | "proposed";
  confidence: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface SeedBatch {
  articles: SeedArticle[];
  statements: SeedStatement[];
  commitments: SeedCommitment[];
}

const DAYS = 3 * 365;
const END = Date.UTC(2026, 10, 30);
const DAY_MS = 86_400_000;
/** Articles per batch: 5,000 statements and as many commitments at the default 10 per article. */
export const SEED_BATCH_ARTICLES = 500;

/** A seeded generator, so two runs give the same data (mulberry32). */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Picks an index with Zipf-like weights: the first items get most of the picks. */
function zipfPicker(rand: () => number, count: number, exponent: number): () => number {
  const weights = Array.from({ length: count }, (_, i) => 1 / Math.pow(i + 1, exponent));
  const total = weights.reduce((a, b) => a + b, 0);
  const cumulative: number[] = [];
  let sum = 0;
  for (const weight of weights) cumulative.push((sum += weight / total));
  return () => {
    const r = rand();
    let low = 0;
    let high = count - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (cumulative[mid]! < r) low = mid + 1;
      else high = mid;
    }
    return low;
  };
}

// The countries news talks about most come first; the rest follow in reference order.
const PROMINENT = [
  "US",
  "GB",
  "FR",
  "DE",
  "UA",
  "RU",
  "IT",
  "PL",
  "EU",
  "NATO",
  "CA",
  "NL",
  "TR",
  "JP",
  "ES",
  "SE",
  "FI",
  "NO",
  "DK",
  "BE",
];
const countryCodes = [...PROMINENT, ...COUNTRIES.map((c) => c.code).filter((code) => !PROMINENT.includes(code))];
const countryNames = new Map(COUNTRIES.map((c) => [c.code, c.name]));
const typeOrder: CommitmentType[] = [
  "troops",
  "arms",
  "funding",
  "article5",
  "air",
  "monitoring",
  "training",
  "backstop",
  "maritime",
  "logistics",
  "intelligence",
];

const OUTLETS = ["Synthetic Wire", "Bench Herald", "Load Test Daily", "Scale Gazette", "Sample Times"];
const VERBS: Record<Stance, string[]> = {
  committed: ["will provide", "has pledged", "plans to deliver"],
  conditional: ["would provide, once a ceasefire holds,", "is ready to offer, subject to a vote,"],
  considering: ["is weighing", "does not exclude", "is studying"],
  supports: ["backs", "endorses in principle"],
  ruled_out: ["will not provide", "has excluded"],
  opposes: ["rejects any", "objects to"],
};

/** The rows of the synthetic load, SEED_BATCH_ARTICLES articles at a time, always the same for the same options. */
export function* largeSeedBatches(options: LargeSeedOptions): Generator<SeedBatch> {
  const { articles: articleCount, statementsPerArticle } = options;
  const rand = random(20261201);
  const pickCountry = zipfPicker(rand, countryCodes.length, 1.1);
  const pickType = zipfPicker(rand, typeOrder.length, 0.8);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
  // A day index (0 = three years ago) weighted towards the recent end, as coverage grew.
  const pickDay = () => Math.min(DAYS - 1, Math.floor(Math.sqrt(rand()) * DAYS));

  const speakersByCountry = new Map<string, string[]>();
  for (const speaker of SPEAKERS)
    speakersByCountry.set(speaker.country, [...(speakersByCountry.get(speaker.country) ?? []), speaker.name]);
  const stanceOf = new Map<string, Stance>();
  const nextStance = (key: string): Stance => {
    const current = stanceOf.get(key);
    // Mostly a repetition; sometimes a move to another stance.
    const stance = current && rand() < 0.85 ? current : pick(STANCES);
    stanceOf.set(key, stance);
    return stance;
  };

  const articleDays = Array.from({ length: articleCount }, pickDay).sort((a, b) => a - b);
  for (let start = 0; start < articleCount; start += SEED_BATCH_ARTICLES) {
    const batch: SeedBatch = { articles: [], statements: [], commitments: [] };
    for (let index = start; index < Math.min(articleCount, start + SEED_BATCH_ARTICLES); index++) {
      const articleId = `seed-a-${index}`;
      const publishedOn = new Date(END - (DAYS - 1 - articleDays[index]!) * DAY_MS);
      const sentences: {
        country: string;
        type: CommitmentType;
        stance: Stance;
        text: string;
        speaker: string | null;
      }[] = [];
      for (let s = 0; s < statementsPerArticle; s++) {
        const country = countryCodes[pickCountry()]!;
        const type = typeOrder[pickType()]!;
        const stance = nextStance(`${country}|${type}`);
        const name = countryNames.get(country) ?? country;
        const speaker = rand() < 0.6 ? (speakersByCountry.get(country)?.[0] ?? null) : null;
        sentences.push({
          country,
          type,
          stance,
          speaker,
          text: `${name} ${pick(VERBS[stance])} ${COMMITMENT_TYPE_INFO[type].label.toLowerCase()} for Ukraine${speaker ? `, ${speaker} said` : ""} (item ${index}-${s}).`,
        });
      }
      const body = sentences.map((s) => s.text).join("\n\n");
      batch.articles.push({
        id: articleId,
        title: `Synthetic report ${index}: ${COMMITMENT_TYPE_INFO[sentences[0]!.type].label}`,
        outlet: pick(OUTLETS),
        url: null,
        publishedOn,
        body,
        fingerprint: crypto.createHash("sha256").update(body).digest("hex"),
        createdAt: publishedOn,
      });
      let offset = 0;
      sentences.forEach((sentence, s) => {
        const statementId = `seed-s-${index}-${s}`;
        batch.statements.push({
          id: statementId,
          articleId,
          countryCode: sentence.country,
          speakerName: sentence.speaker,
          sentence: sentence.text,
          startOffset: offset,
          endOffset: offset + sentence.text.length,
          statedOn: publishedOn,
        });
        offset += sentence.text.length + 2;
        const review = rand();
        const createdAt = new Date(publishedOn.getTime() + s);
        batch.commitments.push({
          id: `seed-c-${index}-${s}`,
          statementId,
          countryCode: sentence.country,
          type: sentence.type,
          stance: sentence.stance,
          condition: sentence.stance === "conditional" ? "once a ceasefire holds" : null,
          statedOn: publishedOn,
          reviewState: review < 0.9 ? "accepted" : review < 0.97 ? "rejected" : "proposed",
          confidence: Math.round((0.5 + rand() * 0.5) * 100) / 100,
          createdAt,
          updatedAt: createdAt,
        });
      });
    }
    yield batch;
  }
}
