import "server-only";
import { Zip } from "fflate";
import { getDb } from "@/lib/db/client";
import { boolOf, isoDayOf, isoInstantOf, readDialect, readRows, type SqlValue } from "@/lib/db/read-sql";
import { COMMITMENT_TYPE_INFO, COMMITMENT_TYPES, STANCE_INFO, STANCES } from "@/lib/domain/taxonomy";
import { BLOC_LABELS, BLOCS } from "@/lib/reference/countries";
import { type CsvColumn, csvHeader, csvRows } from "./csv";
import { NativeZipDeflate } from "./native-zip-deflate";
import { citationCff, DATA_SET_ABSTRACT, DATA_SET_TITLE } from "./citation-cff";
import { dataCitation, DATA_LICENSE } from "./licence";
import { absoluteUrl } from "./site-url";

/**
 * The whole published data set as a Frictionless Data Package: one CSV per table and a
 * datapackage.json that defines every field, the commitment types and stances, how
 * positions are derived, the licence and how to cite it. Article bodies are not included:
 * they are the outlets' texts; the quoted sentence of each statement is.
 */
type FieldType = "string" | "integer" | "number" | "boolean" | "date" | "datetime";

interface Field<Row> extends CsvColumn<Row> {
  type: FieldType;
  description: string;
  required?: boolean;
  /** The field's values, in their order (Data Package v2 ordered categories). */
  categories?: readonly { value: string; label: string }[];
}

interface Table<Row> {
  name: string;
  title: string;
  description: string;
  fields: Field<Row>[];
  primaryKey: string[];
  foreignKeys?: { fields: string[]; resource: string; referenceFields: string[] }[];
  /** The rows, a page at a time. */
  pages: () => AsyncIterable<Row[]>;
}

const TYPE_CATEGORIES = COMMITMENT_TYPES.map((key) => ({ value: key, label: COMMITMENT_TYPE_INFO[key].label }));
const STANCE_CATEGORIES = STANCES.map((key) => ({ value: key, label: STANCE_INFO[key].label }));

/**
 * Instants keep their milliseconds (a pinned view's `v` names one to the millisecond), so a
 * datetime field says so: the Table Schema default format has whole seconds only.
 */
const DATETIME_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ";

const day = isoDayOf;
const instant = isoInstantOf;

const POSITION_DERIVATION =
  "The position of a country on a commitment type at a day D is the stance of the latest accepted, unretracted commitment, in an unretracted article, stated on or before D. Days are calendar days in UTC. When several commitments were stated on the same day, the one recorded last stands, and the position is marked contested when they disagree on the stance. positions.csv lists, per country and type, the intervals [valid_from, valid_until) during which each stance stood; a corrected commitment changes its intervals from the moment of the correction, and the corrections log (/corrections) records what it was before.";

/** Rows per query: the export holds one page of one table in memory at a time. */
const PAGE_SIZE = 2000;

/**
 * Reads a table page by page, each page starting strictly after the last row of the one before.
 * The next page is asked for as soon as a full page arrives, so the database (or the SQLite read
 * thread) reads it while this one is turned into CSV and deflated.
 */
async function* keysetPages<Row>(
  readPage: (last: Row | null, take: number) => Promise<Row[]>,
  pageSize: number,
): AsyncGenerator<Row[]> {
  const ask = (last: Row | null) => {
    const page = readPage(last, pageSize);
    // A page asked for ahead of a cancelled download is never awaited: its failure is nobody's.
    page.catch(() => undefined);
    return page;
  };
  let next: Promise<Row[]> | null = ask(null);
  while (next) {
    const page: Row[] = await next;
    next = page.length < pageSize ? null : ask(page.at(-1)!);
    if (page.length > 0) yield page;
  }
}

function readCountries() {
  return getDb().country.findMany({
    select: {
      code: true,
      name: true,
      region: true,
      subregion: true,
      isActor: true,
      memberships: { select: { bloc: true } },
    },
    orderBy: { code: "asc" },
  });
}

