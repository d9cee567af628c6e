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
    <span className={`stance-chip ${className}`} data-stance={stance}>
      <span aria-hidden="true">{STANCE_SYMBOLS[stance]}</span>
      <span className={showLabel ? "" : "sr-only"}>{STANCE_INFO[stance].label}</span>
    </span>
  );
}
