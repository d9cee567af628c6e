import type { Metadata } from "next";
import { GeistMono } from "geist/font/mono";
import { GeistSans } from "geist/font/sans";
import { NuqsAdapter } from "nuqs/adapters/next/app";
import { SiteHeader } from "@/components/site-header";
import { stancePaletteStyle } from "@/lib/domain/stance-palette";
import { getSiteUrl } from "@/lib/sharing/site-url";
import "./globals.css";

export const metadata: Metadata = {
  // Canonical URLs, preview images and feed links resolve against the public address.
  metadataBase: getSiteUrl(),
  title: { default: "Security Guarantees Tracker", template: "%s · Security Guarantees Tracker" },
  description:
    "Which country commits to which security guarantee for Ukraine: troops, monitoring, Article 5-style guarantees, air, maritime and more, each traced to a quoted source.",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en" className={`${GeistSans.variable} ${GeistMono.variable}`}>
      {/* Every stance colour on the page reads this palette through its data-stance (globals.css). */}
      <body style={stancePaletteStyle()} className="min-h-screen bg-slate-50 font-sans text-slate-900 antialiased">
        <SiteHeader />
        <main
          id="main"
          tabIndex={-1}
          className="mx-auto max-w-7xl px-4 py-6 outline-none has-[[data-embed]]:max-w-none has-[[data-embed]]:p-0"
        >
          <NuqsAdapter>{children}</NuqsAdapter>
        </main>
      </body>
    </html>
  );
}
