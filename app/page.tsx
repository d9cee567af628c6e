import type { Metadata } from "next";
import { MatrixTable } from "@/components/matrix-table";
import { ShareControls } from "@/components/share-controls";
import { StanceLegend } from "@/components/stance-legend";
import { dateQueryOf, resolveAsOf } from "@/lib/view-state/as-of";
import { getMatrixAt } from "@/lib/queries/get-matrix-at";
import { CORRECTIONS_FEED, STATEMENTS_FEED } from "@/lib/sharing/alternates";
import { shareMetadata } from "@/lib/sharing/page-metadata";
import { absoluteUrl } from "@/lib/sharing/site-url";

type MatrixPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: MatrixPageProps): Promise<Metadata> {
  const { date } = await searchParams;
  const { asOf, isToday } = resolveAsOf(date);
  const viewQuery = isToday ? "" : `?at=${asOf}`;
  return shareMetadata({
    title: `Who guarantees what for Ukraine, as of ${asOf}`,
    description: `The stance each country has taken on each security guarantee for Ukraine as of ${asOf}, each traced to a quoted statement.`,
    canonical: `/${viewQuery}`,
    image: `/og/matrix${viewQuery}`,
    imageAlt: `Summary of the stances on security guarantees for Ukraine as of ${asOf}`,
    feeds: [STATEMENTS_FEED, CORRECTIONS_FEED],
  });
}

export default async function MatrixPage({ searchParams }: MatrixPageProps) {
  const { date } = await searchParams;
  const { asOf, isToday } = resolveAsOf(date);
  const matrix = await getMatrixAt(asOf);
  const viewQuery = isToday ? "" : `?at=${asOf}`;
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
      <div className="flex flex-wrap items-start justify-between gap-2">
        <StanceLegend />
        <ShareControls
          downloads={[
            { label: "This view as CSV", href: `/download/matrix.csv${viewQuery}` },
            { label: "This view as JSON", href: `/download/matrix.json${viewQuery}` },
            { label: "The whole data set (Data Package, zip)", href: "/download/data-package.zip" },
            { label: "API: this view", href: `/api/v1/matrix${viewQuery}` },
            { label: "Atom feed of new statements", href: "/feeds/statements.atom" },
          ]}
          embedUrl={absoluteUrl(`/embed/matrix${viewQuery}`)}
        />
      </div>
      <MatrixTable matrix={matrix} dateQuery={dateQueryOf(asOf, isToday)} />
    </div>
  );
}
