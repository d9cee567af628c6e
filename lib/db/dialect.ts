/**
 * Everything that differs between SQLite (the embedded default) and PostgreSQL lives here:
 * which URL means which engine, which Prisma client and driver adapter to build, and how to
 * run raw SQL for migrations. The rest of the app talks to one `Db` type.
 */
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient as SqlitePrismaClient } from "./generated/sqlite/client";
import { PrismaClient as PostgresPrismaClient } from "./generated/postgres/client";
import { createPostgresAdapter, createPostgresPool } from "./postgres-pool";

export type Dialect = "sqlite" | "postgresql";

/** The Prisma client type the app codes against; both generated clients share its shape. */
export type Db = SqlitePrismaClient;

/** How long a SQLite connection waits for another connection's write lock. */
const SQLITE_BUSY_TIMEOUT_MS = 10_000;

/** With no configuration, the database is this file, created on first start. */
export const DEFAULT_DATABASE_URL = "file:./data/tracker.db";

export function resolveDatabaseUrl(env: Record<string, string | undefined> = process.env): string {
  const url = env.DATABASE_URL?.trim();
  return url ? url : DEFAULT_DATABASE_URL;
}

/**
 * A DateTime as Prisma keeps it in SQLite (text, milliseconds and a +00:00 zone, so text order
 * is time order), for SQL written without Prisma's model API.
 */
export function sqliteDateText(date: Date): string {
  return date.toISOString().replace("Z", "+00:00");
}

export function dialectOf(url: string): Dialect {
  if (url.startsWith("file:")) return "sqlite";
  if (url.startsWith("postgresql://") || url.startsWith("postgres://")) return "postgresql";
  throw new Error(
    `DATABASE_URL must be a file: URL (SQLite) or a postgresql:// URL (PostgreSQL); got "${redactUrl(url)}"`,
  );
}

/** The absolute path of a SQLite file URL, resolved against the working directory. */
export function sqliteFilePath(url: string): string {
  const file = url.replace(/^file:(\/\/)?/, "").split("?")[0] ?? "";
  return path.resolve(/*turbopackIgnore: true*/ file);
}

/** A URL without its password, for messages and logs. */
export function redactUrl(url: string): string {
  return url.replace(/\/\/([^:@/]+):([^@/]+)@/, "//$1:***@");
}

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "::1", "[::1]"]);

/** True for a SQLite file or a PostgreSQL server on this machine: the only places tests may write. */
export function isLocalDatabaseUrl(url: string): boolean {
  if (dialectOf(url) === "sqlite") return true;
  const host = new URL(url).hostname;
  return LOCAL_HOSTS.has(host);
}

export function createDb(url: string): Db {
  if (dialectOf(url) === "sqlite") {
    // `timeout` is SQLite's busy timeout: a writer waits for another process's write (the CLI
    // while the server runs, parallel test workers) instead of failing at once with SQLITE_BUSY.
    return new SqlitePrismaClient({
      adapter: new PrismaBetterSQLite3({ url: sqliteFilePath(url), timeout: SQLITE_BUSY_TIMEOUT_MS }),
    });
  }
  const adapter = createPostgresAdapter(createPostgresPool(url, 10));
  const client = new PostgresPrismaClient({ adapter });
  // Same models, same generated API; only the query compiler's dialect differs.
  return client as unknown as Db;
}

/** Prisma's own bookkeeping table, so `prisma migrate status` agrees with our migrator. */
export const MIGRATIONS_TABLE_DDL: Record<Dialect, string> = {
  sqlite: `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id" TEXT PRIMARY KEY NOT NULL,
    "checksum" TEXT NOT NULL,
    "finished_at" DATETIME,
    "migration_name" TEXT NOT NULL,
    "logs" TEXT,
    "rolled_back_at" DATETIME,
    "started_at" DATETIME NOT NULL DEFAULT current_timestamp,
    "applied_steps_count" INTEGER UNSIGNED NOT NULL DEFAULT 0
  )`,
  postgresql: `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id" VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum" VARCHAR(64) NOT NULL,
    "finished_at" TIMESTAMPTZ,
    "migration_name" VARCHAR(255) NOT NULL,
    "logs" TEXT,
    "rolled_back_at" TIMESTAMPTZ,
    "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count" INTEGER NOT NULL DEFAULT 0
  )`,
};

/** A raw connection for running migration SQL, which Prisma's client cannot batch. */
export interface RawExecutor {
  /** Runs a script of several statements. */
  executeScript(sql: string): Promise<void>;
  /** Runs one statement with `?` placeholders. */
  query<T extends Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
}

