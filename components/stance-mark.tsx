import { STANCE_COLOUR_CLASSES, stanceColourStyle } from "@/lib/domain/stance-palette";
import { STANCE_INFO, type Stance } from "@/lib/domain/taxonomy";

/** A shape per stance, so that a cell reads without colour and in print. */
export const STANCE_SYMBOLS: Record<Stance, string> = {
  committed: "●",
  conditional: "◐",
  considering: "○",
  supports: "+",
  ruled_out: "✕",
  opposes: "⊘",
};

/** The stance's colour and shape; the label is visible when `showLabel`, otherwise for screen readers only. */
export function StanceMark({
  stance,
  showLabel = false,
  className = "",
}: {
  stance: Stance;
  showLabel?: boolean;
  className?: string;
}) {
  return (
    <span
      className={`inline-flex items-center gap-1 rounded border px-1.5 py-0.5 text-xs font-medium ${STANCE_COLOUR_CLASSES} ${className}`}
      style={stanceColourStyle(stance)}
      data-stance={stance}
    >
      <span aria-hidden="true">{STANCE_SYMBOLS[stance]}</span>
      <span className={showLabel ? "" : "sr-only"}>{STANCE_INFO[stance].label}</span>
    </span>
  );
}
