import type { Metadata } from "next";
import { PinnedViewNote } from "@/components/pinned-view-note";
import { releaseContaining } from "@/lib/releases/release-store";
import { ShareControls } from "@/components/share-controls";
import { getEarliestRecordDayCached, getMatrixAtCached, getPositionChangesCached } from "@/lib/cache/cached-queries";
import { getMatrixOfView } from "@/lib/queries/get-matrix-of-view";
import { CORRECTIONS_FEED, STATEMENTS_FEED } from "@/lib/sharing/alternates";
import { diffMatrices } from "@/lib/sharing/citation";
import { citeShownView } from "@/lib/sharing/cite-shown-view";
import { shareMetadata } from "@/lib/sharing/page-metadata";
import { matrixFiltersOf } from "@/lib/sharing/matrix-view";
import { absoluteUrl } from "@/lib/sharing/site-url";
import { changesPageOf } from "@/lib/view-state/changes-page";
import { withPin } from "@/lib/view-state/pinned";
import { loadMatrixParams, matrixQueryOf, type MatrixView, resolveMatrixView } from "@/lib/view-state/view-params";
import { MatrixPageBody } from "./_views/matrix-page-body";

type MatrixPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

async function readView(searchParams: MatrixPageProps["searchParams"]) {
  const view = resolveMatrixView(await loadMatrixParams(searchParams));
  return { view, query: matrixQueryOf(view), pinnedAt: view.pinnedAt };
}

function describeView(view: MatrixView): string {
  return `Who guarantees what for Ukraine, as of ${view.asOf}`;
}

export async function generateMetadata({ searchParams }: MatrixPageProps): Promise<Metadata> {
  const { view, query, pinnedAt } = await readView(searchParams);
  return shareMetadata({
    oembed: true,
    title: describeView(view),
    description: `The stance each country has taken on each security guarantee for Ukraine as of ${view.asOf}, each traced to a quoted statement.`,
    // A cited view is its own page: what the tracker showed at the pinned instant.
    canonical: withPin(`/${query}`, pinnedAt),
    image: `/og/matrix${withPin(query, pinnedAt)}`,
    imageAlt: `Summary of the stances on security guarantees for Ukraine as of ${view.asOf}`,
    feeds: [STATEMENTS_FEED, CORRECTIONS_FEED],
  });
}

export default async function MatrixPage({ searchParams }: MatrixPageProps) {
  const { view, query, pinnedAt } = await readView(searchParams);
  const changesPage = changesPageOf((await searchParams).changes);
  // A cited view (v=<instant>) shows the matrix as the tracker recorded it then, and says what changed since.
  const [shown, now, earliestRecord] = await Promise.all([
    getMatrixOfView(view, { matrixAt: getMatrixAtCached, changes: getPositionChangesCached }),
    pinnedAt ? getMatrixAtCached(view.asOf, matrixFiltersOf(view)) : Promise.resolve(null),
    getEarliestRecordDayCached(),
  ]);
  const { citation, viewQuery } = await citeShownView({
    title: describeView(view),
    path: "/",
    query,
    asOf: view.asOf,
    pinnedAt,
  });
  return (
    <MatrixPageBody
      view={view}
      shown={shown}
      changesPage={changesPage}
      earliestRecord={earliestRecord}
      pinnedNote={
        pinnedAt && now ? (
          <PinnedViewNote
            recordedAt={pinnedAt}
            differences={diffMatrices(shown.matrix, now)}
            currentHref={`/${query}`}
            release={releaseContaining(pinnedAt)}
          />
        ) : undefined
      }
      toolbar={
        <ShareControls
          downloads={[
            { label: "This view as CSV", href: `/download/matrix.csv${viewQuery}` },
            { label: "This view as JSON", href: `/download/matrix.json${viewQuery}` },
            { label: "The whole data set (Data Package, zip)", href: "/download/data-package.zip" },
            { label: "API: this view", href: `/api/v1/matrix${viewQuery}` },
            { label: "Atom feed of new statements", href: "/feeds/statements.atom" },
          ]}
          embedUrl={absoluteUrl(`/embed/matrix${viewQuery}`)}
          citation={citation}
        />
      }
    />
  );
}
