import { describe, expect, it } from "vitest";
import { AA_NON_TEXT_CONTRAST, AA_TEXT_CONTRAST, contrastRatio, relativeLuminance } from "./contrast";
import fs from "node:fs";
import path from "node:path";
import { type ColourMode, STANCE_PALETTE, SURFACES, stanceColourStyle, stancePaletteStyle } from "./stance-palette";
import { STANCES } from "./taxonomy";

const MODES: ColourMode[] = ["light", "dark"];

describe("contrast arithmetic", () => {
  it("gives 21:1 for black on white and 1:1 for a colour on itself", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrastRatio("#ffffff", "#000000")).toBeCloseTo(21, 5);
    expect(contrastRatio("#336699", "#336699")).toBe(1);
  });

  it("matches published reference values", () => {
    // #767676 on white is the classic lightest grey that passes AA (4.54:1); #777777 just fails.
    expect(contrastRatio("#767676", "#ffffff")).toBeCloseTo(4.54, 2);
    expect(contrastRatio("#777777", "#ffffff")).toBeLessThan(AA_TEXT_CONTRAST);
    // The old "Committed" badge, white on Tailwind emerald-600, failed AA.
    expect(contrastRatio("#ffffff", "#059669")).toBeLessThan(AA_TEXT_CONTRAST);
    expect(relativeLuminance("#808080")).toBeCloseTo(0.2159, 4);
  });

  it("refuses anything but #rrggbb", () => {
    expect(() => relativeLuminance("green")).toThrow(RangeError);
    expect(() => relativeLuminance("#fff")).toThrow(RangeError);
  });
});

describe("the stance palette", () => {
  for (const stance of STANCES) {
    for (const mode of MODES) {
      const colours = STANCE_PALETTE[stance][mode];

      it(`${stance} (${mode}): the label reaches AA against its fill`, () => {
        expect(contrastRatio(colours.text, colours.background)).toBeGreaterThanOrEqual(AA_TEXT_CONTRAST);
      });

      it(`${stance} (${mode}): the outline stands out from every page surface`, () => {
        for (const surface of SURFACES[mode]) {
          expect(contrastRatio(colours.border, surface)).toBeGreaterThanOrEqual(AA_NON_TEXT_CONTRAST);
        }
      });
    }
  }

  it("gives every stance its own fill in each mode", () => {
    for (const mode of MODES) {
      const fills = STANCES.map((stance) => STANCE_PALETTE[stance][mode].background);
      expect(new Set(fills).size).toBe(STANCES.length);
    }
  });

  it("is the one source of the stance colours", () => {
    for (const stance of STANCES) {
      expect(stanceColourStyle(stance)["--stance-bg-dark"]).toBe(STANCE_PALETTE[stance].dark.background);
    }
  });

  it("sets every stance's colours once for the page, and globals.css maps each element's data-stance to them", () => {
    const palette = stancePaletteStyle();
    const css = fs.readFileSync(path.join(process.cwd(), "app/globals.css"), "utf8");
    for (const stance of STANCES) {
      expect(palette[`--${stance}-bg`]).toBe(STANCE_PALETTE[stance].light.background);
      expect(palette[`--${stance}-border-dark`]).toBe(STANCE_PALETTE[stance].dark.border);
      const rule = css.match(new RegExp(`^\\[data-stance="${stance}"\\] \\{([^}]*)\\}`, "m"))?.[1] ?? "";
      for (const name of ["bg", "fg", "border", "bg-dark", "fg-dark", "border-dark"]) {
        expect(rule).toContain(`--stance-${name}: var(--${stance}-${name});`);
      }
    }
  });
});
