/** Renders text whose matches are wrapped in \u0002…\u0003 (as the search returns it) with <mark>. */
export function HighlightedText({ text }: { text: string }) {
  const parts = text.split(/\u0002|\u0003/);
  // Split on both markers: odd parts sit between an opening and a closing one.
  return (
    <>
      {parts.map((part, index) =>
        index % 2 === 1 ? (
          <mark key={index} className="rounded bg-yellow-200 px-0.5 text-slate-900 dark:bg-yellow-300">
            {part}
          </mark>
        ) : (
          part
        ),
      )}
    </>
  );
}
