"use client";

import { ErrorNotice } from "@/components/error-notice";

/** Any public page (the matrix, a country, an article) that failed to load. */
export default function PageError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <ErrorNotice
      title="This page could not be loaded"
      explanation="The tracker could not read its data just now. Nothing you did caused this; try again in a moment."
      digest={error.digest}
      onRetry={reset}
    />
  );
}
