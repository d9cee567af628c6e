import fs from "node:fs";
import path from "node:path";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { COMMITMENT_TYPE_INFO, COMMITMENT_TYPES, STANCE_INFO, STANCES } from "@/lib/domain/taxonomy";
import { packMatrixGrid } from "@/lib/positions/matrix-grid-data";
import { MatrixGrid } from "./matrix-grid";
import { STANCE_SYMBOLS } from "./stance-mark";

const statedOn = new Date("2026-05-06T00:00:00Z");

/** `count` made-up rows with a cell of every type, stances taken in turn. */
function fullRows(count: number) {
  return Array.from({ length: count }, (_, index) => ({
    code: `Q${String.fromCharCode(65 + (index % 26))}${index}`,
    name: `Testland ${index}`,
    cells: Object.fromEntries(
      COMMITMENT_TYPES.map((type, column) => [
        type,
        {
          stance: STANCES[(index + column) % STANCES.length]!,
          statedOn,
          contested: false,
          // What the matrix query also gives a cell; the grid has no use for it.
          sentence: `A sentence written for this test, row ${index}.`,
          outlet: "Test Outlet",
        },
      ]),
    ),
  }));
}

function renderGrid(rowCount: number): string {
  const data = packMatrixGrid(fullRows(rowCount), COMMITMENT_TYPES, new Set());
  return renderToStaticMarkup(<MatrixGrid data={data} asOf="2026-05-06" dayQuery="" emptyMessage="Nothing." />);
}

/**
 * A cell's markup at most, in bytes: about 180 with its link, stance, day and row share; 350
 * when each cell also wrote out its type's label, its stance's shape and three class names.
 */
const BYTES_PER_CELL = 220;

const occurrences = (text: string, part: string) => text.split(part).length - 1;

describe("the matrix grid's size", () => {
  it("passes the client grid no quote or outlet: its props are the packed cells only", () => {
    const packed = JSON.stringify(packMatrixGrid(fullRows(3), COMMITMENT_TYPES, new Set()));
    expect(packed).not.toContain("A sentence written for this test");
    expect(packed).not.toContain("Test Outlet");
  });

  it("writes no type label or stance shape into each cell, yet every cell still links to its evidence", () => {
    const html = renderGrid(4);
    const body = html.slice(html.indexOf("<tbody"));
    // A type's label: in its column header only (phones get it from the stylesheet).
    for (const type of COMMITMENT_TYPES) {
      expect(body).not.toContain(`>${COMMITMENT_TYPE_INFO[type].label}<`);
      for (let row = 0; row < 4; row++) {
        const code = `Q${String.fromCharCode(65 + row)}${row}`.toLowerCase();
        expect(html).toContain(`href="/countries/${code}#${type}"`);
      }
    }
    for (const stance of STANCES) expect(body).not.toContain(`>${STANCE_SYMBOLS[stance]}<`);
    // Each cell still says its stance in words and its day.
    expect(occurrences(html, 'class="matrix-cell"')).toBe(4 * COMMITMENT_TYPES.length);
    expect(occurrences(html, "<span>6 May 2026</span>")).toBe(4 * COMMITMENT_TYPES.length);
    expect(occurrences(html, `<span>${STANCE_INFO.committed.label}</span>`)).toBeGreaterThan(0);
  });

  it("keeps a full row's markup small: what the page at full scale repeats 2,750 times", () => {
    // The cost of 100 more rows, header and wrapper apart, per cell.
    const perCell = (renderGrid(200).length - renderGrid(100).length) / (100 * COMMITMENT_TYPES.length);
    expect(perCell).toBeLessThan(BYTES_PER_CELL);
  });
});

describe("the matrix's stylesheet", () => {
  const css = fs.readFileSync(path.join(process.cwd(), "app/globals.css"), "utf8");

  it("gives each stance its shape, as STANCE_SYMBOLS does", () => {
    for (const stance of STANCES) {
      const block = css.match(new RegExp(`\\[data-stance="${stance}"\\] \\{([^}]*)\\}`))?.[1] ?? "";
      expect(block).toContain(`--stance-symbol: ${JSON.stringify(STANCE_SYMBOLS[stance])};`);
    }
  });

  it("labels each type's cells on a phone with the type's label", () => {
    for (const type of COMMITMENT_TYPES) {
      const rule = css.match(new RegExp(`\\.matrix-row > td\\[data-type="${type}"\\]::before \\{([^}]*)\\}`))?.[1];
      expect(rule?.trim()).toBe(`content: ${JSON.stringify(COMMITMENT_TYPE_INFO[type].label)};`);
    }
  });
});
