import { z } from "zod";
import { COMMITMENT_TYPE_INFO, isCommitmentType } from "@/lib/domain/taxonomy";
import { countryPath, findCountry } from "@/lib/reference/countries";
import { withPin } from "@/lib/view-state/pinned";
import { dayQueryOf, matrixQueryOf } from "@/lib/view-state/view-params";
import { DATA_PUBLISHER } from "./licence";
import { commitmentViewOf, countryViewOf, matrixViewOf } from "./matrix-view";
import { EMBED_HEIGHT, embedSnippet } from "./embed-snippet";

/**
 * oEmbed (https://oembed.com/, JSON) for the matrix, country and commitment views: a CMS
 * given the link of a view asks /oembed?url=<link> (found through the page's
 * <link rel="alternate" type="application/json+oembed">) and gets the iframe of its embed.
 * The view is read with the page's own parameter parsers, so the embed shows what the link
 * shows (its day, filters and pin), and nothing else from the link reaches the HTML.
 */
export const OembedQuerySchema = z.strictObject({
  url: z.string().min(1).max(2000),
  format: z.enum(["json", "xml"]).optional(),
  maxwidth: z.coerce.number().int().min(1).max(10_000).optional(),
  maxheight: z.coerce.number().int().min(1).max(10_000).optional(),
});

/** How wide the embed is when the consumer sets no limit (the frame itself is fluid, width 100%). */
const DEFAULT_WIDTH = 720;

interface EmbeddableView {
  title: string;
  /** The embed's path and query, the view's own parameters normalised. */
  embedPath: string;
}

/** The view a link of ours shows, if it is one that has an embed (its embed's link works too). */
export function embeddableViewOf(url: URL): EmbeddableView | null {
  const path = url.pathname.replace(/^\/embed(?=\/)/, "").replace(/\/+$/, "") || "/";
  const params = url.searchParams;
  if (path === "/" || path === "/matrix") {
    const view = matrixViewOf(params);
    return {
      title: `Who guarantees what for Ukraine, as of ${view.asOf}`,
      embedPath: withPin(`/embed/matrix${matrixQueryOf(view)}`, view.pinnedAt),
    };
  }
  const country = /^\/countries\/([^/]+)$/.exec(path);
  if (country) {
    const record = findCountry(decodeURIComponent(country[1]!));
    if (!record) return null;
    const view = countryViewOf(params);
    return {
      title: `${record.name}: security guarantees for Ukraine, as of ${view.asOf}`,
      embedPath: withPin(`/embed${countryPath(record.code)}${dayQueryOf(view.asOf, view.isToday)}`, view.pinnedAt),
    };
  }
  const commitment = /^\/commitments\/([^/]+)$/.exec(path);
  if (commitment && isCommitmentType(commitment[1]!)) {
    const type = commitment[1];
    const view = commitmentViewOf(params);
    return {
      title: `${COMMITMENT_TYPE_INFO[type].label}: who commits, as of ${view.asOf}`,
      embedPath: withPin(`/embed/commitments/${type}${dayQueryOf(view.asOf, view.isToday)}`, view.pinnedAt),
    };
  }
  return null;
}

export interface OembedAnswer {
  version: "1.0";
  type: "rich";
  title: string;
  provider_name: string;
  provider_url: string;
  author_name: string;
  author_url: string;
  html: string;
  width: number;
  height: number;
  cache_age: number;
}

/** The rich answer for a view, sized within what the consumer allows. */
export function oembedAnswer(
  view: EmbeddableView,
  site: URL,
  limits: { maxwidth?: number; maxheight?: number },
): OembedAnswer {
  const height = Math.min(EMBED_HEIGHT, limits.maxheight ?? EMBED_HEIGHT);
  return {
    version: "1.0",
    type: "rich",
    title: view.title,
    provider_name: DATA_PUBLISHER,
    provider_url: site.toString(),
    author_name: DATA_PUBLISHER,
    author_url: new URL("about", site).toString(),
    html: embedSnippet(new URL(view.embedPath.replace(/^\//, ""), site).toString(), height),
    width: Math.min(DEFAULT_WIDTH, limits.maxwidth ?? DEFAULT_WIDTH),
    height,
    cache_age: 300,
  };
}

/** The discovery link a page gives for its own address (relative: the page's host answers it). */
export function oembedDiscoveryUrl(pageUrl: string): string {
  return `/oembed?${new URLSearchParams({ url: pageUrl, format: "json" }).toString()}`;
}
