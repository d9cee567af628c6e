"use client";

import { ErrorNotice, type ErrorPageProps } from "@/components/error-notice";

/** The paste and review pages: drafts are stored on the server, so a failed load loses no draft. */
export default function IngestError(props: ErrorPageProps) {
  return <ErrorNotice segment="ingest" {...props} />;
}
