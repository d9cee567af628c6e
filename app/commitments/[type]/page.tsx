import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CountryFlag } from "@/components/country-flag";
import { PinnedViewNote } from "@/components/pinned-view-note";
import { releaseContaining } from "@/lib/releases/release-store";
import { ShareControls } from "@/components/share-controls";
import { StanceMark } from "@/components/stance-mark";
import { WorldMap } from "@/components/world-map";
import { formatDay } from "@/lib/dates/iso-day";
import { COMMITMENT_TYPE_INFO, isCommitmentType } from "@/lib/domain/taxonomy";
import { getCountryShapes } from "@/lib/maps/world-map";
import { getCommitmentViewCached } from "@/lib/cache/cached-queries";
import { type CommitmentPosition, commitmentPositionsOf } from "@/lib/queries/get-commitment-positions";
import { COUNTRIES, countryPath } from "@/lib/reference/countries";
import { diffMatrices } from "@/lib/sharing/citation";
import { citeShownView } from "@/lib/sharing/cite-shown-view";
import { shareMetadata } from "@/lib/sharing/page-metadata";
import { absoluteUrl } from "@/lib/sharing/site-url";
import { withPin } from "@/lib/view-state/pinned";
import { dayQueryOf, loadCommitmentParams, resolveDayView } from "@/lib/view-state/view-params";
import { ViewHeader } from "@/components/view-header";
import { quoteSentence } from "@/lib/text/quote";

type CommitmentPageProps = {
  params: Promise<{ type: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

async function readView({ params, searchParams }: CommitmentPageProps) {
  const [{ type }, query] = await Promise.all([params, loadCommitmentParams(searchParams)]);
  const view = resolveDayView(query);
  return { type, ...view, dayQuery: dayQueryOf(view.asOf, view.isToday) };
}

function describeView(label: string, asOf: string): string {
  return `${label}: who commits, as of ${asOf}`;
}

export async function generateMetadata(props: CommitmentPageProps): Promise<Metadata> {
  const { type, asOf, dayQuery, pinnedAt } = await readView(props);
  if (!isCommitmentType(type)) return { title: "Not found" };
  const label = COMMITMENT_TYPE_INFO[type].label;
  return shareMetadata({
    oembed: true,
    title: describeView(label, asOf),
    description: `Every country's stance on ${label.toLowerCase()} for Ukraine as of ${asOf}, with the quoted evidence.`,
    // A cited view is its own page: what the tracker showed at the pinned instant.
    canonical: withPin(`/commitments/${type}${dayQuery}`, pinnedAt),
    image: `/og/commitments/${type}${withPin(dayQuery, pinnedAt)}`,
    imageAlt: `How many countries take each stance on ${label.toLowerCase()} as of ${asOf}`,
    feeds: [{ url: `/commitments/${type}/feed.atom`, title: `${label}: new statements (Atom)` }],
  });
}

const COUNTRY_NAMES = new Map(COUNTRIES.map((country) => [country.code, country.name]));

export default async function CommitmentPage(props: CommitmentPageProps) {
  const { type, asOf, isToday, dayQuery, pinnedAt } = await readView(props);
  if (!isCommitmentType(type)) notFound();
  const info = COMMITMENT_TYPE_INFO[type];
  const path = `/commitments/${type}`;

  // A cited view (v=<instant>) shows the positions as the tracker recorded them then, and what changed since.
  const [shown, now] = await Promise.all([
    getCommitmentViewCached(type, asOf, pinnedAt),
    pinnedAt ? getCommitmentViewCached(type, asOf) : null,
  ]);
  const positions: CommitmentPosition[] = commitmentPositionsOf(shown, type);
  const pinnedNote =
    pinnedAt && now ? (
      <PinnedViewNote
        recordedAt={pinnedAt}
        differences={diffMatrices(shown, now)}
        currentHref={`${path}${dayQuery}`}
        release={releaseContaining(pinnedAt)}
      />
    ) : null;
  const { citation, viewQuery } = await citeShownView({
    title: describeView(info.label, asOf),
    path,
    query: dayQuery,
    asOf,
    pinnedAt,
  });

  return (
    <article className="space-y-6" data-dark-ready>
      {pinnedNote}
      <ViewHeader
        toolbar={
          <ShareControls
            downloads={[
              { label: "This view as CSV", href: `/download/commitments/${type}.csv${viewQuery}` },
              { label: "API: this view", href: `/api/v1/commitments/${type}${viewQuery}` },
              { label: "The whole data set (Data Package, zip)", href: "/download/data-package.zip" },
              {
                label: `Atom feed of new statements on ${info.label.toLowerCase()}`,
                href: `/commitments/${type}/feed.atom`,
              },
            ]}
            embedUrl={absoluteUrl(`/embed${path}${viewQuery}`)}
            citation={citation}
          />
        }
      >
        <Link href={`/${dayQuery}`} className="text-sm text-slate-600 hover:underline dark:text-slate-300">
          ← Matrix
        </Link>
        <h1 className="mt-2 text-2xl font-semibold tracking-tight">{info.label}</h1>
        <p className="text-sm text-slate-600 dark:text-slate-300">
          {info.description} {isToday ? "Positions today" : `Positions as of ${asOf}`}: {positions.length}{" "}
          {positions.length === 1 ? "country" : "countries"}.
        </p>
      </ViewHeader>
      <WorldMap
        shapes={getCountryShapes()}
        stances={new Map(positions.map((position) => [position.code, position.cell.stance]))}
        names={COUNTRY_NAMES}
        title={`Map of the stances on ${info.label.toLowerCase()} ${isToday ? "today" : `as of ${asOf}`}`}
      />
      {positions.length === 0 ? (
        <p className="rounded border border-dashed border-slate-300 p-6 text-slate-600 dark:border-slate-600 dark:text-slate-300">
          No country has a recorded position on this {isToday ? "yet" : `as of ${asOf}`}.
        </p>
      ) : (
        <ol className="space-y-3" data-testid="commitment-positions">
          {positions.map(({ code, name, cell }) => (
            <li
              key={code}
              data-country={code}
              className="rounded-lg border border-slate-200 bg-white p-3 dark:border-slate-700 dark:bg-slate-900"
            >
              <div className="flex flex-wrap items-center gap-2">
                <Link href={`${countryPath(code)}${dayQuery}#${type}`} className="font-medium hover:underline">
                  <CountryFlag code={code} className="mr-1.5 h-3 w-[1.125rem]" />
                  {name}
                </Link>
                <StanceMark stance={cell.stance} showLabel />
                {cell.contested ? <span className="text-xs">⚑ contested</span> : null}
                {cell.condition ? (
                  <span className="text-sm text-slate-600 dark:text-slate-300">condition: {cell.condition}</span>
                ) : null}
              </div>
              <blockquote className="mt-2 border-l-4 border-slate-300 pl-3 text-sm dark:border-slate-600">
                <Link href={`/statements/${cell.statementId}`} className="hover:underline">
                  {quoteSentence(cell.sentence)}
                </Link>
              </blockquote>
              <p className="mt-1 text-xs text-slate-600 dark:text-slate-300">
                {cell.speaker ? `${cell.speaker}, ` : ""}
                {formatDay(cell.statedOn)} ·{" "}
                <Link href={`/articles/${cell.articleId}`} className="underline">
                  {cell.outlet}: {cell.articleTitle}
                </Link>
              </p>
            </li>
          ))}
        </ol>
      )}
    </article>
  );
}