/**
 * A column tested on each row of the key's range rather than looked up through an index of its
 * own. SQLite, which has no statistics on the tables, would otherwise read every accepted
 * commitment, or every shown position, through the (reviewState, statedOn) or (recordedUntil,
 * …) index and sort them all for each page, or look a statement's commitments up by review
 * state rather than by statement; unary `+` keeps it on the key's index. PostgreSQL's
 * planner, which has statistics, takes the key's index unaided (and has no unary `+` on text).
 */
function unindexed(column: string): string {
  return readDialect() === "sqlite" ? `+${column}` : column;
}

/** `AND <key> > <last>`, on the first page nothing: the keyset condition of a page. */
function after(condition: string, last: unknown): string {
  return last === null ? "" : `AND ${condition}`;
}

type ArticleRow = {
  id: string;
  title: string;
  outlet: string;
  url: string | null;
  publishedOn: unknown;
  createdAt: unknown;
  retractedAt: unknown;
  retractedNote: string | null;
};

/**
 * The reads below are flat SQL (lib/db/read-sql.ts), one indexed range of the key per page: a
 * page starts at the key after the last one read and stops `take` rows later, so a page costs
 * its rows whatever its place in the table, and "has an accepted commitment" is a lookup per row
 * (statement by article, commitment by statement). Prisma's relation filters (`statements:
 * { some: … }`) took every accepted commitment for each page instead, and at 200,000
 * statements the package took minutes on either engine.
 */
function readArticles(last: ArticleRow | null, take: number) {
  return readRows<ArticleRow>(
    `SELECT a."id" AS "id", a."title" AS "title", a."outlet" AS "outlet", a."url" AS "url",
            a."publishedOn" AS "publishedOn", a."createdAt" AS "createdAt", a."retractedAt" AS "retractedAt",
            a."retractedNote" AS "retractedNote"
       FROM "Article" a
      WHERE EXISTS (SELECT 1 FROM "Statement" s
                     WHERE s."articleId" = a."id"
                       AND EXISTS (SELECT 1 FROM "Commitment" cm
                                   WHERE cm."statementId" = s."id" AND ${unindexed(`cm."reviewState"`)} = 'accepted'))
        ${after(`a."id" > ?`, last)}
      ORDER BY a."id" ASC
      LIMIT ?`,
    last === null ? [take] : [last.id, take],
  );
}

type StatementRow = {
  id: string;
  articleId: string;
  countryCode: string;
  speakerName: string | null;
  gazetteerName: string | null;
  sentence: string;
  statedOn: unknown;
};

function readStatements(last: StatementRow | null, take: number) {
  return readRows<StatementRow>(
    `SELECT s."id" AS "id", s."articleId" AS "articleId", s."countryCode" AS "countryCode",
            s."speakerName" AS "speakerName", sp."name" AS "gazetteerName", s."sentence" AS "sentence",
            s."statedOn" AS "statedOn"
       FROM "Statement" s
       LEFT JOIN "Speaker" sp ON sp."id" = s."speakerId"
      WHERE EXISTS (SELECT 1 FROM "Commitment" cm
                     WHERE cm."statementId" = s."id" AND ${unindexed(`cm."reviewState"`)} = 'accepted')
        ${after(`s."id" > ?`, last)}
      ORDER BY s."id" ASC
      LIMIT ?`,
    last === null ? [take] : [last.id, take],
  );
}

type CommitmentRow = {
  id: string;
  statementId: string;
  countryCode: string;
  type: string;
  stance: string;
  condition: string | null;
  statedOn: unknown;
  createdAt: unknown;
  retractedAt: unknown;
  confidence: number | null;
};

