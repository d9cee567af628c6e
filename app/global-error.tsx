"use client";

import { ErrorNotice } from "@/components/error-notice";
import "./globals.css";

/**
 * The root layout itself failed (its header reads the session from the database), so this
 * replaces the whole document.
 */
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-slate-50 font-sans text-slate-900 antialiased">
        <main className="mx-auto max-w-7xl px-4 py-6">
          <ErrorNotice
            title="The tracker could not be loaded"
            explanation="It could not read its data just now. Try again in a moment."
            digest={error.digest}
            onRetry={reset}
          />
        </main>
      </body>
    </html>
  );
}
