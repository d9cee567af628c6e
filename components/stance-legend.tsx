import { STANCES } from "@/lib/domain/taxonomy";
import { StanceBadge } from "./stance-badge";

export function StanceLegend() {
  return (
    <ul aria-label="Stances" className="flex flex-wrap gap-2">
      {STANCES.map((stance) => (
        <li key={stance}>
          <StanceBadge stance={stance} />
        </li>
      ))}
    </ul>
  );
}