export interface RawConnection extends RawExecutor {
  dialect: Dialect;
  /** Runs `work` in one transaction: all of it or none of it. */
  transaction(work: (tx: RawExecutor) => Promise<void>): Promise<void>;
  close(): Promise<void>;
}

export async function openRawConnection(url: string): Promise<RawConnection> {
  if (dialectOf(url) === "sqlite") {
    const { default: Database } = await import("better-sqlite3");
    const db = new Database(sqliteFilePath(url), { timeout: SQLITE_BUSY_TIMEOUT_MS });
    // WAL lets readers (the pages) go on while an editor publishes; the mode is kept in the file.
    db.pragma("journal_mode = WAL");
    const executor: RawExecutor = {
      executeScript: async (sql) => void db.exec(sql),
      query: async <T extends Record<string, unknown>>(sql: string, params: unknown[] = []) => {
        const statement = db.prepare(sql);
        return (statement.reader ? statement.all(...params) : (statement.run(...params), [])) as T[];
      },
    };
    return {
      dialect: "sqlite",
      ...executor,
      transaction: async (work) => {
        db.exec("BEGIN IMMEDIATE");
        try {
          await work(executor);
          db.exec("COMMIT");
        } catch (error) {
          if (db.inTransaction) db.exec("ROLLBACK");
          throw error;
        }
      },
      close: async () => void db.close(),
    };
  }
  const { Client } = await import("pg");
  const client = new Client({ connectionString: url });
  await client.connect();
  const query = async <T extends Record<string, unknown>>(sql: string, params: unknown[] = []) => {
    // pg uses $1, $2 placeholders; callers write `?` as in SQLite.
    let index = 0;
    const text = sql.replace(/\?/g, () => `$${++index}`);
    return (await client.query(text, params)).rows as T[];
  };
  return {
    dialect: "postgresql",
    executeScript: async (sql) => void (await client.query(sql)),
    query,
    transaction: async (work) => {
      await client.query("BEGIN");
      try {
        await work({ executeScript: async (sql) => void (await client.query(sql)), query });
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw error;
      }
    },
    close: async () => client.end(),
  };
}

/**
 * Indexes the migrations create that Prisma's schema language cannot express (partial unique
 * indexes). describeSchema leaves them out, since the schema it is compared with cannot have
 * them; lib/db/migrations.integration.test.ts checks that each exists on a migrated database.
 */
export const INDEXES_OUTSIDE_PRISMA = ["IngestDraft_open_fingerprint_createdById_key"] as const;

function isOutsidePrisma(indexName: string): boolean {
  return (INDEXES_OUTSIDE_PRISMA as readonly string[]).some(
    (name) => indexName.includes(`"${name}"`) || indexName === name,
  );
}

/** The names of the indexes a database has, on either engine. */
export async function listIndexNames(connection: RawConnection): Promise<string[]> {
  const rows =
    connection.dialect === "sqlite"
      ? await connection.query<{ name: string }>(`SELECT name FROM sqlite_master WHERE type = 'index'`)
      : await connection.query<{ name: string }>(
          `SELECT indexname AS name FROM pg_indexes WHERE schemaname = 'public'`,
        );
  return rows.map((row) => row.name);
}

/**
 * The shape of a database as a sorted list of lines (columns with type, nullability and
 * default; indexes), for comparing two databases built different ways.
 */
