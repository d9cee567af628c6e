import { Feed } from "feed";

/**
 * Atom feeds through the `feed` library. It writes entry titles and summaries as
 * `type="html"` inside CDATA, so a reader would render whatever markup they hold: every
 * text we pass is HTML-escaped first (a `<script>` in an article title arrives as the
 * visible text "<script>"), which also removes any `]]>` that could end the CDATA early.
 * Characters XML 1.0 forbids (NUL and most C0 controls) are dropped, so the document
 * always parses.
 */
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function escapeFeedText(text: string): string {
  return text
    .replace(XML_FORBIDDEN, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

export interface AtomEntry {
  /** A stable, absolute id (a tag: URI or a permalink). */
  id: string;
  title: string;
  link: string;
  /** When the entry last changed (recorded time). */
  updated: Date;
  /** When it first appeared. */
  published?: Date;
  summary: string;
  categories?: string[];
}

export interface AtomFeedInput {
  /** The feed's stable id, the same whichever host it was read from. */
  id: string;
  /** The feed's own absolute URL, where it was read. */
  selfUrl: string;
  /** The page the feed follows. */
  pageUrl: string;
  title: string;
  subtitle: string;
  entries: AtomEntry[];
  /**
   * The feed's `updated` when it has no entry: the instant the data it follows last changed,
   * a real time that stays the same (and so does the document's ETag) until it changes again.
   */
  updatedWhenEmpty: Date;
}

export function buildAtomFeed(input: AtomFeedInput): string {
  const updated =
    input.entries.length === 0
      ? input.updatedWhenEmpty
      : input.entries.reduce((latest, entry) => (entry.updated > latest ? entry.updated : latest), new Date(0));
  const feed = new Feed({
    id: input.id,
    title: escapeFeedText(input.title),
    description: escapeFeedText(input.subtitle),
    link: input.pageUrl,
    feedLinks: { atom: input.selfUrl },
    updated,
    generator: "Security Guarantees Tracker",
    copyright: "Data: CC BY 4.0, Security Guarantees Tracker",
  });
  for (const entry of input.entries) {
    feed.addItem({
      id: entry.id,
      title: escapeFeedText(entry.title),
      link: entry.link,
      date: entry.updated,
      published: entry.published,
      description: escapeFeedText(entry.summary),
      category: entry.categories?.map((term) => ({ term: escapeFeedText(term) })),
    });
  }
  return feed.atom1();
}

export function atomResponse(xml: string): Response {
  return new Response(xml, {
    headers: {
      "Content-Type": "application/atom+xml; charset=utf-8",
      "Cache-Control": "public, max-age=60, stale-while-revalidate=300",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
