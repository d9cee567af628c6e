import { hasFlag } from "country-flag-icons";

/**
 * A country's (or the EU's) flag, as an image of its SVG (app/flags/[file]/route.ts): emoji
 * flags show as bare letters on Windows and on machines without an emoji font. Decorative:
 * the name always stands beside it.
 */
export function CountryFlag({ code, className = "h-3 w-[1.125rem]" }: { code: string; className?: string }) {
  if (!hasFlag(code)) return <span className={`inline-block ${className}`} aria-hidden="true" />;
  return (
    // A 1 KB SVG gains nothing from next/image's resizing, and its wrapper markup would repeat on every row.
    // eslint-disable-next-line @next/next/no-img-element
    <img
      src={`/flags/${code.toLowerCase()}.svg`}
      alt=""
      width={18}
      height={12}
      loading="lazy"
      className={`inline-block rounded-[1px] align-[-1px] shadow-[0_0_0_1px_rgba(0,0,0,0.08)] ${className}`}
    />
  );
}
