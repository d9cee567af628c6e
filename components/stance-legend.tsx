import { STANCE_INFO, STANCES } from "@/lib/domain/taxonomy";
import { StanceMark } from "./stance-mark";

function Definitions() {
  return (
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
        <dd className="text-slate-600 dark:text-slate-300">The stance differs from the one at the comparison date.</dd>
      </div>
    </dl>
  );
}

/**
 * Every stance with its colour, shape and definition, and the two cell markers. The about
 * page shows it open as its definition of the stances; the matrix shows the stances' names
 * in one line and their definitions on demand (`collapsible`), so the table starts high.
 */
export function StanceLegend({
  title = "Legend",
  headingId = "legend-title",
  collapsible = false,
}: {
  title?: string;
  headingId?: string;
  collapsible?: boolean;
}) {
  const box = "rounded-lg border border-slate-200 bg-white p-3 dark:border-slate-700 dark:bg-slate-900";
  if (!collapsible) {
    return (
      <section aria-labelledby={headingId} className={box}>
        <h2 id={headingId} className="mb-2 text-sm font-semibold">
          {title}
        </h2>
        <Definitions />
      </section>
    );
  }
  return (
    <section aria-labelledby={headingId} className={`${box} py-2 text-sm`} data-testid="legend">
      <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
        <h2 id={headingId} className="font-semibold">
          {title}
        </h2>
        <ul className="contents">
          {STANCES.map((stance) => (
            <li key={stance}>
              <StanceMark stance={stance} showLabel />
            </li>
          ))}
        </ul>
      </div>
      <details className="mt-1">
        <summary className="cursor-pointer text-slate-700 dark:text-slate-300">What the stances and marks mean</summary>
        <div className="mt-2">
          <Definitions />
        </div>
      </details>
    </section>
  );
}
