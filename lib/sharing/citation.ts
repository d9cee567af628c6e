import { toIsoDay } from "@/lib/dates/iso-day";
import type { Matrix } from "@/lib/queries/get-matrix-at";
import { COMMITMENT_TYPE_INFO, STANCE_INFO } from "@/lib/domain/taxonomy";
import { DATA_PUBLISHER } from "./licence";
import { withPin } from "@/lib/view-state/pinned";
import { absoluteUrl } from "./site-url";

/** A citation of a view: title, permalink pinning the recorded instant, date accessed, data as of. */
export function citeView(input: { title: string; path: string; asOf: string; recordedAt: Date; accessed: Date }) {
  const permalink = absoluteUrl(withPin(input.path, input.recordedAt));
  return {
    permalink,
    text: `${DATA_PUBLISHER}. “${input.title}”. Data as of ${input.asOf}, as recorded at ${input.recordedAt.toISOString()}. ${permalink} (accessed ${toIsoDay(input.accessed)}).`,
  };
}

export interface CellDifference {
  code: string;
  name: string;
  type: keyof typeof COMMITMENT_TYPE_INFO;
  then: string | null;
  now: string | null;
}

/** The cells where the pinned matrix and the live one differ (stance, condition or evidence). */
export function diffMatrices(then: Matrix, now: Matrix): CellDifference[] {
  const nowRows = new Map(now.rows.map((row) => [row.code, row]));
  const thenRows = new Map(then.rows.map((row) => [row.code, row]));
  const codes = [...new Set([...thenRows.keys(), ...nowRows.keys()])];
  const differences: CellDifference[] = [];
  for (const code of codes) {
    const a = thenRows.get(code);
    const b = nowRows.get(code);
    for (const type of then.types) {
      const x = a?.cells[type];
      const y = b?.cells[type];
      if (x?.commitmentId === y?.commitmentId && x?.stance === y?.stance && x?.condition === y?.condition) continue;
      differences.push({
        code,
        name: (a ?? b)!.name,
        type,
        then: x ? STANCE_INFO[x.stance].label.toLowerCase() : null,
        now: y ? STANCE_INFO[y.stance].label.toLowerCase() : null,
      });
    }
  }
  return differences.sort((p, q) => p.name.localeCompare(q.name, "en"));
}

export function describeDifference(difference: CellDifference): string {
  return `${difference.name}, ${COMMITMENT_TYPE_INFO[difference.type].label}: ${difference.then ?? "no position"} then, ${difference.now ?? "no position"} now`;
}
