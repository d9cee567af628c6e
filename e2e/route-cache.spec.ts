// The route cache of every public GET (lib/http/shared-view-cache.mjs, run by scripts/serve.mjs):
// the views `/`, `/countries/<code>`, `/commitments/<type>`, `/search` and their API answers,
// downloads, feeds, embeds and preview cards are answered whole from memory to visitors without
// a session (each URL under its own key), pages under a policy of script hashes that their own
// scripts satisfy; a publish empties it, so the next reader sees the new data; a signed-in
// visitor is rendered for the request.
import { expect, type Page, test } from "@playwright/test";
import { createUser, signIn } from "./support/auth";
import { getCached } from "./support/route-cache";
import { publishTestArticle, uniqueToken } from "./support/seed";
import { cellInHtml, matrixCell } from "./support/matrix";

const today = new Date().toISOString().slice(0, 10);

async function collectViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction("reportViolation", (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      (window as unknown as { reportViolation(text: string): void }).reportViolation(
        `${event.violatedDirective} ${event.blockedURI} on ${location.pathname}`,
      );
    });
  });
  return violations;
}

test("the matrix and a country page are served from the route cache under a hash policy their scripts satisfy", async ({
  page,
}) => {
  const token = uniqueToken();
  const sentence = `Bhutan offers mountain rescue training ${token}.`;
  publishTestArticle({
    published: today,
    positions: [{ country: "BT", commitment: "training", stance: "committed", sentence }],
  });
  const violations = await collectViolations(page);
  for (const path of ["/", "/countries/bt", "/commitments/training"]) {
    // Journeys running in parallel publish and so empty the cache at any moment: the page is
    // asked for again until an answer comes from the cache (the first one never does).
    let headers: Record<string, string> = {};
    for (let attempt = 0; attempt < 20 && headers["x-route-cache"] !== "hit"; attempt++) {
      headers = (await page.goto(path))!.headers();
    }
    expect(headers["x-route-cache"], path).toBe("hit");
    const policy = headers["content-security-policy"] ?? "";
    expect(policy, path).not.toContain("nonce-");
    expect(policy, path).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+;/);
    expect(policy, path).toContain("frame-ancestors 'none'");
    expect(headers["x-frame-options"], path).toBe("DENY");
    expect(headers.etag, path).toBeTruthy();
  }
  // The page hydrated under that policy: the matrix's quote card is a client component.
  await page.goto("/");
  await matrixCell(page, "BT", "training").hover();
  await expect(page.locator('#cell-preview[data-cell-preview="BT:training"]')).toContainText(sentence);
  expect(violations).toEqual([]);
});

test("a publish empties the route cache: the next reader of the matrix and the country page sees it", async ({
  request,
}) => {
  for (const path of ["/", "/countries/np"]) {
    expect((await getCached(request, path)).headers()["x-route-cache"], path).toBe("hit");
  }
  const token = uniqueToken();
  const sentence = `Nepal will send engineers to clear mines ${token}.`;
  // The fixture publishes as another process would and then calls POST /api/cache/invalidate.
  publishTestArticle({
    published: today,
    positions: [{ country: "NP", commitment: "troops", stance: "conditional", sentence }],
  });

  // The matrix is every journey's first page: another worker's reader may fill the emptied cache
  // again between the publish and this read (CI saw "hit" once, with the new cell in it). The new
  // cell in the page is what shows the cache was emptied; the country page, which only this test
  // reads, shows the miss itself.
  const matrix = await request.get("/");
  expect(await matrix.text()).toMatch(cellInHtml("NP", "troops", "conditional"));
  const country = await request.get("/countries/np");
  expect(country.headers()["x-route-cache"]).toBe("miss");
  expect(await country.text()).toContain(sentence);
  expect((await getCached(request, "/countries/np")).headers()["x-route-cache"]).toBe("hit");
});

test("a parameterised view is kept under its own URL", async ({ request }) => {
  const token = uniqueToken();
  publishTestArticle({
    published: "2025-06-10",
    positions: [{ country: "MV", commitment: "maritime", stance: "supports", sentence: `Maldives ${token}.` }],
  });
  const before = await getCached(request, "/?at=2025-06-01");
  expect(before.headers()["x-route-cache"]).toBe("hit");
  expect(await before.text()).not.toMatch(cellInHtml("MV", "maritime"));
  const after = await request.get("/?at=2025-06-11");
  expect(after.headers()["x-route-cache"]).toBe("miss");
  expect(await after.text()).toMatch(cellInHtml("MV", "maritime"));
});

