/**
 * WCAG 2.x contrast arithmetic (https://www.w3.org/TR/WCAG21/#dfn-contrast-ratio), so the
 * palette's promises are computed by a test rather than eyeballed.
 */

/** Normal-size text (WCAG 1.4.3, AA). */
export const AA_TEXT_CONTRAST = 4.5;
/** Boundaries of user-interface components and graphics (WCAG 1.4.11, AA). */
export const AA_NON_TEXT_CONTRAST = 3;

const HEX_COLOUR = /^#([0-9a-f]{6})$/i;

function channelToLinear(channel: number): number {
  const srgb = channel / 255;
  return srgb <= 0.04045 ? srgb / 12.92 : ((srgb + 0.055) / 1.055) ** 2.4;
}

/** Relative luminance of a `#rrggbb` colour, 0 (black) to 1 (white). */
export function relativeLuminance(hex: string): number {
  const digits = HEX_COLOUR.exec(hex)?.[1];
  if (!digits) throw new RangeError(`Not a #rrggbb colour: ${hex}`);
  const value = Number.parseInt(digits, 16);
  const red = channelToLinear((value >> 16) & 0xff);
  const green = channelToLinear((value >> 8) & 0xff);
  const blue = channelToLinear(value & 0xff);
  return 0.2126 * red + 0.7152 * green + 0.0722 * blue;
}

/** The contrast ratio of two colours, from 1 (identical) to 21 (black on white); order does not matter. */
export function contrastRatio(first: string, second: string): number {
  const [a, b] = [relativeLuminance(first), relativeLuminance(second)];
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}
