"use client";

import { ErrorNotice } from "@/components/error-notice";

/** The paste and review pages: drafts are stored on the server, so a failed load loses no draft. */
export default function IngestError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <ErrorNotice
      title="The editorial workspace could not be loaded"
      explanation="Your drafts are stored on the server and are not lost. Try again in a moment; if it keeps failing, tell an admin the reference below."
      digest={error.digest}
      onRetry={reset}
    />
  );
}
