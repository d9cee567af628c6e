import type { Metadata } from "next";
import { PinnedViewNote } from "@/components/pinned-view-note";
import { ShareControls } from "@/components/share-controls";
import { getLatestChangeInstantCached, getMatrixAtCached } from "@/lib/cache/cached-queries";
import { getMatrixAsRecorded } from "@/lib/queries/get-matrix-as-recorded";
import type { Matrix } from "@/lib/queries/get-matrix-at";
import { CORRECTIONS_FEED, STATEMENTS_FEED } from "@/lib/sharing/alternates";
import { citeView, diffMatrices } from "@/lib/sharing/citation";
import { shareMetadata } from "@/lib/sharing/page-metadata";
import { absoluteUrl } from "@/lib/sharing/site-url";
import { parsePinnedInstant, withPin } from "@/lib/view-state/pinned";
import { loadMatrixParams, matrixQueryOf, type MatrixView, resolveMatrixView } from "@/lib/view-state/view-params";
import { MatrixPageBody } from "./_views/matrix-page-body";

type MatrixPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

async function readView(searchParams: MatrixPageProps["searchParams"]) {
  const [params, raw] = await Promise.all([loadMatrixParams(searchParams), searchParams]);
  const view = resolveMatrixView(params);
  return { view, query: matrixQueryOf(view), pinnedAt: parsePinnedInstant(raw.v) };
}

function describeView(view: MatrixView): string {
  return `Who guarantees what for Ukraine, as of ${view.asOf}`;
}

export async function generateMetadata({ searchParams }: MatrixPageProps): Promise<Metadata> {
  const { view, query, pinnedAt } = await readView(searchParams);
  return shareMetadata({
    title: describeView(view),
    description: `The stance each country has taken on each security guarantee for Ukraine as of ${view.asOf}, each traced to a quoted statement.`,
    // A cited view is its own page: what the tracker showed at the pinned instant.
    canonical: pinnedAt ? withPin(`/${query}`, pinnedAt) : `/${query}`,
    image: `/og/matrix${query}`,
    imageAlt: `Summary of the stances on security guarantees for Ukraine as of ${view.asOf}`,
    feeds: [STATEMENTS_FEED, CORRECTIONS_FEED],
  });
}

export default async function MatrixPage({ searchParams }: MatrixPageProps) {
  const { view, query, pinnedAt } = await readView(searchParams);
  const filters = { types: view.types, stances: view.stances, bloc: view.bloc, region: view.region, q: view.q };
  let pinned: { matrix: Matrix; note: React.ReactNode } | undefined;
  if (pinnedAt) {
    const [then, now] = await Promise.all([
      getMatrixAsRecorded(view.asOf, pinnedAt, filters),
      getMatrixAtCached(view.asOf, filters),
    ]);
    pinned = {
      matrix: then,
      note: <PinnedViewNote recordedAt={pinnedAt} differences={diffMatrices(then, now)} currentHref={`/${query}`} />,
    };
  }
  const citation = citeView({
    title: describeView(view),
    path: `/${query}`,
    asOf: view.asOf,
    recordedAt: pinnedAt ?? (await getLatestChangeInstantCached()),
    accessed: new Date(),
  });
  return (
    <MatrixPageBody
      view={view}
      pinned={pinned}
      toolbar={
        <ShareControls
          downloads={[
            { label: "This view as CSV", href: `/download/matrix.csv${query}` },
            { label: "This view as JSON", href: `/download/matrix.json${query}` },
            { label: "The whole data set (Data Package, zip)", href: "/download/data-package.zip" },
            { label: "API: this view", href: `/api/v1/matrix${query}` },
            { label: "Atom feed of new statements", href: "/feeds/statements.atom" },
          ]}
          embedUrl={absoluteUrl(`/embed/matrix${query}`)}
          citation={citation}
        />
      }
    />
  );
}
