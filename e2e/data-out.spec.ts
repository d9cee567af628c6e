// Taking what the tracker shows elsewhere: the CSV of a view matches the page, the Data
// Package is read by the Frictionless reference library with every row cast, releases of it
// are listed and cited, a shared country link has a preview card, and the matrix can be
// embedded by a page of another origin.
import { strFromU8, unzipSync } from "fflate";
import { expect, test } from "@playwright/test";
import { parseCsv } from "@/lib/sharing/csv";
import { readWithFrictionless } from "@/lib/test/frictionless";
import { execFileSync } from "node:child_process";
import http from "node:http";
import { publishTestArticle, uniqueToken } from "./support/seed";

test("the CSV of a filtered, dated matrix view has the rows the page shows", async ({ page }) => {
  const token = uniqueToken();
  publishTestArticle({
    published: "2024-03-04",
    title: `=cmd|' /C calc'!A0 <script>alert(1)</script> ${token}`,
    positions: [
      { country: "MT", commitment: "maritime", stance: "supports", sentence: `Malta backs naval escorts ${token}.` },
      { country: "MT", commitment: "air", stance: "considering", sentence: `Malta weighs air patrols ${token}.` },
      { country: "JP", commitment: "maritime", stance: "supports", sentence: `Japan backs naval escorts ${token}.` },
    ],
  });
  // Filtered by type and region: Malta's air position and Japan (Asia) are not in the view.
  await page.goto("/?date=2024-03-05&types=maritime&region=europe");
  const cells = page.locator('[data-testid="matrix"] td[data-type]:has([data-stance])');
  const shown = await cells.evaluateAll((tds) =>
    tds.map((td) => [
      td.closest("tr")!.dataset.country!,
      td.dataset.type!,
      td.querySelector("[data-stance]")!.getAttribute("data-stance")!,
    ]),
  );
  expect(shown).toContainEqual(["MT", "maritime", "supports"]);
  expect(shown.filter(([country, type]) => country === "JP" || type === "air")).toEqual([]);

  await page.getByText("Download", { exact: true }).click();
  const downloadPromise = page.waitForEvent("download");
  await page.getByRole("link", { name: "This view as CSV" }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe("security-guarantees-matrix-2024-03-05.csv");
  const path = await download.path();
  const { readFileSync } = await import("node:fs");
  const [header, ...rows] = parseCsv(readFileSync(path, "utf8"));
  const column = (name: string) => header!.indexOf(name);
  expect(rows.map((row) => [row[column("country_code")], row[column("type")], row[column("stance")]])).toEqual(shown);
  const malta = rows.find((row) => row[column("country_code")] === "MT")!;
  expect(malta[column("article_title")]).toBe(`'=cmd|' /C calc'!A0 <script>alert(1)</script> ${token}`);
});

const unzip = (bytes: Buffer) =>
  Object.fromEntries(Object.entries(unzipSync(new Uint8Array(bytes))).map(([name, data]) => [name, strFromU8(data)]));

test("the Frictionless reference library reads the Data Package and casts every row of every table", async ({
  request,
}) => {
  const token = uniqueToken();
  publishTestArticle({
    published: "2026-01-20",
    positions: [
      { country: "HR", commitment: "logistics", stance: "committed", sentence: `Croatia opens a port hub ${token}.` },
    ],
  });
  const response = await request.get("/download/data-package.zip");
  expect(response.status()).toBe(200);
  const files = unzip(await response.body());
  const { problems, rowsCast } = await readWithFrictionless(files);
  expect(problems).toEqual([]);
  // Every row was read and cast, not just the descriptor checked.
  for (const [table, count] of Object.entries(rowsCast)) {
    expect(count, table).toBe(parseCsv(files[`${table}.csv`]!).length - 1);
  }
  expect(rowsCast.commitments).toBeGreaterThan(0);
  expect(files["statements.csv"]).toContain(`Croatia opens a port hub ${token}.`);
  const descriptor = JSON.parse(files["datapackage.json"]!) as { resources: { name: string }[]; version: string };
  expect(descriptor.resources.map((r) => r.name)).toEqual([
    "countries",
    "articles",
    "statements",
    "commitments",
    "positions",
  ]);
  expect(files["CITATION.cff"]).toContain(`version: "${descriptor.version}"`);
});

test("npm run release writes a release that is listed with its changes, validates, and a pinned view links to", async ({
  page,
  request,
}) => {
  const token = uniqueToken();
  // A country of its own per attempt: a retry's release lists what changed since the first attempt's.
  const [country, name] = test.info().retry === 0 ? (["IS", "Iceland"] as const) : (["AL", "Albania"] as const);
  publishTestArticle({
    published: "2026-01-22",
    positions: [
      { country, commitment: "monitoring", stance: "considering", sentence: `${name} weighs monitors ${token}.` },
    ],
  });
  const pinned = new Date().toISOString();
  await page.goto(`/countries/${country.toLowerCase()}?v=${pinned}`);
  await expect(page.getByTestId("pinned-release")).toContainText("No release has been made since");

  const release = () =>
    execFileSync("node_modules/.bin/tsx", ["--conditions=react-server", "scripts/release.ts"], {
      env: {
        ...process.env,
        DATABASE_URL: process.env.E2E_DATABASE_URL,
        RELEASES_DIR: process.env.E2E_RELEASES_DIR,
        TRACKER_URL: test.info().project.use.baseURL,
      },
      encoding: "utf8",
    });
  const output = release();
  const version = /release (\d+\.0\.0) of/.exec(output)?.[1];
  expect(version, output).toBeDefined();

  await page.goto("/download/releases");
  const listed = page.locator(`[data-testid="release"][data-version="${version}"]`);
  await expect(listed).toBeVisible();
  await expect(listed.getByTestId("release-changes")).toContainText(country);

  const zip = await request.get(`/download/releases/${version}.zip`);
  expect(zip.status()).toBe(200);
  const files = unzip(await zip.body());
  expect((await readWithFrictionless(files)).problems).toEqual([]);
  expect(JSON.parse(files["datapackage.json"]!)).toMatchObject({ version });
  expect(files["statements.csv"]).toContain(`${name} weighs monitors ${token}.`);

  // The cited view was recorded before the release: the release holds it, and its note says so.
  await page.goto(`/countries/${country.toLowerCase()}?v=${pinned}`);
  const link = page.getByTestId("pinned-release").getByRole("link", { name: `release ${version}` });
  await expect(link).toBeVisible();
  await link.click();
  await expect(page).toHaveURL(new RegExp(`/download/releases#release-${version!.replace(/\./g, "\\.")}$`));
});

test("a shared country link has a preview card of its stances", async ({ page, request }) => {
  const token = uniqueToken();
  publishTestArticle({
    published: "2026-01-21",
    positions: [
      { country: "LU", commitment: "funding", stance: "committed", sentence: `Luxembourg funds air defence ${token}.` },
      { country: "LU", commitment: "troops", stance: "ruled_out", sentence: `Luxembourg sends no troops ${token}.` },
    ],
  });
  await page.goto("/countries/lu");
  const image = await page.locator('meta[property="og:image"]').getAttribute("content");
  expect(image).toMatch(/\/og\/countries\/lu$/);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/countries\/lu$/);
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary_large_image");
  await expect(page.locator('meta[property="og:description"]')).toHaveAttribute(
    "content",
    /Funding: Committed since 21 Jan 2026;.* Troops: Ruled out since 21 Jan 2026/,
  );

  const card = await request.get(new URL(image!).pathname);
  expect(card.status()).toBe(200);
  expect(card.headers()["content-type"]).toBe("image/png");
  const png = await card.body();
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]); // IHDR width, height
  // The card is drawn from the country's stances: one with none draws differently.
  const empty = await (await request.get("/og/countries/aq")).body();
  expect(png.equals(empty)).toBe(false);

  // It renders in a browser as an image of that size.
  await page.goto(`/og/countries/lu`);
  const size = await page.locator("img").evaluate((img: HTMLImageElement) => [img.naturalWidth, img.naturalHeight]);
  expect(size).toEqual([1200, 630]);
});

