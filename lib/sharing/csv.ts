/**
 * CSV as spreadsheets read it (RFC 4180: comma-separated, CRLF rows, fields quoted when they
 * hold a comma, quote or line break). A cell that starts with `=`, `+`, `-`, `@`, a tab or a
 * carriage return is prefixed with an apostrophe: Excel, LibreOffice and Google Sheets
 * would otherwise evaluate it as a formula (`=cmd|' /C calc'!A0`), and quoted text does not
 * stop them. Everything else, HTML included, is written as the text it is.
 */
type CsvValue = string | number | boolean | null | undefined;

const FORMULA_TRIGGER = /^[=+\-@\t\r]/;

export function neutraliseCsvCell(value: string): string {
  return FORMULA_TRIGGER.test(value) ? `'${value}` : value;
}

function formatCsvCell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  // Numbers and booleans are ours, never user text: a negative number stays a number.
  const text = typeof value === "string" ? neutraliseCsvCell(value) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export interface CsvColumn<Row> {
  name: string;
  value: (row: Row) => CsvValue;
}

export function toCsv<Row>(columns: readonly CsvColumn<Row>[], rows: readonly Row[]): string {
  return csvHeader(columns) + csvRows(columns, rows);
}

/** The header line alone; with csvRows, a CSV written in parts (a streamed export). */
export function csvHeader(columns: readonly Pick<CsvColumn<never>, "name">[]): string {
  return `${columns.map((column) => formatCsvCell(column.name)).join(",")}\r\n`;
}

/** Rows without the header, each ending in CRLF. */
export function csvRows<Row>(columns: readonly CsvColumn<Row>[], rows: readonly Row[]): string {
  let text = "";
  for (const row of rows) text += `${columns.map((column) => formatCsvCell(column.value(row))).join(",")}\r\n`;
  return text;
}

/** Reads what `toCsv` writes (for tests and for checking a download against its page). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") {
      row.push(field);
      field = "";
    } else if (char === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else field += char;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** A CSV download: the file name offered to save it under, never sniffed as anything else. */
export function csvResponse(body: string, filename: string): Response {
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename.replace(/[^\w.-]/g, "_")}"`,
      "Cache-Control": "public, max-age=0, must-revalidate",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
