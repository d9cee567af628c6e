import { withPin } from "./pinned";

/**
 * The list of changes on the matrix page with `since` (`/?since=…`) is shown a page at a time:
 * over a few months of a busy period it holds thousands of changes, each with its quote, and the
 * whole list made that page megabytes long. `changes=<n>` names the page (1 is the newest
 * changes); the full list is the API's `/api/v1/changes`.
 */
export const CHANGES_PER_PAGE = 50;

/** The page number a `changes` parameter asks for: a whole number from 1, else the first page. */
export function changesPageOf(value: string | string[] | undefined | null): number {
  const text = Array.isArray(value) ? value[0] : value;
  if (!text || !/^[1-9]\d{0,5}$/.test(text)) return 1;
  return Number(text);
}

export interface PageOfChanges<T> {
  /** The changes this page shows, in the list's order. */
  items: T[];
  /** The page shown: the one asked for, or the last one when it asked past the end. */
  page: number;
  pages: number;
  /** The position in the whole list of the first item shown, from 1 (0 when there is none). */
  first: number;
}

/** One page of the list (at most CHANGES_PER_PAGE items). */
export function pageOfChanges<T>(
  changes: readonly T[],
  requested: number,
  perPage = CHANGES_PER_PAGE,
): PageOfChanges<T> {
  const pages = Math.max(1, Math.ceil(changes.length / perPage));
  const page = Math.min(Math.max(1, requested), pages);
  const start = (page - 1) * perPage;
  const items = changes.slice(start, start + perPage);
  return { items, page, pages, first: items.length > 0 ? start + 1 : 0 };
}

/**
 * The link to another page of the list: the view's canonical query (matrixQueryOf, which never
 * carries `changes`) with the page, page 1 without it, and the view's pin (a cited view's pages
 * are of the same recorded instant).
 */
export function changesPageHref(viewQuery: string, page: number, pinnedAt: Date | null): string {
  const pageParam = page > 1 ? `changes=${page}` : "";
  const query = [viewQuery.replace(/^\?/, ""), pageParam].filter(Boolean).join("&");
  return withPin(`/${query ? `?${query}` : ""}`, pinnedAt);
}