/** The port for a second origin on loopback: the one beside the e2e server's (E2E_PORT + 100). */
const NEWSROOM_PORT = Number(process.env.E2E_PORT ?? 3100) + 100;

test("a page of another origin embeds the matrix, which links back to the tracker, and cannot frame the rest", async ({
  page,
  baseURL,
}) => {
  const token = uniqueToken();
  publishTestArticle({
    published: "2026-01-22",
    positions: [
      {
        country: "IE",
        commitment: "monitoring",
        stance: "considering",
        sentence: `Ireland may join monitors ${token}.`,
      },
    ],
  });
  await page.goto("/");
  await page.getByText("Embed", { exact: true }).click();
  const snippet = await page.getByTestId("embed-snippet").inputValue();
  expect(snippet).toMatch(/^<iframe src="http:\/\/[^"]+\/embed\/matrix"/);
  expect(snippet).toMatch(/<script>.*security-guarantees-tracker:height.*<\/script>$/);

  // Another origin on loopback (its own server and port) serves a page with the snippet, and
  // one that tries to frame the tracker's home page, which is not meant to be framed.
  const newsroom = http.createServer((request, response) => {
    response.writeHead(200, { "Content-Type": "text/html" });
    if (request.url === "/copy") {
      response.end(`<!doctype html><title>Copycat</title><iframe name="home" src="${baseURL}/"></iframe>`);
      return;
    }
    response.end(`<!doctype html><title>Newsroom</title><h1>Our story</h1>${snippet}`);
  });
  await new Promise<void>((resolve) => newsroom.listen(NEWSROOM_PORT, "127.0.0.1", resolve));
  try {
    await page.goto(`http://127.0.0.1:${NEWSROOM_PORT}/story`);
    const frame = page.frameLocator("iframe");
    await expect(
      frame.locator('[data-testid="embed-matrix"] tr[data-country="IE"] td[data-type="monitoring"] [data-stance]'),
    ).toHaveAttribute("data-stance", "considering");
    await expect(frame.getByRole("banner")).toHaveCount(0); // no site header inside the frame
    await expect(frame.getByTestId("embed-link-back")).toHaveAttribute("href", /\/$/);
    await expect(frame.getByRole("heading", { level: 1 })).toHaveText("Who guarantees what for Ukraine");
    await expect(frame.getByTestId("embed-legend").getByText("Ruled out")).toBeVisible();
    // Each cell's quote is its title once the frame is hydrated, and is in the page once (the
    // table's packed props), not a second time in its HTML.
    await expect(
      frame.locator('[data-testid="embed-matrix"] tr[data-country="IE"] td[data-type="monitoring"] span[title]'),
    ).toHaveAttribute("title", new RegExp(`Ireland may join monitors ${token}\\.`));
    const embedHtml = await (await page.request.get(`${baseURL}/embed/matrix`)).text();
    expect(embedHtml.split(`Ireland may join monitors ${token}`).length - 1).toBe(1);

    // The snippet's script sets the frame's height to what the embed reports: no gap, no inner scrolling.
    const iframe = page.locator("iframe");
    const heightGap = async () =>
      Math.abs(
        (await iframe.evaluate((element) => element.getBoundingClientRect().height)) -
          (await frame.getByTestId("embed-body").evaluate((element) => element.getBoundingClientRect().height)),
      );
    await expect.poll(heightGap).toBeLessThanOrEqual(1);
    expect(await iframe.evaluate((element) => element.getBoundingClientRect().height)).not.toBe(480);
    // On a phone the matrix is a list of countries, and the frame follows its new height.
    await page.setViewportSize({ width: 390, height: 844 });
    await expect(frame.getByTestId("embed-matrix-list").locator('li[data-country="IE"]')).toContainText("Considering");
    await expect(frame.getByTestId("embed-matrix")).toBeHidden();
    await expect.poll(heightGap).toBeLessThanOrEqual(1);

    // The home page refuses to be framed (frame-ancestors 'none', X-Frame-Options DENY): the
    // browser blocks it and shows its error page in the frame instead of the matrix.
    const refusals: string[] = [];
    page.on("console", (message) => {
      if (/frame-ancestors|X-Frame-Options/.test(message.text())) refusals.push(message.text());
    });
    await page.goto(`http://127.0.0.1:${NEWSROOM_PORT}/copy`);
    await expect.poll(() => page.frame({ name: "home" })?.url()).toMatch(/^chrome-error:/);
    await expect.poll(() => refusals.length).toBeGreaterThan(0);
    await expect(page.frameLocator('iframe[name="home"]').locator('[data-testid="matrix"]')).toHaveCount(0);
  } finally {
    newsroom.close();
  }
});