export async function describeSchema(connection: RawConnection): Promise<string[]> {
  const lines: string[] = [];
  if (connection.dialect === "sqlite") {
    const tables = await connection.query<{ name: string }>(
      // The full-text index (STATEMENT_SEARCH) lives outside Prisma's schema, as do its shadow tables.
      `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_prisma_migrations' AND name NOT LIKE 'StatementSearch%'`,
    );
    for (const { name } of tables) {
      for (const column of await connection.query<Record<string, unknown>>(`SELECT * FROM pragma_table_info(?)`, [
        name,
      ])) {
        lines.push(
          `column ${name}.${column.name} ${column.type} notnull=${column.notnull} default=${column.dflt_value} pk=${column.pk}`,
        );
      }
      for (const index of await connection.query<Record<string, unknown>>(`SELECT * FROM pragma_index_list(?)`, [
        name,
      ])) {
        if (isOutsidePrisma(String(index.name))) continue;
        const columns = await connection.query<{ name: string }>(`SELECT name FROM pragma_index_info(?)`, [index.name]);
        lines.push(`index ${name}.${index.name} unique=${index.unique} (${columns.map((c) => c.name).join(",")})`);
      }
      for (const key of await connection.query<Record<string, unknown>>(`SELECT * FROM pragma_foreign_key_list(?)`, [
        name,
      ])) {
        lines.push(`fk ${name}.${key.from} -> ${key.table}.${key.to} on delete ${key.on_delete}`);
      }
    }
  } else {
    const columns = await connection.query<Record<string, unknown>>(
      `SELECT table_name, column_name, data_type, is_nullable, column_default FROM information_schema.columns
       WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'
         AND NOT (table_name = 'Statement' AND column_name = 'searchVector')`,
    );
    for (const c of columns) {
      lines.push(
        `column ${c.table_name}.${c.column_name} ${c.data_type} nullable=${c.is_nullable} default=${c.column_default}`,
      );
    }
    const indexes = await connection.query<Record<string, unknown>>(
      `SELECT indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`,
    );
    for (const index of indexes) {
      const definition = String(index.indexdef);
      if (!definition.includes("_search_idx") && !isOutsidePrisma(definition)) lines.push(`index ${definition}`);
    }
    const keys = await connection.query<Record<string, unknown>>(
      `SELECT conrelid::regclass::text AS tbl, pg_get_constraintdef(oid) AS def FROM pg_constraint
       WHERE contype = 'f' AND connamespace = 'public'::regnamespace`,
    );
    for (const key of keys) lines.push(`fk ${key.tbl} ${key.def}`);
  }
  return lines.sort();
}

/**
 * Full-text search over statements (sentence, speaker as written, article title): SQLite
 * FTS5 with a contentless index kept by triggers, PostgreSQL's own text search with GIN
 * indexes (on a generated column of the statement's words, on an expression of the title).
 * Neither fits Prisma's schema language, so `ensure` creates them idempotently
 * (lib/setup/setup-database.ts, on every start), and the schema listing leaves them out.
 * Both engines tokenise without stemming, so the same words match on both.
 */
export const STATEMENT_SEARCH: Record<
  Dialect,
  {
    ensure: string[];
    query: string;
    /** A repair run before `ensure` when `needed` finds a row: an index made before a trigger existed. */
    repair?: { needed: string; sql: string };
  }
