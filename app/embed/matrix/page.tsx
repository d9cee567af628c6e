import type { Metadata } from "next";
import { EmbedFrame } from "@/components/embed-frame";
import { EmbedMatrixTable } from "@/components/embed-matrix-table";
import { getMatrixOfView } from "@/lib/queries/get-matrix-of-view";
import { packEmbedMatrix } from "@/lib/sharing/embed-matrix-data";
import { absoluteUrl } from "@/lib/sharing/site-url";
import { withPin } from "@/lib/view-state/pinned";
import { dayQueryOf, loadMatrixParams, matrixQueryOf, resolveMatrixView } from "@/lib/view-state/view-params";

type EmbedProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The matrix page's URL state (its own parser map, `v` included), drawn compactly for other sites to frame. */
async function readView(searchParams: EmbedProps["searchParams"]) {
  return resolveMatrixView(await loadMatrixParams(searchParams));
}

export async function generateMetadata({ searchParams }: EmbedProps): Promise<Metadata> {
  const view = await readView(searchParams);
  return {
    title: `Who guarantees what for Ukraine, as of ${view.asOf}`,
    alternates: { canonical: withPin(`/${matrixQueryOf(view)}`, view.pinnedAt) },
  };
}

export default async function EmbedMatrixPage({ searchParams }: EmbedProps) {
  const view = await readView(searchParams);
  const { matrix } = await getMatrixOfView(view);
  const dayQuery = dayQueryOf(view.asOf, view.isToday);
  return (
    <EmbedFrame
      title="Who guarantees what for Ukraine"
      asOfLabel={`Positions as of ${matrix.asOf}`}
      recordedAt={view.pinnedAt}
      fullViewUrl={absoluteUrl(withPin(`/${matrixQueryOf(view)}`, view.pinnedAt))}
    >
      <EmbedMatrixTable
        data={packEmbedMatrix(matrix.rows, matrix.types)}
        asOf={matrix.asOf}
        siteUrl={absoluteUrl("/")}
        dayQuery={dayQuery}
      />
    </EmbedFrame>
  );
}
