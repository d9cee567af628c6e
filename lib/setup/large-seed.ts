import "server-only";
// Writes the synthetic load of `npm run db:seed:large` (scripts/seed-large.ts; the rows come
// from ./large-seed-data.ts, the same on either engine), for measuring the views at scale.
// Rows are written in bulk, not through the review workflow, in one transaction: on PostgreSQL
// by INSERTs of whole columns (unnest), with the three tables' secondary indexes (the search
// index among them) and foreign keys dropped for the load and made again once after it; on
// SQLite by prepared INSERTs, its secondary indexes also made again after the load. Through
// Prisma's createMany, each index kept up row by row, a statement took about a millisecond on
// either engine, and the 1,000,000-statement seed on PostgreSQL was stopped unfinished. Then
// the position history is rebuilt and the search index filled.
import type { Client } from "pg";
import type { Db } from "@/lib/db/client";
import { type BulkLoadSql, withSecondaryIndexesDropped } from "@/lib/db/bulk-load";
import { dialectOf, sqliteDateText, sqliteFilePath } from "@/lib/db/dialect";
import { rebuildPositions } from "@/lib/positions/maintain-positions";
import { ensureSearchIndex } from "@/lib/search/search-statements";
import {
  type LargeSeedOptions,
  largeSeedBatches,
  type SeedArticle,
  type SeedBatch,
  type SeedCommitment,
  type SeedStatement,
} from "./large-seed-data";

export interface LargeSeedResult {
  articles: number;
  statements: number;
  positionIntervals: number;
  /** Seconds spent writing the rows, rebuilding the position history, and filling the search index. */
  seconds: { rows: number; positions: number; search: number };
}

const TABLES = ["Article", "Statement", "Commitment"] as const;

type Value = string | number | Date | null;
type Columns<Row> = [name: string, pgType: string, value: (row: Row) => Value][];

/** The columns written, each with its PostgreSQL type and how a row gives its value. */
const ARTICLE_COLUMNS: Columns<SeedArticle> = [
  ["id", "text", (row) => row.id],
  ["title", "text", (row) => row.title],
  ["outlet", "text", (row) => row.outlet],
  ["url", "text", (row) => row.url],
  ["publishedOn", "timestamp(3)", (row) => row.publishedOn],
  ["body", "text", (row) => row.body],
  ["fingerprint", "text", (row) => row.fingerprint],
  ["createdAt", "timestamp(3)", (row) => row.createdAt],
];
const STATEMENT_COLUMNS: Columns<SeedStatement> = [
  ["id", "text", (row) => row.id],
  ["articleId", "text", (row) => row.articleId],
  ["countryCode", "text", (row) => row.countryCode],
  ["speakerName", "text", (row) => row.speakerName],
  ["sentence", "text", (row) => row.sentence],
  ["startOffset", "integer", (row) => row.startOffset],
  ["endOffset", "integer", (row) => row.endOffset],
  ["statedOn", "timestamp(3)", (row) => row.statedOn],
];
const COMMITMENT_COLUMNS: Columns<SeedCommitment> = [
  ["id", "text", (row) => row.id],
  ["statementId", "text", (row) => row.statementId],
  ["countryCode", "text", (row) => row.countryCode],
  ["type", "text", (row) => row.type],
  ["stance", "text", (row) => row.stance],
  ["condition", "text", (row) => row.condition],
  ["statedOn", "timestamp(3)", (row) => row.statedOn],
  ["reviewState", "text", (row) => row.reviewState],
  ["confidence", "double precision", (row) => row.confidence],
  ["createdAt", "timestamp(3)", (row) => row.createdAt],
  ["updatedAt", "timestamp(3)", (row) => row.updatedAt],
];

/** One INSERT of every row, a parameter per column (an array each): no limit on the number of rows. */
async function insertColumns<Row>(
  client: Client,
  table: string,
  columns: Columns<Row>,
  rows: readonly Row[],
): Promise<void> {
  if (rows.length === 0) return;
  const names = columns.map(([name]) => `"${name}"`).join(", ");
  const arrays = columns.map(([, type], i) => `$${i + 1}::${type}[]`).join(", ");
  await client.query(
    `INSERT INTO "${table}" (${names}) SELECT * FROM unnest(${arrays})`,
    // A timestamp(3) keeps the UTC wall time: an ISO instant, whose zone the cast ignores.
    columns.map(([, , value]) =>
      rows.map((row) => {
        const cell = value(row);
        return cell instanceof Date ? cell.toISOString() : cell;
      }),
    ),
  );
}

/**
 * Writes the batches to PostgreSQL in one transaction: the secondary indexes (the search
 * index among them) and the foreign keys of the three tables are dropped first and made
 * again from their own definitions at the end, once over all the rows.
 */
