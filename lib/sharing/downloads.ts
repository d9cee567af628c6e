import { toIsoDay } from "@/lib/dates/iso-day";
import { COMMITMENT_TYPE_INFO, STANCE_INFO } from "@/lib/domain/taxonomy";
import type { CountryCommitment, CountryStance } from "@/lib/queries/get-country-stance";
import type { Matrix, MatrixCell } from "@/lib/queries/get-matrix-at";
import { type CsvColumn, toCsv } from "./csv";

/**
 * The CSV downloads of the views: one row per cell shown (long format: a spreadsheet or a
 * notebook pivots it at will), with the quoted evidence and its source in each row.
 */
type CellRow = {
  asOf: string;
  code: string;
  name: string;
  region: string;
  type: keyof typeof COMMITMENT_TYPE_INFO;
  cell: MatrixCell;
};

const CELL_COLUMNS: CsvColumn<CellRow>[] = [
  { name: "as_of", value: (r) => r.asOf },
  { name: "country_code", value: (r) => r.code },
  { name: "country_name", value: (r) => r.name },
  { name: "region", value: (r) => r.region },
  { name: "type", value: (r) => r.type },
  { name: "type_label", value: (r) => COMMITMENT_TYPE_INFO[r.type].label },
  { name: "stance", value: (r) => r.cell.stance },
  { name: "stance_label", value: (r) => STANCE_INFO[r.cell.stance].label },
  { name: "condition", value: (r) => r.cell.condition },
  { name: "contested", value: (r) => r.cell.contested },
  { name: "stated_on", value: (r) => toIsoDay(r.cell.statedOn) },
  { name: "sentence", value: (r) => r.cell.sentence },
  { name: "speaker", value: (r) => r.cell.speaker },
  { name: "outlet", value: (r) => r.cell.outlet },
  { name: "article_title", value: (r) => r.cell.articleTitle },
  { name: "article_url", value: (r) => r.cell.url },
  { name: "commitment_id", value: (r) => r.cell.commitmentId },
  { name: "statement_id", value: (r) => r.cell.statementId },
];

function matrixCellRows(matrix: Matrix): CellRow[] {
  return matrix.rows.flatMap((row) =>
    matrix.types.flatMap((type) => {
      const cell = row.cells[type];
      return cell ? [{ asOf: matrix.asOf, code: row.code, name: row.name, region: row.region, type, cell }] : [];
    }),
  );
}

export function matrixCsv(matrix: Matrix): string {
  return toCsv(CELL_COLUMNS, matrixCellRows(matrix));
}

type CountryRow = {
  stance: CountryStance;
  type: keyof typeof COMMITMENT_TYPE_INFO;
  standing: boolean;
  commitment: CountryCommitment;
};

const COUNTRY_COLUMNS: CsvColumn<CountryRow>[] = [
  { name: "as_of", value: (r) => r.stance.asOf },
  { name: "country_code", value: (r) => r.stance.code },
  { name: "country_name", value: (r) => r.stance.name },
  { name: "type", value: (r) => r.type },
  { name: "type_label", value: (r) => COMMITMENT_TYPE_INFO[r.type].label },
  { name: "standing", value: (r) => r.standing },
  { name: "stance", value: (r) => r.commitment.stance },
  { name: "stance_label", value: (r) => STANCE_INFO[r.commitment.stance].label },
  { name: "condition", value: (r) => r.commitment.condition },
  { name: "stated_on", value: (r) => toIsoDay(r.commitment.statedOn) },
  { name: "retracted", value: (r) => r.commitment.retracted },
  {
    name: "corrections",
    value: (r) =>
      r.commitment.changes.map((c) => `${c.action} ${toIsoDay(c.at)}${c.note ? `: ${c.note}` : ""}`).join(" | "),
  },
  { name: "sentence", value: (r) => r.commitment.sentence },
  { name: "speaker", value: (r) => r.commitment.speaker },
  { name: "outlet", value: (r) => r.commitment.article.outlet },
  { name: "article_title", value: (r) => r.commitment.article.title },
  { name: "article_url", value: (r) => r.commitment.article.url },
  { name: "article_published_on", value: (r) => toIsoDay(r.commitment.article.publishedOn) },
  { name: "commitment_id", value: (r) => r.commitment.id },
];

/** A country's evidence per type: the standing commitment first, then the rest of its history. */
export function countryCsv(stance: CountryStance): string {
  const rows: CountryRow[] = stance.entries.flatMap((entry) => {
    const history = entry.current
      ? [entry.current, ...entry.history.filter((c) => c.id !== entry.current!.id)]
      : entry.history;
    return history.map((commitment) => ({
      stance,
      type: entry.type,
      standing: commitment.id === entry.current?.id,
      commitment,
    }));
  });
  return toCsv(COUNTRY_COLUMNS, rows);
}