/** Accepted commitments in the order of their id (nearly all are accepted: the key's range, filtered). */
function readCommitments(last: CommitmentRow | null, take: number) {
  return readRows<CommitmentRow>(
    `SELECT cm."id" AS "id", cm."statementId" AS "statementId", cm."countryCode" AS "countryCode",
            cm."type" AS "type", cm."stance" AS "stance", cm."condition" AS "condition", cm."statedOn" AS "statedOn",
            cm."createdAt" AS "createdAt", cm."retractedAt" AS "retractedAt", cm."confidence" AS "confidence"
       FROM "Commitment" cm
      WHERE ${unindexed(`cm."reviewState"`)} = 'accepted'
        ${after(`cm."id" > ?`, last)}
      ORDER BY cm."id" ASC
      LIMIT ?`,
    last === null ? [take] : [last.id, take],
  );
}

type PositionRow = {
  countryCode: string;
  type: string;
  stance: string;
  condition: string | null;
  commitmentId: string;
  validFrom: unknown;
  validUntil: unknown;
  contested: unknown;
};

/**
 * The positions the tracker shows (recordedUntil null), paged on their key among those
 * (country, type, first day), not their id: a publish during the export replaces a cell's
 * rows under new ids, and paging on the key can neither repeat nor skip one that was there.
 * The last key is passed back as the database gave it, so the day compares in its own form.
 */
function readPositions(last: PositionRow | null, take: number) {
  return readRows<PositionRow>(
    `SELECT p."countryCode" AS "countryCode", p."type" AS "type", p."stance" AS "stance", p."condition" AS "condition",
            p."commitmentId" AS "commitmentId", p."validFrom" AS "validFrom", p."validUntil" AS "validUntil",
            p."contested" AS "contested"
       FROM "PositionInterval" p
      WHERE ${unindexed(`p."recordedUntil"`)} IS NULL
        ${after(`(p."countryCode", p."type", p."validFrom") > (?, ?, ?)`, last)}
      ORDER BY p."countryCode" ASC, p."type" ASC, p."validFrom" ASC
      LIMIT ?`,
    last === null ? [take] : [last.countryCode, last.type, last.validFrom as SqlValue, take],
  );
}

type CountryRow = Awaited<ReturnType<typeof readCountries>>[number];

