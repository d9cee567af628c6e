import { STANCES } from "@/lib/domain/taxonomy";
import { StanceMark } from "./stance-mark";

/**
 * The frame of an embedded view: a heading that says what it shows and as of when, the
 * stances' legend (a reader of another site has not seen the tracker), and the way back to
 * the full view and its evidence.
 */
export function EmbedFrame({
  title,
  asOfLabel,
  recordedAt,
  fullViewUrl,
  children,
}: {
  title: string;
  asOfLabel: string;
  /** A cited view (`v=`): the instant whose recorded data the frame shows. */
  recordedAt: Date | null;
  fullViewUrl: string;
  children: React.ReactNode;
}) {
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-baseline justify-between gap-x-2">
        <h1 className="text-base font-semibold">{title}</h1>
        <p className="text-xs text-slate-600" data-testid="embed-as-of">
          {asOfLabel}
          {recordedAt ? `, as recorded at ${recordedAt.toISOString().replace("T", " ").slice(0, 16)} UTC` : ""}
        </p>
      </div>
      <ul className="flex flex-wrap gap-1" aria-label="Legend" data-testid="embed-legend">
        {STANCES.map((stance) => (
          <li key={stance}>
            <StanceMark stance={stance} showLabel />
          </li>
        ))}
      </ul>
      {children}
      <p className="text-xs text-slate-600">
        <a href={fullViewUrl} target="_blank" rel="noopener" className="underline" data-testid="embed-link-back">
          Security Guarantees Tracker: open the full view and its evidence ↗
        </a>
      </p>
    </div>
  );
}
