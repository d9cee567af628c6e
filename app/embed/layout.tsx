import type { Metadata } from "next";
import { EmbedBody } from "@/components/embed-body";

export const metadata: Metadata = { robots: { index: false } };

/**
 * Embeds are the only routes other sites may frame (their frame-ancestors policy is set
 * for /embed/* alone). The marker lets the root layout drop its header and margins here.
 */
export default function EmbedLayout({ children }: { children: React.ReactNode }) {
  return <EmbedBody>{children}</EmbedBody>;
}
