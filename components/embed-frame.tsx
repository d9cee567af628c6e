/** The frame of an embedded view: what it shows, as of when, and the way back to the full view. */
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
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <p className="font-semibold">{title}</p>
        <p className="text-xs text-slate-500" data-testid="embed-as-of">
          {asOfLabel}
          {recordedAt ? `, as recorded at ${recordedAt.toISOString().replace("T", " ").slice(0, 16)} UTC` : ""}
        </p>
      </div>
      {children}
      <p className="text-xs text-slate-500">
        <a href={fullViewUrl} target="_blank" rel="noopener" className="underline" data-testid="embed-link-back">
          Security Guarantees Tracker: open the full view and its evidence ↗
        </a>
      </p>
    </div>
  );
}
