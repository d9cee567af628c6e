import "server-only";
import { strToU8, zipSync } from "fflate";
import { getDb } from "@/lib/db/client";
import { toIsoDay } from "@/lib/dates/iso-day";
import { COMMITMENT_TYPE_INFO, COMMITMENT_TYPES, STANCE_INFO, STANCES } from "@/lib/domain/taxonomy";
import { BLOC_LABELS, BLOCS } from "@/lib/reference/countries";
import { type CsvColumn, toCsv } from "./csv";
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
  enum?: readonly string[];
}

interface Table<Row> {
  name: string;
  title: string;
  description: string;
  fields: Field<Row>[];
  primaryKey: string[];
  foreignKeys?: { fields: string[]; resource: string; referenceFields: string[] }[];
  rows: Row[];
}

const day = (date: Date | null) => (date ? toIsoDay(date) : null);
const instant = (date: Date | null) => (date ? date.toISOString() : null);

const POSITION_DERIVATION =
  "The position of a country on a commitment type at a day D is the stance of the latest accepted, unretracted commitment, in an unretracted article, stated on or before D. Days are calendar days in UTC. When several commitments were stated on the same day, the one recorded last stands, and the position is marked contested when they disagree on the stance. positions.csv lists, per country and type, the intervals [valid_from, valid_until) during which each stance stood; a corrected commitment changes its intervals from the moment of the correction, and the corrections log (/corrections) records what it was before.";

async function loadTables() {
  const db = getDb();
  const [countries, articles, statements, commitments, positions] = await Promise.all([
    db.country.findMany({
      select: {
        code: true,
        name: true,
        region: true,
        subregion: true,
        isActor: true,
        memberships: { select: { bloc: true } },
      },
      orderBy: { code: "asc" },
    }),
    db.article.findMany({
      where: { statements: { some: { commitments: { some: { reviewState: "accepted" } } } } },
      select: {
        id: true,
        title: true,
        outlet: true,
        url: true,
        publishedOn: true,
        createdAt: true,
        retractedAt: true,
        retractedNote: true,
      },
      orderBy: [{ publishedOn: "asc" }, { id: "asc" }],
    }),
    db.statement.findMany({
      where: { commitments: { some: { reviewState: "accepted" } } },
      select: {
        id: true,
        articleId: true,
        countryCode: true,
        speakerName: true,
        speaker: { select: { name: true } },
        sentence: true,
        statedOn: true,
      },
      orderBy: [{ statedOn: "asc" }, { id: "asc" }],
    }),
    db.commitment.findMany({
      where: { reviewState: "accepted" },
      select: {
        id: true,
        statementId: true,
        countryCode: true,
        type: true,
        stance: true,
        condition: true,
        statedOn: true,
        createdAt: true,
        retractedAt: true,
        confidence: true,
      },
      orderBy: [{ statedOn: "asc" }, { id: "asc" }],
    }),
    db.positionInterval.findMany({
      select: {
        countryCode: true,
        type: true,
        stance: true,
        condition: true,
        commitmentId: true,
        validFrom: true,
        validUntil: true,
        contested: true,
      },
      orderBy: [{ countryCode: "asc" }, { type: "asc" }, { validFrom: "asc" }],
    }),
  ]);

  const countriesTable: Table<(typeof countries)[number]> = {
    name: "countries",
    title: "Countries and actors",
    description: "Every country (ISO 3166-1) and non-country actor (EU, NATO) that can take a position.",
    primaryKey: ["code"],
    rows: countries,
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

  const articlesTable: Table<(typeof articles)[number]> = {
    name: "articles",
    title: "Articles",
    description: "The news articles the statements were read from (without their text).",
    primaryKey: ["id"],
    rows: articles,
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

  const statementsTable: Table<(typeof statements)[number]> = {
    name: "statements",
    title: "Statements",
    description: "Attributed statements, each quoted from an article, that carry at least one accepted commitment.",
    primaryKey: ["id"],
    foreignKeys: [
      { fields: ["article_id"], resource: "articles", referenceFields: ["id"] },
      { fields: ["country_code"], resource: "countries", referenceFields: ["code"] },
    ],
    rows: statements,
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
        value: (r) => r.speaker?.name ?? r.speakerName,
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

  const commitmentsTable: Table<(typeof commitments)[number]> = {
    name: "commitments",
    title: "Commitments",
    description:
      "What each statement says a country does about one commitment type, as accepted by an editor. Retracted ones stay, marked.",
    primaryKey: ["id"],
    foreignKeys: [
      { fields: ["statement_id"], resource: "statements", referenceFields: ["id"] },
      { fields: ["country_code"], resource: "countries", referenceFields: ["code"] },
    ],
    rows: commitments,
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
        enum: COMMITMENT_TYPES,
        description: "Commitment type key (see commitmentTypes).",
        value: (r) => r.type,
      },
      {
        name: "stance",
        type: "string",
        required: true,
        enum: STANCES,
        description: "Stance key (see stances).",
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

  const positionsTable: Table<(typeof positions)[number]> = {
    name: "positions",
    title: "Positions",
    description: "Per country and type, the intervals during which each stance stood (see positionDerivation).",
    primaryKey: ["country_code", "type", "valid_from"],
    foreignKeys: [
      { fields: ["commitment_id"], resource: "commitments", referenceFields: ["id"] },
      { fields: ["country_code"], resource: "countries", referenceFields: ["code"] },
    ],
    rows: positions,
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
        enum: COMMITMENT_TYPES,
        description: "Commitment type key.",
        value: (r) => r.type,
      },
      {
        name: "stance",
        type: "string",
        required: true,
        enum: STANCES,
        description: "The stance that stood.",
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
        value: (r) => r.contested,
      },
    ],
  };

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
        description: field.description,
        ...(field.required || field.enum
          ? {
              constraints: {
                ...(field.required ? { required: true } : {}),
                ...(field.enum ? { enum: [...field.enum] } : {}),
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

/** The files of the package: datapackage.json and one CSV per table. */
export async function buildDataPackageFiles(now: Date = new Date()): Promise<Record<string, string>> {
  const tables = await loadTables();
  const descriptor = {
    profile: "tabular-data-package",
    name: "security-guarantees-tracker",
    title: "Security Guarantees Tracker: who commits to which security guarantee for Ukraine",
    description:
      "Every published statement on security guarantees for Ukraine, the commitments editors accepted from them, and the positions derived from those, with corrections and retractions kept.",
    homepage: absoluteUrl("/"),
    version: toIsoDay(now),
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
  const files: Record<string, string> = { "datapackage.json": `${JSON.stringify(descriptor, null, 2)}\n` };
  for (const table of tables) files[`${table.name}.csv`] = toCsv(table.fields, table.rows);
  return files;
}

export function zipFiles(files: Record<string, string>): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(files).map(([name, text]) => [name, strToU8(text)])), { level: 6 });
}
