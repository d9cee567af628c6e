import { STANCE_INFO, type Stance } from "@/lib/domain/taxonomy";

export function StanceBadge({ stance, className = "" }: { stance: Stance; className?: string }) {
  const info = STANCE_INFO[stance];
  return (
    <span
      className={`inline-flex items-center rounded border px-1.5 py-0.5 text-xs font-medium ${info.className} ${className}`}
      title={info.description}
      data-stance={stance}
    >
      {info.label}
    </span>
  );
}
