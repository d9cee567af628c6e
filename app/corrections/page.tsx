import type { Metadata } from "next";
import Link from "next/link";
import { StanceMark } from "@/components/stance-mark";
import { COMMITMENT_TYPE_INFO } from "@/lib/domain/taxonomy";
import { formatDay } from "@/lib/dates/iso-day";
import { type CorrectionLogEntry, getCorrectionsLog } from "@/lib/queries/get-corrections-log";
import { countryPath } from "@/lib/reference/countries";
import { CORRECTIONS_FEED, feedAlternates } from "@/lib/sharing/alternates";
import { describeCorrection } from "@/lib/sharing/feeds";
import { quoteSentence } from "@/lib/text/quote";

export const metadata: Metadata = {
  title: "Corrections",
  description:
    "Every correction and retraction of a published position: what changed, from what to what, why and when.",
  alternates: {
    canonical: "/corrections",
    types: feedAlternates([CORRECTIONS_FEED]),
  },
};

function CorrectionItem({ entry }: { entry: CorrectionLogEntry }) {
  return (
    <li id={entry.id} className="scroll-mt-4 rounded-lg border border-slate-200 bg-white p-4" data-testid="correction">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <p className="font-medium" data-testid="correction-summary">
          {describeCorrection(entry)}
        </p>
        <time dateTime={entry.at.toISOString()} className="text-xs text-slate-500">
          {formatDay(entry.at)}, {entry.at.toISOString().slice(11, 16)} UTC
        </time>
      </div>
      {entry.kind !== "article.retract" && entry.before ? (
        <p className="mt-2 flex flex-wrap items-center gap-2 text-sm text-slate-600">
          <span>{COMMITMENT_TYPE_INFO[entry.before.type].label}</span>
          <StanceMark stance={entry.before.stance} showLabel />
          {entry.kind === "commitment.correct" && entry.after ? (
            <>
              <span aria-label="changed to">→</span>
              {entry.after.type !== entry.before.type ? (
                <span>{COMMITMENT_TYPE_INFO[entry.after.type].label}</span>
              ) : null}
              <StanceMark stance={entry.after.stance} showLabel />
            </>
          ) : (
            <span className="font-medium uppercase text-rose-700">retracted</span>
          )}
        </p>
      ) : null}
      {entry.note ? <p className="mt-2 text-sm">Why: {entry.note}</p> : null}
      {entry.kind !== "article.retract" && entry.sentence ? (
        <blockquote className="mt-2 border-l-2 border-slate-300 pl-3 text-sm text-slate-700">
          {quoteSentence(entry.sentence)}
        </blockquote>
      ) : null}
      <p className="mt-2 text-xs text-slate-500">
        {entry.article ? (
          <Link href={`/articles/${entry.article.id}`} className="hover:underline">
            {entry.article.title}
          </Link>
        ) : null}
        {entry.kind !== "article.retract" && entry.after ? (
          <>
            {" · "}
            <Link href={`${countryPath(entry.after.countryCode)}#${entry.after.type}`} className="hover:underline">
              {entry.countryName}
            </Link>
          </>
        ) : null}
      </p>
    </li>
  );
}

export default async function CorrectionsPage() {
  const log = await getCorrectionsLog();
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">Corrections</h1>
          <p className="text-sm text-slate-600">
            Every correction and retraction of a published position, newest first: what changed, from what to what, why,
            and when the tracker recorded it. Nothing is deleted.
          </p>
        </div>
        <a href="/feeds/corrections.atom" className="text-sm text-slate-600 hover:underline">
          Atom feed
        </a>
      </div>
      {log.length === 0 ? (
        <p className="rounded border border-dashed border-slate-300 p-6 text-slate-600">No corrections so far.</p>
      ) : (
        <ol className="space-y-3">
          {log.map((entry) => (
            <CorrectionItem key={entry.id} entry={entry} />
          ))}
        </ol>
      )}
    </div>
  );
}
