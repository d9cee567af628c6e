import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PinnedViewNote } from "@/components/pinned-view-note";
import { releaseContaining } from "@/lib/releases/release-store";
import { ShareControls } from "@/components/share-controls";
import { getCountryStanceCached, getMatrixAtCached } from "@/lib/cache/cached-queries";
import { countryAnswer, countryTitleSummary, standingStancesOf } from "@/lib/positions/country-answer";
import type { Matrix } from "@/lib/queries/get-matrix-at";
import { countryPath } from "@/lib/reference/countries";
import { diffMatrices } from "@/lib/sharing/citation";
import { citeShownView } from "@/lib/sharing/cite-shown-view";
import { shareMetadata } from "@/lib/sharing/page-metadata";
import { absoluteUrl } from "@/lib/sharing/site-url";
import { withPin } from "@/lib/view-state/pinned";
import { dayQueryOf, loadCountryParams, resolveDayView } from "@/lib/view-state/view-params";
import { CountryPageBody } from "../../_views/country-page-body";

type CountryPageProps = {
  params: Promise<{ code: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

async function readView({ params, searchParams }: CountryPageProps) {
  const [{ code }, query] = await Promise.all([params, loadCountryParams(searchParams)]);
  const { asOf, isToday, pinnedAt } = resolveDayView(query);
  return { code, asOf, isToday, dayQuery: dayQueryOf(asOf, isToday), pinnedAt };
}

export async function generateMetadata(props: CountryPageProps): Promise<Metadata> {
  const { code, asOf, dayQuery, pinnedAt } = await readView(props);
  const stance = await getCountryStanceCached(code, asOf, pinnedAt);
  if (!stance) return { title: "Country not found" };
  // The same answer as the page's first screen and the preview image: each stance and since when.
  const standings = standingStancesOf(stance.entries);
  const path = countryPath(stance.code);
  return shareMetadata({
    oembed: true,
    title: standings.length
      ? `${stance.name}: ${countryTitleSummary(standings)} (as of ${asOf})`
      : `${stance.name}: no recorded position on security guarantees for Ukraine (as of ${asOf})`,
    description: countryAnswer(stance.name, standings, `as of ${asOf}`),
    canonical: withPin(`${path}${dayQuery}`, pinnedAt),
    image: `/og${path}${withPin(dayQuery, pinnedAt)}`,
    imageAlt: `${stance.name}'s stances on security guarantees for Ukraine as of ${asOf}`,
    feeds: [{ url: `${path}/feed.atom`, title: `${stance.name}: new statements (Atom)` }],
  });
}

/** The read model's `q` matches codes and names alike; a pinned comparison needs the one country. */
function onlyCountry(matrix: Matrix, code: string): Matrix {
  return { ...matrix, rows: matrix.rows.filter((row) => row.code === code) };
}

export default async function CountryPage(props: CountryPageProps) {
  const { code, asOf, isToday, dayQuery, pinnedAt } = await readView(props);
  const stance = await getCountryStanceCached(code, asOf, pinnedAt);
  if (!stance) notFound();
  const path = countryPath(stance.code);

  // A cited view (v=<instant>) shows the standing positions as the tracker recorded them then.
  let pinnedNote: React.ReactNode;
  if (pinnedAt) {
    const [then, now] = await Promise.all([
      getMatrixAtCached(asOf, { countryCode: stance.code }, pinnedAt),
      getMatrixAtCached(asOf, { q: stance.code }),
    ]);
    pinnedNote = (
      <PinnedViewNote
        recordedAt={pinnedAt}
        differences={diffMatrices(then, onlyCountry(now, stance.code))}
        currentHref={`${path}${dayQuery}`}
        release={releaseContaining(pinnedAt)}
      />
    );
  }
  const { citation, viewQuery } = await citeShownView({
    title: `${stance.name}: security guarantees for Ukraine, as of ${asOf}`,
    path,
    query: dayQuery,
    asOf,
    pinnedAt,
  });
  return (
    <CountryPageBody
      stance={stance}
      isToday={isToday}
      pinnedNote={pinnedNote}
      toolbar={
        <ShareControls
          downloads={[
            { label: "This country as CSV", href: `/download${path}.csv${viewQuery}` },
            { label: "API: this country", href: `/api/v1${path}${viewQuery}` },
            { label: "The whole data set (Data Package, zip)", href: "/download/data-package.zip" },
            { label: `Atom feed of ${stance.name}'s new statements`, href: `${path}/feed.atom` },
          ]}
          embedUrl={absoluteUrl(`/embed${path}${viewQuery}`)}
          citation={citation}
        />
      }
    />
  );
}
