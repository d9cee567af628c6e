import type { Metadata } from "next";
import { EmbedFrame } from "@/components/embed-frame";
import { EmbedMatrixTable } from "@/components/embed-matrix-table";
import { sortMatrixRows } from "@/lib/positions/matrix-summary";
import { getMatrixAt } from "@/lib/queries/get-matrix-at";
import { countryPath } from "@/lib/reference/countries";
import { absoluteUrl } from "@/lib/sharing/site-url";
import { dayQueryOf, loadMatrixParams, matrixQueryOf, resolveMatrixView } from "@/lib/view-state/view-params";

type EmbedProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The matrix page's URL state (its own parser map), drawn compactly for other sites to frame. */
async function readView(searchParams: EmbedProps["searchParams"]) {
  return resolveMatrixView(await loadMatrixParams(searchParams));
}

export async function generateMetadata({ searchParams }: EmbedProps): Promise<Metadata> {
  const view = await readView(searchParams);
  return {
    title: `Who guarantees what for Ukraine, as of ${view.asOf}`,
    alternates: { canonical: `/${matrixQueryOf(view)}` },
  };
}

export default async function EmbedMatrixPage({ searchParams }: EmbedProps) {
  const view = await readView(searchParams);
  const matrix = await getMatrixAt(view.asOf, {
    types: view.types,
    stances: view.stances,
    bloc: view.bloc,
    region: view.region,
    q: view.q,
  });
  const dayQuery = dayQueryOf(view.asOf, view.isToday);
  return (
    <EmbedFrame
      title="Who guarantees what for Ukraine"
      asOfLabel={`Positions as of ${matrix.asOf}`}
      fullViewUrl={absoluteUrl(`/${matrixQueryOf(view)}`)}
    >
      <EmbedMatrixTable
        matrix={{ ...matrix, rows: sortMatrixRows(matrix.rows, view.sort) }}
        countryUrl={(code) => absoluteUrl(`${countryPath(code)}${dayQuery}`)}
      />
    </EmbedFrame>
  );
}
