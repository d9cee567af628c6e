import "server-only";
import { getLatestChangeInstantCached } from "@/lib/cache/cached-queries";
import { withPin } from "@/lib/view-state/pinned";
import { citeView } from "./citation";

/**
 * The citation of the view a page shows, and the query its downloads, API link and embed
 * carry: a pinned view (v=) is cited at its instant and its outputs pin the same instant; a
 * live view is cited at the data's last change, so that its permalink shows what the reader saw.
 */
export async function citeShownView(view: {
  title: string;
  path: string;
  query: string;
  asOf: string;
  pinnedAt: Date | null;
}): Promise<{ citation: ReturnType<typeof citeView>; viewQuery: string }> {
  const citation = citeView({
    title: view.title,
    path: `${view.path}${view.query}`,
    asOf: view.asOf,
    recordedAt: view.pinnedAt ?? (await getLatestChangeInstantCached()),
    accessed: new Date(),
  });
  return { citation, viewQuery: withPin(view.query, view.pinnedAt) };
}
