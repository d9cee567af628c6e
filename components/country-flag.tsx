import * as Flags from "country-flag-icons/react/3x2";

type FlagCode = keyof typeof Flags;

function isFlagCode(code: string): code is FlagCode {
  return Object.hasOwn(Flags, code);
}

/**
 * A country's (or the EU's) flag as inline SVG: emoji flags show as bare letters on Windows
 * and on machines without an emoji font. Decorative: the name always stands beside it.
 */
export function CountryFlag({ code, className = "h-3 w-[1.125rem]" }: { code: string; className?: string }) {
  if (!isFlagCode(code)) return <span className={`inline-block ${className}`} aria-hidden="true" />;
  const Flag = Flags[code];
  return (
    <Flag
      aria-hidden="true"
      focusable="false"
      className={`inline-block rounded-[1px] align-[-1px] shadow-[0_0_0_1px_rgba(0,0,0,0.08)] ${className}`}
    />
  );
}
