/** The frame of an embedded view: what it shows, as of when, and the way back to the full view. */
export function EmbedFrame({
  title,
  asOfLabel,
  fullViewUrl,
  children,
}: {
  title: string;
  asOfLabel: string;
  fullViewUrl: string;
  children: React.ReactNode;
}) {
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <p className="font-semibold">{title}</p>
        <p className="text-xs text-slate-500">{asOfLabel}</p>
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