function dataPackageTables(pageSize: number) {
  const countriesTable: Table<CountryRow> = {
    name: "countries",
    title: "Countries and actors",
    description: "Every country (ISO 3166-1) and non-country actor (EU, NATO) that can take a position.",
    primaryKey: ["code"],
    pages: async function* () {
      yield await readCountries();
    },
    fields: [
      {
        name: "code",
        type: "string",
        required: true,
        description: "ISO 3166-1 alpha-2 code, or EU / NATO for the actors.",
        value: (r) => r.code,
      },
      {
        name: "name",
        type: "string",
        required: true,
        description: "Name in English as the tracker shows it.",
        value: (r) => r.name,
      },
      {
        name: "region",
        type: "string",
        required: true,
        description: "World region (UN geoscheme as in world-countries).",
        value: (r) => r.region,
      },
      {
        name: "subregion",
        type: "string",
        description: "World subregion, where one is defined.",
        value: (r) => r.subregion,
      },
      {
        name: "is_actor",
        type: "boolean",
        required: true,
        description: "true for an organisation (EU, NATO) rather than a country.",
        value: (r) => r.isActor,
      },
      {
        name: "blocs",
        type: "string",
        description: `Memberships, separated by '|': ${BLOCS.map((b) => `${b} (${BLOC_LABELS[b]})`).join(", ")}.`,
        value: (r) =>
          r.memberships
            .map((m) => m.bloc)
            .sort()
            .join("|"),
      },
    ],
  };

  const articlesTable: Table<ArticleRow> = {
    name: "articles",
    title: "Articles",
    description: "The news articles the statements were read from (without their text).",
    primaryKey: ["id"],
    pages: () => keysetPages(readArticles, pageSize),
    fields: [
      {
        name: "id",
        type: "string",
        required: true,
        description: "Article id, as in /articles/<id>.",
        value: (r) => r.id,
      },
      { name: "title", type: "string", required: true, description: "Headline as published.", value: (r) => r.title },
      { name: "outlet", type: "string", required: true, description: "The publication.", value: (r) => r.outlet },
      { name: "url", type: "string", description: "Address of the original, when known.", value: (r) => r.url },
      {
        name: "published_on",
        type: "date",
        required: true,
        description: "Day of publication (UTC).",
        value: (r) => day(r.publishedOn),
      },
      {
        name: "recorded_at",
        type: "datetime",
        required: true,
        description: "When the tracker recorded the article.",
        value: (r) => instant(r.createdAt),
      },
      {
        name: "retracted_at",
        type: "datetime",
        description: "When the tracker retracted the whole article, if it did.",
        value: (r) => instant(r.retractedAt),
      },
      { name: "retracted_note", type: "string", description: "Why it was retracted.", value: (r) => r.retractedNote },
    ],
  };

  const statementsTable: Table<StatementRow> = {
    name: "statements",
    title: "Statements",
    description: "Attributed statements, each quoted from an article, that carry at least one accepted commitment.",
    primaryKey: ["id"],
    foreignKeys: [
      { fields: ["article_id"], resource: "articles", referenceFields: ["id"] },
      { fields: ["country_code"], resource: "countries", referenceFields: ["code"] },
    ],
    pages: () => keysetPages(readStatements, pageSize),
    fields: [
      { name: "id", type: "string", required: true, description: "Statement id.", value: (r) => r.id },
      {
        name: "article_id",
        type: "string",
        required: true,
        description: "The article it is quoted from.",
        value: (r) => r.articleId,
      },
      {
        name: "country_code",
        type: "string",
        required: true,
        description: "The country or actor it speaks for.",
        value: (r) => r.countryCode,
      },
      {
        name: "speaker",
        type: "string",
        description: "Who said it, when named.",
        value: (r) => r.gazetteerName ?? r.speakerName,
      },
      {
        name: "sentence",
        type: "string",
        required: true,
        description: "The quoted sentence, verbatim.",
        value: (r) => r.sentence,
      },
      {
        name: "stated_on",
        type: "date",
        required: true,
        description: "Day the statement was made (UTC).",
        value: (r) => day(r.statedOn),
      },
    ],
  };

  const commitmentsTable: Table<CommitmentRow> = {
    name: "commitments",
    title: "Commitments",
    description:
      "What each statement says a country does about one commitment type, as accepted by an editor. Retracted ones stay, marked.",
    primaryKey: ["id"],
    foreignKeys: [
      { fields: ["statement_id"], resource: "statements", referenceFields: ["id"] },
      { fields: ["country_code"], resource: "countries", referenceFields: ["code"] },
    ],
    pages: () => keysetPages(readCommitments, pageSize),
    fields: [
      { name: "id", type: "string", required: true, description: "Commitment id.", value: (r) => r.id },
      {
        name: "statement_id",
        type: "string",
        required: true,
        description: "The statement that carries it.",
        value: (r) => r.statementId,
      },
      {
        name: "country_code",
        type: "string",
        required: true,
        description: "The country or actor committing.",
        value: (r) => r.countryCode,
      },
      {
        name: "type",
        type: "string",
        required: true,
        categories: TYPE_CATEGORIES,
        description: "Commitment type key (see commitmentTypes), in the matrix's column order.",
        value: (r) => r.type,
      },
      {
        name: "stance",
        type: "string",
        required: true,
        categories: STANCE_CATEGORIES,
        description: "Stance key (see stances), ordered from the strongest own engagement to the strongest rejection.",
        value: (r) => r.stance,
      },
      {
        name: "condition",
        type: "string",
        description: "The stated condition of a conditional stance.",
        value: (r) => r.condition,
      },
      {
        name: "stated_on",
        type: "date",
        required: true,
        description: "Day of the statement (UTC).",
        value: (r) => day(r.statedOn),
      },
      {
        name: "recorded_at",
        type: "datetime",
        required: true,
        description: "When the tracker recorded it.",
        value: (r) => instant(r.createdAt),
      },
      {
        name: "retracted_at",
        type: "datetime",
        description: "When it was retracted, if it was.",
        value: (r) => instant(r.retractedAt),
      },
      {
        name: "confidence",
        type: "number",
        description: "The extraction engine's confidence when it proposed it (0 to 1), if it did.",
        value: (r) => r.confidence,
      },
    ],
  };

  const positionsTable: Table<PositionRow> = {
    name: "positions",
    title: "Positions",
    description: "Per country and type, the intervals during which each stance stood (see positionDerivation).",
    primaryKey: ["country_code", "type", "valid_from"],
    foreignKeys: [
      { fields: ["commitment_id"], resource: "commitments", referenceFields: ["id"] },
      { fields: ["country_code"], resource: "countries", referenceFields: ["code"] },
    ],
    pages: () => keysetPages(readPositions, pageSize),
    fields: [
      {
        name: "country_code",
        type: "string",
        required: true,
        description: "The country or actor.",
        value: (r) => r.countryCode,
      },
      {
        name: "type",
        type: "string",
        required: true,
        categories: TYPE_CATEGORIES,
        description: "Commitment type key, in the matrix's column order.",
        value: (r) => r.type,
      },
      {
        name: "stance",
        type: "string",
        required: true,
        categories: STANCE_CATEGORIES,
        description: "The stance that stood, ordered from the strongest own engagement to the strongest rejection.",
        value: (r) => r.stance,
      },
      {
        name: "condition",
        type: "string",
        description: "Its condition, for a conditional stance.",
        value: (r) => r.condition,
      },
      {
        name: "commitment_id",
        type: "string",
        required: true,
        description: "The commitment that set it.",
        value: (r) => r.commitmentId,
      },
      {
        name: "valid_from",
        type: "date",
        required: true,
        description: "First day it stood.",
        value: (r) => day(r.validFrom),
      },
      {
        name: "valid_until",
        type: "date",
        description: "First day it no longer stood; empty while it stands.",
        value: (r) => day(r.validUntil),
      },
      {
        name: "contested",
        type: "boolean",
        required: true,
        description: "Different stances were stated on valid_from.",
        value: (r) => boolOf(r.contested),
      },
    ],
  };

  // The descriptor's order: referenced tables first.
  return [countriesTable, articlesTable, statementsTable, commitmentsTable, positionsTable] as Table<unknown>[];
}