async function writePostgres(url: string, batches: Iterable<SeedBatch>, log: (line: string) => void): Promise<number> {
  const { Client } = await import("pg");
  const client = new Client({ connectionString: url });
  await client.connect();
  let statements = 0;
  try {
    await client.query("BEGIN");
    const sql: BulkLoadSql = {
      dialect: "postgresql",
      query: async <T>(text: string) => (await client.query(text)).rows as T[],
      execute: async (text: string) => void (await client.query(text)),
    };
    const { indexes, foreignKeys } = await withSecondaryIndexesDropped(sql, TABLES, async () => {
      let written = 0;
      for (const batch of batches) {
        await insertColumns(client, "Article", ARTICLE_COLUMNS, batch.articles);
        await insertColumns(client, "Statement", STATEMENT_COLUMNS, batch.statements);
        await insertColumns(client, "Commitment", COMMITMENT_COLUMNS, batch.commitments);
        statements += batch.statements.length;
        if (++written % 20 === 0) log(`large seed: ${statements} statements`);
      }
    });
    log(`large seed: ${statements} statements loaded, then ${indexes} indexes and ${foreignKeys} foreign keys made`);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
  return statements;
}

/**
 * Writes the batches to SQLite in one transaction, through a connection of its own (prepared
 * INSERTs; the search index fills from its triggers), with the secondary indexes of the three
 * tables dropped first and made again at the end.
 */
async function writeSqlite(url: string, batches: Iterable<SeedBatch>, log: (line: string) => void): Promise<number> {
  const { default: Database } = await import("better-sqlite3");
  const sqlite = new Database(sqliteFilePath(url), { timeout: 10_000 });
  let statements = 0;
  try {
    sqlite.pragma("journal_mode = WAL");
    // 256 MB of page cache for the load and the index builds (the default is 2 MB).
    sqlite.pragma("cache_size = -262144");
    const insert = <Row>(table: string, columns: Columns<Row>) => {
      const statement = sqlite.prepare(
        `INSERT INTO "${table}" (${columns.map(([name]) => `"${name}"`).join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`,
      );
      return (rows: readonly Row[]) => {
        for (const row of rows) {
          statement.run(
            columns.map(([, , value]) => {
              const cell = value(row);
              return cell instanceof Date ? sqliteDateText(cell) : cell;
            }),
          );
        }
      };
    };
    const insertArticles = insert("Article", ARTICLE_COLUMNS);
    const insertStatements = insert("Statement", STATEMENT_COLUMNS);
    const insertCommitments = insert("Commitment", COMMITMENT_COLUMNS);
    const sql: BulkLoadSql = {
      dialect: "sqlite",
      query: async <T>(text: string) => sqlite.prepare(text).all() as T[],
      execute: async (text: string) => void sqlite.exec(text),
    };
    sqlite.exec("BEGIN IMMEDIATE");
    try {
      const { indexes } = await withSecondaryIndexesDropped(sql, TABLES, async () => {
        let written = 0;
        for (const batch of batches) {
          insertArticles(batch.articles);
          insertStatements(batch.statements);
          insertCommitments(batch.commitments);
          statements += batch.statements.length;
          if (++written % 20 === 0) log(`large seed: ${statements} statements`);
        }
      });
      log(`large seed: ${statements} statements loaded, then ${indexes} indexes made`);
      sqlite.exec("COMMIT");
    } catch (error) {
      if (sqlite.inTransaction) sqlite.exec("ROLLBACK");
      throw error;
    }
  } finally {
    sqlite.close();
  }
  return statements;
}

/** Fills an empty database (migrated, with the reference data) with the synthetic load. */
export async function writeLargeSeed(
  db: Db,
  url: string,
  options: LargeSeedOptions,
  log: (line: string) => void = () => {},
): Promise<LargeSeedResult> {
  if ((await db.article.count()) > 0) {
    throw new Error("the database already has articles; point DATABASE_URL at an empty one");
  }
  const seconds = (since: number) => (performance.now() - since) / 1000;
  let started = performance.now();
  const batches = largeSeedBatches(options);
  const statements =
    dialectOf(url) === "postgresql" ? await writePostgres(url, batches, log) : await writeSqlite(url, batches, log);
  const last = `seed-a-${options.articles - 1}`;
  await db.auditEvent.create({
    data: {
      action: "article.publish",
      entityType: "article",
      entityId: last,
      after: JSON.stringify({ seed: "large" }),
    },
  });
  const rows = seconds(started);
  log(`large seed: ${options.articles} articles, ${statements} statements written in ${rows.toFixed(0)} s`);
  started = performance.now();
  // Nobody reads the new database yet: the position rows too are written with their indexes dropped.
  const positionIntervals = await rebuildPositions(db, url, { withoutIndexes: true });
  const positions = seconds(started);
  log(`large seed: ${positionIntervals} position intervals derived in ${positions.toFixed(0)} s`);
  started = performance.now();
  await ensureSearchIndex(db, url);
  // The planner's statistics, for the views read right after the seed (autovacuum would take its time).
  if (dialectOf(url) === "postgresql")
    await db.$executeRawUnsafe(`ANALYZE ${[...TABLES, "PositionInterval"].map((table) => `"${table}"`).join(", ")}`);
  const search = seconds(started);
  return { articles: options.articles, statements, positionIntervals, seconds: { rows, positions, search } };
}
