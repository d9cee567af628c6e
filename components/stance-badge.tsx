import { STANCE_INFO, type Stance } from "@/lib/domain/taxonomy";

/** A stance's label on its colours (`.stance-chip` in globals.css, from the page's palette). */
export function StanceBadge({ stance, className = "" }: { stance: Stance; className?: string }) {
  const info = STANCE_INFO[stance];
  return (
    <span className={`stance-chip ${className}`} title={info.description} data-stance={stance}>
      {info.label}
    </span>
  );
}
