import { STANCE_INFO, STANCES } from "@/lib/domain/taxonomy";
import { StanceMark } from "./stance-mark";

/**
 * Every stance with its colour, shape and definition, and the two cell markers. The matrix
 * shows it as its legend and the about page as its definition of the stances.
 */
export function StanceLegend({ title = "Legend", headingId = "legend-title" }: { title?: string; headingId?: string }) {
  return (
    <section
      aria-labelledby={headingId}
      className="rounded-lg border border-slate-200 bg-white p-3 dark:border-slate-700 dark:bg-slate-900"
    >
      <h2 id={headingId} className="mb-2 text-sm font-semibold">
        {title}
      </h2>
      <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-2 lg:grid-cols-3">
        {STANCES.map((stance) => (
          <div key={stance} className="flex items-baseline gap-2">
            <dt className="shrink-0">
              <StanceMark stance={stance} showLabel />
            </dt>
            <dd className="text-slate-600 dark:text-slate-300">{STANCE_INFO[stance].description}</dd>
          </div>
        ))}
        <div className="flex items-baseline gap-2">
          <dt className="shrink-0 font-medium">⚑ contested</dt>
          <dd className="text-slate-600 dark:text-slate-300">
            Different stances were stated on the same day; the last one recorded is shown.
          </dd>
        </div>
        <div className="flex items-baseline gap-2">
          <dt className="shrink-0 font-medium">Δ changed</dt>
          <dd className="text-slate-600 dark:text-slate-300">
            The stance differs from the one at the comparison date.
          </dd>
        </div>
      </dl>
    </section>
  );
}
