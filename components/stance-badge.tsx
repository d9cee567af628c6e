import { STANCE_COLOUR_CLASSES, stanceColourStyle } from "@/lib/domain/stance-palette";
import { STANCE_INFO, type Stance } from "@/lib/domain/taxonomy";

export function StanceBadge({ stance, className = "" }: { stance: Stance; className?: string }) {
  const info = STANCE_INFO[stance];
  return (
    <span
      className={`inline-flex items-center rounded border px-1.5 py-0.5 text-xs font-medium ${STANCE_COLOUR_CLASSES} ${className}`}
      style={stanceColourStyle(stance)}
      title={info.description}
      data-stance={stance}
    >
      {info.label}
    </span>
  );
}
