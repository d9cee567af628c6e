import type { Metadata } from "next";
import { MatrixTable } from "@/components/matrix-table";
import { StanceLegend } from "@/components/stance-legend";
import { dateQueryOf, resolveAsOf } from "@/lib/view-state/as-of";
import { getMatrixAt } from "@/lib/queries/get-matrix-at";
import { CORRECTIONS_FEED, feedAlternates, STATEMENTS_FEED } from "@/lib/sharing/alternates";

export const metadata: Metadata = {
  title: { absolute: "Security Guarantees Tracker" },
  alternates: { types: feedAlternates([STATEMENTS_FEED, CORRECTIONS_FEED]) },
};

export default async function MatrixPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { date } = await searchParams;
  const { asOf, isToday } = resolveAsOf(date);
  const matrix = await getMatrixAt(asOf);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">Who guarantees what for Ukraine</h1>
          <p className="text-sm text-slate-600">
            The stance each country has taken on each security guarantee {isToday ? "today" : `as of ${asOf}`}, from
            quoted statements. Open a cell for its evidence.
          </p>
        </div>
        <form className="flex items-end gap-2 text-sm" action="/">
          <label className="flex flex-col">
            <span className="text-slate-600">As of</span>
            <input type="date" name="date" defaultValue={asOf} className="rounded border border-slate-300 px-2 py-1" />
          </label>
          <button type="submit" className="rounded bg-slate-900 px-3 py-1.5 text-white">
            Show
          </button>
        </form>
      </div>
      <StanceLegend />
      <MatrixTable matrix={matrix} dateQuery={dateQueryOf(asOf, isToday)} />
    </div>
  );
}
