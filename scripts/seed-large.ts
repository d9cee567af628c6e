// `npm run db:seed:large`: fills DATABASE_URL (SQLite or PostgreSQL) with a synthetic load
// for measuring the views at scale: every country and actor, 11 types, 20,000 articles,
// 200,000 statements over three years, skewed like news (a few countries and types get
// most of the coverage, more articles lately, stances that mostly repeat and sometimes
// change). The sentences are generated here. Rows are written in batches (not through the
// review workflow), then the position history is rebuilt and the search index filled.
// Options: --statements N (default 200000; the number of articles follows), or --articles N
// (default 20000); --statements-per-article N (default 10).
import crypto from "node:crypto";
import { readAppEnv } from "@/lib/config/env";
import { createDb } from "@/lib/db/dialect";
import { COMMITMENT_TYPE_INFO, type CommitmentType, STANCES, type Stance } from "@/lib/domain/taxonomy";
import { rebuildPositions } from "@/lib/positions/maintain-positions";
import { COUNTRIES } from "@/lib/reference/countries";
import { SPEAKERS } from "@/lib/reference/speakers";
import { ensureSearchIndex } from "@/lib/search/search-statements";
import { setupDatabase } from "@/lib/setup/setup-database";
import { log } from "./lib/cli";

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? Number(process.argv[index + 1]) : fallback;
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

const PER_ARTICLE = option("statements-per-article", 10);
const ARTICLES = process.argv.includes("--statements")
  ? Math.max(1, Math.round(option("statements", 200_000) / PER_ARTICLE))
  : option("articles", 20_000);
const DAYS = 3 * 365;
const END = Date.UTC(2026, 10, 30);
const DAY_MS = 86_400_000;

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
const rand = random(20261201);

/** Picks an index with Zipf-like weights: the first items get most of the picks. */
function zipfPicker(count: number, exponent: number): () => number {
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
const pickCountry = zipfPicker(countryCodes.length, 1.1);
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
const pickType = zipfPicker(typeOrder.length, 0.8);

const OUTLETS = ["Synthetic Wire", "Bench Herald", "Load Test Daily", "Scale Gazette", "Sample Times"];
const VERBS: Record<Stance, string[]> = {
  committed: ["will provide", "has pledged", "plans to deliver"],
  conditional: ["would provide, once a ceasefire holds,", "is ready to offer, subject to a vote,"],
  considering: ["is weighing", "does not exclude", "is studying"],
  supports: ["backs", "endorses in principle"],
  ruled_out: ["will not provide", "has excluded"],
  opposes: ["rejects any", "objects to"],
};

function pick<T>(items: readonly T[]): T {
  return items[Math.floor(rand() * items.length)]!;
}

/** A day index (0 = three years ago) weighted towards the recent end, as coverage grew. */
function pickDay(): number {
  return Math.min(DAYS - 1, Math.floor(Math.sqrt(rand()) * DAYS));
}

async function main(): Promise<void> {
  const env = readAppEnv();
  await setupDatabase({ url: env.DATABASE_URL, seedDemo: false, log });
  const db = createDb(env.DATABASE_URL);
  try {
    if ((await db.article.count()) > 0) {
      throw new Error("the database already has articles; point DATABASE_URL at an empty one");
    }
    const started = performance.now();
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

    const articleDays = Array.from({ length: ARTICLES }, pickDay).sort((a, b) => a - b);
    const BATCH = 500;
    let statements = 0;
    for (let start = 0; start < ARTICLES; start += BATCH) {
      const articles: object[] = [];
      const statementRows: object[] = [];
      const commitmentRows: object[] = [];
      for (let index = start; index < Math.min(ARTICLES, start + BATCH); index++) {
        const articleId = `seed-a-${index}`;
        const publishedOn = new Date(END - (DAYS - 1 - articleDays[index]!) * DAY_MS);
        const sentences: {
          country: string;
          type: CommitmentType;
          stance: Stance;
          text: string;
          speaker: string | null;
        }[] = [];
        for (let s = 0; s < PER_ARTICLE; s++) {
          const country = countryCodes[pickCountry()]!;
          const type = typeOrder[pickType()]!;
          const stance = nextStance(`${country}|${type}`);
          const name = COUNTRIES.find((c) => c.code === country)?.name ?? country;
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
        articles.push({
          id: articleId,
          title: `Synthetic report ${index}: ${COMMITMENT_TYPE_INFO[sentences[0]!.type].label}`,
          outlet: pick(OUTLETS),
          url: null,
          publishedOn,
          body,
          fingerprint: crypto.createHash("sha256").update(body).digest("hex"),
        });
        let offset = 0;
        sentences.forEach((sentence, s) => {
          const statementId = `seed-s-${index}-${s}`;
          statementRows.push({
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
          commitmentRows.push({
            id: `seed-c-${index}-${s}`,
            statementId,
            countryCode: sentence.country,
            type: sentence.type,
            stance: sentence.stance,
            condition: sentence.stance === "conditional" ? "once a ceasefire holds" : null,
            statedOn: publishedOn,
            reviewState: review < 0.9 ? "accepted" : review < 0.97 ? "rejected" : "proposed",
            confidence: Math.round((0.5 + rand() * 0.5) * 100) / 100,
            createdAt: new Date(publishedOn.getTime() + s),
          });
        });
        statements += sentences.length;
      }
      // An interactive transaction with room to wait: on a busy machine PostgreSQL took longer
      // than Prisma's default 5 s for a batch, and the seed failed.
      await db.$transaction(
        async (tx) => {
          await tx.article.createMany({ data: articles as never });
          await tx.statement.createMany({ data: statementRows as never });
          await tx.commitment.createMany({ data: commitmentRows as never });
        },
        { timeout: 300_000, maxWait: 60_000 },
      );
      if ((start / BATCH) % 8 === 0) log(`large seed: ${start + articles.length} articles, ${statements} statements`);
    }
    await db.auditEvent.create({
      data: {
        action: "article.publish",
        entityType: "article",
        entityId: `seed-a-${ARTICLES - 1}`,
        after: JSON.stringify({ seed: "large" }),
      },
    });
    log(
      `large seed: ${ARTICLES} articles, ${statements} statements written in ${((performance.now() - started) / 1000).toFixed(0)} s`,
    );
    const intervals = await rebuildPositions(db);
    log(`large seed: ${intervals} position intervals derived`);
    await ensureSearchIndex(db, env.DATABASE_URL);
    log(`large seed: done in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  log(`failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
