"use client";

import { ErrorNotice, type ErrorPageProps } from "@/components/error-notice";

/** Any public page (the matrix, a country, an article) that failed to load. */
export default function PageError(props: ErrorPageProps) {
  return <ErrorNotice segment="public" {...props} />;
}