test("a search is kept under its own URL, and a publish that it matches empties it", async ({ request }) => {
  const token = uniqueToken();
  const path = `/search?q=${token}`;
  const before = await getCached(request, path);
  expect(before.headers()["x-route-cache"]).toBe("hit");
  expect(await before.text()).toContain("No statement matches");
  publishTestArticle({
    published: today,
    positions: [
      { country: "BT", commitment: "funding", stance: "supports", sentence: `Bhutan backs a fund ${token}.` },
    ],
  });
  const after = await request.get(path);
  expect(after.headers()["x-route-cache"]).toBe("miss");
  expect(await after.text()).toMatch(/data-testid="search-results"><li/);
});

test("every public output of a view is kept too: API answers, downloads, feeds, embeds, preview cards; a publish empties them; a pinned one may be kept for good", async ({
  request,
}) => {
  const token = uniqueToken();
  const paths = [
    "/api/v1/countries/is",
    "/api/v1/matrix?types=arms",
    "/download/countries/is.csv",
    "/countries/is/feed.atom",
    "/embed/countries/is",
    "/og/countries/is",
  ];
  for (const path of paths) {
    const kept = await getCached(request, path);
    expect(kept.headers()["x-route-cache"], path).toBe("hit");
    expect(kept.headers()["cache-control"], path).toBe("public, max-age=0, s-maxage=60, stale-while-revalidate=300");
    expect(kept.headers().etag, path).toBeTruthy();
    const unchanged = await request.get(path, { headers: { "if-none-match": kept.headers().etag! } });
    expect(unchanged.status(), path).toBe(304);
  }
  publishTestArticle({
    published: today,
    positions: [{ country: "IS", commitment: "arms", stance: "supports", sentence: `Iceland funds shells ${token}.` }],
  });
  for (const path of paths) expect((await request.get(path)).headers()["x-route-cache"], path).toBe("miss");
  expect(await (await request.get("/download/countries/is.csv")).text()).toContain(token);
  // A pinned answer other than a page never changes: a CDN and a browser may keep it.
  const pinnedPath = `/api/v1/matrix?types=arms&v=${encodeURIComponent(new Date(Date.now() - 1000).toISOString())}`;
  const pinned = await getCached(request, pinnedPath);
  expect(pinned.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
});

test("a signed-in visitor, the data package and an unknown country are rendered for the request", async ({
  page,
  request,
}) => {
  for (const path of ["/download/data-package.zip", "/countries/zz"]) {
    await request.get(path);
    expect((await request.get(path)).headers()["x-route-cache"], path).toBeUndefined();
  }
  const editor = createUser({ role: "editor" });
  await signIn(page, editor);
  const response = await page.goto("/");
  expect(response!.headers()["x-route-cache"]).toBeUndefined();
  expect(response!.headers()["content-security-policy"]).toMatch(/'nonce-[^']+'/);
  await expect(page.getByRole("link", { name: "Ingest" })).toBeVisible();
});

test("a kept answer goes out as the client accepts it: brotli, gzip, or uncompressed, and a 304 to a list of ETags that names it", async ({
  request,
}) => {
  // The OpenAPI document: kept like every public answer, and the same whatever journeys publish.
  const path = "/api/v1/openapi.json";
  const asked = async (acceptEncoding: string) => {
    const response = await request.get(path, { headers: { "accept-encoding": acceptEncoding } });
    expect(response.status(), acceptEncoding).toBe(200);
    return response;
  };
  const brotli = await asked("gzip, deflate, br");
  const text = await brotli.text();
  expect(JSON.parse(text)).toHaveProperty("openapi");
  expect(brotli.headers()["content-encoding"]).toBe("br");
  expect((await asked("gzip")).headers()["content-encoding"]).toBe("gzip");
  // Kept compressed only: a client that accepts no compression gets the body decompressed.
  const plain = await asked("identity");
  expect(plain.headers()["content-encoding"]).toBeUndefined();
  expect(Number(plain.headers()["content-length"])).toBe(Buffer.byteLength(text));
  expect(await plain.text()).toBe(text);
  expect(plain.headers().etag).toBe(brotli.headers().etag);
  const notModified = await request.get(path, {
    headers: { "if-none-match": `W/"another-version", ${brotli.headers().etag}` },
  });
  expect(notModified.status()).toBe(304);
  expect(notModified.headers().etag).toBe(brotli.headers().etag);
});
