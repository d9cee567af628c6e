import { CopyLinkButton } from "./copy-link-button";

/**
 * The top of a shareable view: its heading block on the left, and on the right its toolbar
 * (share, cite, download) followed by Copy link, which every view has.
 */
export function ViewHeader({
  children,
  toolbar,
  alignEnd = false,
}: {
  children: React.ReactNode;
  toolbar?: React.ReactNode;
  /** Align the two sides on their bottom edge instead of their top (the matrix's long lede). */
  alignEnd?: boolean;
}) {
  return (
    <div className={`flex flex-wrap ${alignEnd ? "items-end" : "items-start"} justify-between gap-4`}>
      <div>{children}</div>
      <div className="flex flex-wrap items-start gap-2">
        {toolbar}
        <CopyLinkButton />
      </div>
    </div>
  );
}
