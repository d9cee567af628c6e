import type { Page } from "@playwright/test";

/** A matrix cell's link: its row names the country, its column the type (the link carries neither). */
export function matrixCell(page: Page, code: string, type: string) {
  return page.locator(`tr[data-country="${code}"] td[data-type="${type}"] a.matrix-cell`);
}

/**
 * A matrix cell in a page's HTML, by the link it makes to its evidence (`/countries/<code>`,
 * with the view's date if any, `#<type>`), followed by its stance when one is given.
 */
export function cellInHtml(code: string, type: string, stance?: string): RegExp {
  const link = `href="/countries/${code.toLowerCase()}(?:\\?[^"#]*)?#${type}"`;
  return new RegExp(stance ? `${link} data-stance="${stance}"` : link);
}