function describeTable(table: Table<unknown>) {
  return {
    name: table.name,
    title: table.title,
    description: table.description,
    path: `${table.name}.csv`,
    profile: "tabular-data-resource",
    format: "csv",
    mediatype: "text/csv",
    encoding: "utf-8",
    dialect: { delimiter: ",", lineTerminator: "\r\n", quoteChar: '"', doubleQuote: true, header: true },
    schema: {
      fields: table.fields.map((field) => ({
        name: field.name,
        type: field.type,
        ...(field.type === "date" ? { format: "default" } : {}),
        ...(field.type === "datetime" ? { format: DATETIME_FORMAT } : {}),
        description: field.description,
        // Data Package v2 readers take the ordered categories; v1 readers (and v2 ones that
        // check constraints) still refuse any other value through the enum.
        ...(field.categories
          ? { categories: field.categories.map((category) => ({ ...category })), categoriesOrdered: true }
          : {}),
        ...(field.required || field.categories
          ? {
              constraints: {
                ...(field.required ? { required: true } : {}),
                ...(field.categories ? { enum: field.categories.map((category) => category.value) } : {}),
              },
            }
          : {}),
      })),
      missingValues: [""],
      primaryKey: table.primaryKey,
      ...(table.foreignKeys
        ? {
            foreignKeys: table.foreignKeys.map((fk) => ({
              fields: fk.fields,
              reference: { resource: fk.resource, fields: fk.referenceFields },
            })),
          }
        : {}),
    },
  };
}

/**
 * What a package says about itself: a release's number, or for the package made on request
 * (`/download/data-package.zip`) the last release's number with the instant it was made as
 * SemVer build metadata ("2.0.0+20261206T172030Z": release 2 and what was recorded since).
 */
