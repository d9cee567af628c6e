"use client";

import { ErrorNotice, type ErrorPageProps } from "@/components/error-notice";

/** The admin pages (users, audit log). */
export default function AdminError(props: ErrorPageProps) {
  return <ErrorNotice segment="admin" {...props} />;
}