> = {
  sqlite: {
    // An index made before the title trigger below existed may hold titles changed since.
    repair: {
      needed: `SELECT 1 AS "needed" FROM sqlite_master WHERE type = 'table' AND name = 'StatementSearch'
                 AND NOT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'trigger' AND name = 'StatementSearch_title')`,
      sql: `UPDATE "StatementSearch" SET "title" = COALESCE((SELECT a."title" FROM "Statement" s JOIN "Article" a ON a."id" = s."articleId" WHERE s."id" = "StatementSearch"."statementId"), '')
             WHERE "title" IS NOT COALESCE((SELECT a."title" FROM "Statement" s JOIN "Article" a ON a."id" = s."articleId" WHERE s."id" = "StatementSearch"."statementId"), '')`,
    },
    ensure: [
      `CREATE VIRTUAL TABLE IF NOT EXISTS "StatementSearch" USING fts5("statementId" UNINDEXED, "sentence", "speaker", "title", tokenize = 'unicode61 remove_diacritics 2')`,
      `CREATE TRIGGER IF NOT EXISTS "StatementSearch_insert" AFTER INSERT ON "Statement" BEGIN
         INSERT INTO "StatementSearch" ("statementId", "sentence", "speaker", "title")
         VALUES (NEW."id", NEW."sentence", COALESCE(NEW."speakerName", ''), COALESCE((SELECT "title" FROM "Article" WHERE "id" = NEW."articleId"), ''));
       END`,
      `CREATE TRIGGER IF NOT EXISTS "StatementSearch_delete" AFTER DELETE ON "Statement" BEGIN
         DELETE FROM "StatementSearch" WHERE "statementId" = OLD."id";
       END`,
      // A statement's words changed in place (PostgreSQL's generated column follows by itself).
      `CREATE TRIGGER IF NOT EXISTS "StatementSearch_update" AFTER UPDATE OF "sentence", "speakerName" ON "Statement" BEGIN
         UPDATE "StatementSearch" SET "sentence" = NEW."sentence", "speaker" = COALESCE(NEW."speakerName", '') WHERE "statementId" = OLD."id";
       END`,
      // An article's title changed in place: the index keeps it beside each of its statements
      // (PostgreSQL's index is on the title itself). The statement id is not indexed by FTS5, so
      // this reads the whole index once (about 0.1 s at 200,000 statements); titles seldom change.
      `CREATE TRIGGER IF NOT EXISTS "StatementSearch_title" AFTER UPDATE OF "title" ON "Article" BEGIN
         UPDATE "StatementSearch" SET "title" = NEW."title" WHERE "statementId" IN (SELECT "id" FROM "Statement" WHERE "articleId" = NEW."id");
       END`,
      // Statements written before the index existed.
      `INSERT INTO "StatementSearch" ("statementId", "sentence", "speaker", "title")
       SELECT s."id", s."sentence", COALESCE(s."speakerName", ''), a."title" FROM "Statement" s JOIN "Article" a ON a."id" = s."articleId"
       WHERE NOT EXISTS (SELECT 1 FROM "StatementSearch" LIMIT 1)`,
    ],
    // The FTS5 query (quoted tokens, the last one a prefix), then the row limit.
    query: `SELECT f."statementId" AS "statementId",
              highlight("StatementSearch", 1, char(2), char(3)) AS "sentence",
              highlight("StatementSearch", 2, char(2), char(3)) AS "speaker",
              highlight("StatementSearch", 3, char(2), char(3)) AS "title"
            FROM "StatementSearch" f WHERE "StatementSearch" MATCH ? ORDER BY bm25("StatementSearch") LIMIT ?`,
  },
  postgresql: {
    ensure: [
      // The statement's words kept beside it (computed by PostgreSQL on every write), so that
      // matching and ranking read them instead of tokenising every matching sentence again:
      // ranking a common word's 90,000 matches out of 200,000 took 3.6-5 s that way. Adding
      // the column rewrites the table once (200,000 statements: 9 s with its index at load 6,
      // 28 s at load 16), under a lock that holds off reads and writes meanwhile.
      `ALTER TABLE "Statement" ADD COLUMN IF NOT EXISTS "searchVector" tsvector GENERATED ALWAYS AS (to_tsvector('simple', "sentence" || ' ' || COALESCE("speakerName", ''))) STORED`,
      `CREATE INDEX IF NOT EXISTS "Statement_searchVector_search_idx" ON "Statement" USING GIN ("searchVector")`,
      // The expression index the column replaces.
      `DROP INDEX IF EXISTS "Statement_search_idx"`,
      `CREATE INDEX IF NOT EXISTS "Article_title_search_idx" ON "Article" USING GIN (to_tsvector('simple', "title"))`,
    ],
    // $1: a to_tsquery expression of sanitised tokens, $2: the row limit. Every match is ranked
    // (by the stored words: no sentence is tokenised again), then only the page's rows are
    // highlighted, the article joined to those rows only (joined to every match, it cost a
    // quarter of the time). A title's matches are its articles' statements: the article ids
    // as an array, so that a rare word reads both indexes (a BitmapOr, 2 ms) instead of every
    // statement.
    query: `SELECT r."id" AS "statementId",
              ts_headline('simple', r."sentence", q, 'StartSel=' || chr(2) || ', StopSel=' || chr(3) || ', HighlightAll=true') AS "sentence",
              ts_headline('simple', COALESCE(r."speakerName", ''), q, 'StartSel=' || chr(2) || ', StopSel=' || chr(3) || ', HighlightAll=true') AS "speaker",
              ts_headline('simple', a."title", q, 'StartSel=' || chr(2) || ', StopSel=' || chr(3) || ', HighlightAll=true') AS "title"
            FROM (SELECT s."id", s."sentence", s."speakerName", s."statedOn", s."articleId",
                         ts_rank(s."searchVector", to_tsquery('simple', $1)) AS "rank"
                    FROM "Statement" s
                   WHERE s."searchVector" @@ to_tsquery('simple', $1)
                      OR s."articleId" = ANY (ARRAY(SELECT t."id" FROM "Article" t WHERE to_tsvector('simple', t."title") @@ to_tsquery('simple', $1)))
                   ORDER BY "rank" DESC, s."statedOn" DESC, s."id" DESC
                   LIMIT $2) r
            JOIN "Article" a ON a."id" = r."articleId", to_tsquery('simple', $1) q
            ORDER BY r."rank" DESC, r."statedOn" DESC, r."id" DESC`,
  },
};

/** The words of a search box, without operators: what both engines' queries are built from. */
export function searchTokens(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 8);
}

/** The engine's query expression for the tokens: all of them, the last one as a prefix (search as you type). */
export function searchExpression(dialect: Dialect, tokens: readonly string[]): string {
  if (dialect === "sqlite")
    return tokens.map((token, i) => `"${token}"${i === tokens.length - 1 ? "*" : ""}`).join(" ");
  return tokens.map((token, i) => `${token}${i === tokens.length - 1 ? ":*" : ""}`).join(" & ");
}