export interface PackageEdition {
  version: string;
  /** Where this edition can be downloaded again, for a release. */
  url?: string;
}

export function snapshotVersion(latestRelease: string | null, now: Date): string {
  return `${latestRelease ?? "0.0.0"}+${now
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d+Z$/, "Z")}`;
}

function describePackage(tables: Table<unknown>[], now: Date, edition: PackageEdition) {
  return {
    profile: "tabular-data-package",
    name: "security-guarantees-tracker",
    title: DATA_SET_TITLE,
    description: DATA_SET_ABSTRACT,
    homepage: absoluteUrl("/"),
    version: edition.version,
    created: now.toISOString(),
    licenses: [DATA_LICENSE],
    citation: dataCitation(now),
    sources: [{ title: "News articles, each listed in articles.csv with its outlet and address" }],
    commitmentTypes: COMMITMENT_TYPES.map((key) => ({
      key,
      label: COMMITMENT_TYPE_INFO[key].label,
      description: COMMITMENT_TYPE_INFO[key].description,
    })),
    stances: STANCES.map((key) => ({ key, label: STANCE_INFO[key].label, description: STANCE_INFO[key].description })),
    positionDerivation: POSITION_DERIVATION,
    resources: tables.map(describeTable),
  };
}

/**
 * Writes the package into a zip: datapackage.json, then each table's CSV a page at a time,
 * yielding after each page so the reader of the zip sets the pace. The tables are read
 * referencing ones first (positions, commitments, statements, articles, countries): what is
 * published only ever grows, so a row published while the export runs may be missing from a
 * table read before it, but whatever a row refers to is read after it and is there, and
 * every foreign key of the package resolves.
 */
async function* writeDataPackage(zip: Zip, now: Date, pageSize: number, edition: PackageEdition): AsyncGenerator<void> {
  const tables = dataPackageTables(pageSize);
  const descriptor = new NativeZipDeflate("datapackage.json");
  zip.add(descriptor);
  descriptor.push(Buffer.from(`${JSON.stringify(describePackage(tables, now, edition), null, 2)}\n`), true);
  const citation = new NativeZipDeflate("CITATION.cff");
  zip.add(citation);
  citation.push(Buffer.from(citationCff({ version: edition.version, released: now, url: edition.url })), true);
  yield;
  for (const table of [...tables].reverse()) {
    const file = new NativeZipDeflate(`${table.name}.csv`);
    zip.add(file);
    file.push(Buffer.from(csvHeader(table.fields)));
    for await (const rows of table.pages()) {
      file.push(Buffer.from(csvRows(table.fields, rows)));
      yield;
    }
    file.push(new Uint8Array(0), true);
  }
  zip.end();
}

/**
 * The whole data set as a zip stream, produced as it is read: a page of rows is queried,
 * turned into CSV and deflated only when the previous output has been taken, so the memory
 * an export takes does not grow with the data set.
 */
export function dataPackageZipStream({
  now = new Date(),
  pageSize = PAGE_SIZE,
  edition = { version: snapshotVersion(null, now) },
}: { now?: Date; pageSize?: number; edition?: PackageEdition } = {}): ReadableStream<Uint8Array> {
  const ready: Uint8Array[] = [];
  let finished = false;
  let failure: Error | null = null;
  const zip = new Zip((error, chunk, final) => {
    if (error) failure = error;
    else ready.push(chunk);
    if (final) finished = true;
  });
  const steps = writeDataPackage(zip, now, pageSize, edition);
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      while (ready.length === 0 && !finished && !failure) {
        if ((await steps.next()).done) break;
      }
      if (failure) {
        controller.error(failure);
        return;
      }
      for (const chunk of ready.splice(0)) controller.enqueue(chunk);
      if (finished) controller.close();
    },
    async cancel() {
      zip.terminate();
      await steps.return(undefined);
    },
  });
}
