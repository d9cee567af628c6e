import type { Metadata } from "next";
import { CORRECTIONS_FEED, feedAlternates, STATEMENTS_FEED } from "@/lib/sharing/alternates";
import { loadMatrixParams, resolveMatrixView } from "@/lib/view-state/view-params";
import { MatrixPageBody } from "./_views/matrix-page-body";

export const metadata: Metadata = {
  title: { absolute: "Security Guarantees Tracker" },
  alternates: { types: feedAlternates([STATEMENTS_FEED, CORRECTIONS_FEED]) },
};

export default async function MatrixPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const view = resolveMatrixView(await loadMatrixParams(searchParams));
  return <MatrixPageBody view={view} />;
}
