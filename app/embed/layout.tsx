import type { Metadata } from "next";

export const metadata: Metadata = { robots: { index: false } };

/**
 * Embeds are the only routes other sites may frame (their frame-ancestors policy is set
 * for /embed/* alone). The marker lets the root layout drop its header and margins here.
 */
export default function EmbedLayout({ children }: { children: React.ReactNode }) {
  return (
    <div data-embed className="bg-white p-3 text-sm">
      {children}
    </div>
  );
}
