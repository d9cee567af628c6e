import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EmbedFrame } from "@/components/embed-frame";
import { StanceMark } from "@/components/stance-mark";
import { getCommitmentViewCached } from "@/lib/cache/cached-queries";
import { formatDay } from "@/lib/dates/iso-day";
import { COMMITMENT_TYPE_INFO, isCommitmentType } from "@/lib/domain/taxonomy";
import { commitmentPositionsOf } from "@/lib/queries/get-commitment-positions";
import { countryPath } from "@/lib/reference/countries";
import { absoluteUrl } from "@/lib/sharing/site-url";
import { withPin } from "@/lib/view-state/pinned";
import { dayQueryOf, loadCommitmentParams, resolveDayView } from "@/lib/view-state/view-params";

type EmbedProps = {
  params: Promise<{ type: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** The commitment page's URL state (its own parser map, `v` included). */
async function readView({ params, searchParams }: EmbedProps) {
  const [{ type }, query] = await Promise.all([params, loadCommitmentParams(searchParams)]);
  const view = resolveDayView(query);
  const dayQuery = dayQueryOf(view.asOf, view.isToday);
  return { type, ...view, dayQuery, fullViewPath: withPin(`/commitments/${type}${dayQuery}`, view.pinnedAt) };
}

export async function generateMetadata(props: EmbedProps): Promise<Metadata> {
  const { type, asOf, fullViewPath } = await readView(props);
  if (!isCommitmentType(type)) return { title: "Not found" };
  return {
    title: `${COMMITMENT_TYPE_INFO[type].label}: who commits, as of ${asOf}`,
    alternates: { canonical: fullViewPath },
  };
}

/** One commitment type's countries and stances, compact, for other sites to frame. */
export default async function EmbedCommitmentPage(props: EmbedProps) {
  const { type, asOf, pinnedAt, dayQuery, fullViewPath } = await readView(props);
  if (!isCommitmentType(type)) notFound();
  const positions = commitmentPositionsOf(await getCommitmentViewCached(type, asOf, pinnedAt), type);
  const info = COMMITMENT_TYPE_INFO[type];
  return (
    <EmbedFrame
      title={`${info.label}: who commits`}
      asOfLabel={`Positions as of ${asOf}`}
      recordedAt={pinnedAt}
      fullViewUrl={absoluteUrl(fullViewPath)}
    >
      {positions.length === 0 ? (
        <p className="text-slate-600">No recorded positions as of {asOf}.</p>
      ) : (
        <ul className="space-y-1.5" data-testid="embed-commitment">
          {positions.map(({ code, name, cell }) => (
            <li key={code} data-country={code} className="flex flex-wrap items-baseline gap-2">
              <a
                href={absoluteUrl(`${countryPath(code)}${dayQuery}#${type}`)}
                target="_blank"
                rel="noopener"
                className="w-40 shrink-0 font-medium max-sm:w-full hover:underline"
              >
                {name}
              </a>
              <StanceMark stance={cell.stance} showLabel />
              <span className="text-xs text-slate-600" title={cell.sentence}>
                {cell.outlet}, {formatDay(cell.statedOn)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </EmbedFrame>
  );
}
