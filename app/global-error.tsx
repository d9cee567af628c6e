"use client";

import { ErrorNotice, type ErrorPageProps } from "@/components/error-notice";
import "./globals.css";

/**
 * The root layout itself failed (its header reads the session from the database), so this
 * replaces the whole document.
 */
export default function GlobalError(props: ErrorPageProps) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-slate-50 font-sans text-slate-900 antialiased">
        <main className="mx-auto max-w-7xl px-4 py-6">
          <ErrorNotice segment="root" {...props} />
        </main>
      </body>
    </html>
  );
}
