import type { Metadata } from "next";
import { EmbedFrame } from "@/components/embed-frame";
import { EmbedMatrixTable } from "@/components/embed-matrix-table";
import { getMatrixOfView } from "@/lib/api/data";
import { asOfOfView, matrixViewQuery } from "@/lib/sharing/matrix-view";
import { readMatrixView } from "@/lib/sharing/read-matrix-view";
import { countryPath } from "@/lib/reference/countries";
import { absoluteUrl } from "@/lib/sharing/site-url";
import { todayIsoDay } from "@/lib/dates/iso-day";

type EmbedProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: EmbedProps): Promise<Metadata> {
  const view = readMatrixView(await searchParams);
  return {
    title: `Security guarantees for Ukraine as of ${asOfOfView(view)}`,
    alternates: { canonical: `/${matrixViewQuery(view)}` },
  };
}

export default async function EmbedMatrixPage({ searchParams }: EmbedProps) {
  const view = readMatrixView(await searchParams);
  const { matrix } = await getMatrixOfView(view);
  const at = asOfOfView(view);
  const dateQuery = at === todayIsoDay() ? "" : `?at=${at}`;
  return (
    <EmbedFrame
      title="Who guarantees what for Ukraine"
      asOfLabel={`Positions as of ${matrix.asOf}`}
      fullViewUrl={absoluteUrl(`/${matrixViewQuery(view)}`)}
    >
      <EmbedMatrixTable matrix={matrix} countryUrl={(code) => absoluteUrl(`${countryPath(code)}${dateQuery}`)} />
    </EmbedFrame>
  );
}
