import { formatDay } from "@/lib/dates/iso-day";
import type { CountryCommitment } from "@/lib/queries/get-country-stance";

/** The quoted sentence behind a commitment, with who said it and where it was published. */
export function EvidenceQuote({ commitment }: { commitment: CountryCommitment }) {
  const { article } = commitment;
  return (
    <figure className="space-y-1">
      <blockquote className="border-l-4 border-slate-300 pl-3 text-slate-800">“{commitment.sentence}”</blockquote>
      <figcaption className="text-xs text-slate-500">
        {commitment.speaker ? <span className="font-medium text-slate-700">{commitment.speaker}</span> : null}
        {commitment.speaker ? ", " : null}
        {formatDay(commitment.statedOn)} ·{" "}
        {article.url ? (
          <a href={article.url} className="underline hover:text-slate-800" rel="noopener noreferrer" target="_blank">
            {article.outlet}: {article.title}
          </a>
        ) : (
          <span>
            {article.outlet}: {article.title}
          </span>
        )}
      </figcaption>
    </figure>
  );
}
