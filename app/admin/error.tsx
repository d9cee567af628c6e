"use client";

import { ErrorNotice } from "@/components/error-notice";

/** The admin pages (users, audit log). */
export default function AdminError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <ErrorNotice
      title="The admin page could not be loaded"
      explanation="No account or audit record was changed. Try again in a moment; the server log has the details under the reference below."
      digest={error.digest}
      onRetry={reset}
    />
  );
}
