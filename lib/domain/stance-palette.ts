/**
 * The stance colours, defined once for light and dark mode. Every badge, matrix cell, legend
 * and chart takes its colours from here; `stance-palette.test.ts` computes each pair's WCAG
 * contrast, so a colour that fails AA cannot be merged.
 *
 * The root layout sets every stance's colours once on the page's body (`stancePaletteStyle`,
 * CSS custom properties); an element with a `data-stance` takes that stance's colours from
 * them (globals.css: `.stance-chip`, `.matrix-cell`, map shapes), so the hex values exist in
 * this file only. Dark mode follows Tailwind's `dark:` variant.
 */
import type { Stance } from "./taxonomy";

export interface StanceColours {
  /** Fill of a badge or cell. */
  background: string;
  /** The label written on the fill: at least 4.5:1 against it. */
  text: string;
  /** The outline: at least 3:1 against the page surface, so the badge's shape stands out. */
  border: string;
}

export type ColourMode = "light" | "dark";

/** The page backgrounds a badge sits on in each mode (Tailwind slate-50, white; slate-950, slate-900). */
export const SURFACES: Record<ColourMode, readonly string[]> = {
  light: ["#f8fafc", "#ffffff"],
  dark: ["#020617", "#0f172a"],
};

export const STANCE_PALETTE: Record<Stance, Record<ColourMode, StanceColours>> = {
  committed: {
    light: { background: "#047857", text: "#ffffff", border: "#065f46" },
    dark: { background: "#34d399", text: "#022c22", border: "#6ee7b7" },
  },
  conditional: {
    light: { background: "#ccfbf1", text: "#134e4a", border: "#0f766e" },
    dark: { background: "#042f2e", text: "#99f6e4", border: "#2dd4bf" },
  },
  considering: {
    light: { background: "#fef3c7", text: "#78350f", border: "#b45309" },
    dark: { background: "#451a03", text: "#fde68a", border: "#fbbf24" },
  },
  supports: {
    light: { background: "#e0f2fe", text: "#0c4a6e", border: "#0369a1" },
    dark: { background: "#082f49", text: "#bae6fd", border: "#38bdf8" },
  },
  ruled_out: {
    light: { background: "#ffe4e6", text: "#881337", border: "#be123c" },
    dark: { background: "#4c0519", text: "#fecdd3", border: "#fb7185" },
  },
  opposes: {
    light: { background: "#be123c", text: "#ffffff", border: "#881337" },
    dark: { background: "#fb7185", text: "#4c0519", border: "#fda4af" },
  },
};

/** One stance's colours as the custom properties the stance classes of globals.css read (`--stance-bg`, ...). */
export function stanceColourStyle(stance: Stance): Record<`--stance-${string}`, string> {
  const { light, dark } = STANCE_PALETTE[stance];
  return {
    "--stance-bg": light.background,
    "--stance-fg": light.text,
    "--stance-border": light.border,
    "--stance-bg-dark": dark.background,
    "--stance-fg-dark": dark.text,
    "--stance-border-dark": dark.border,
  };
}

/**
 * Every stance's colours as custom properties named after the stance (`--committed-bg`,
 * `--committed-fg-dark`, ...), set once on the page's body (app/layout.tsx): elements then
 * carry only `data-stance`, and globals.css points `--stance-*` at that stance's properties.
 */
export function stancePaletteStyle(): Record<`--${string}`, string> {
  return Object.fromEntries(
    (Object.keys(STANCE_PALETTE) as Stance[]).flatMap((stance) =>
      Object.entries(stanceColourStyle(stance)).map(([name, value]) => [
        name.replace("--stance-", `--${stance}-`),
        value,
      ]),
    ),
  );
}
