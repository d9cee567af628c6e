// A CMS embeds a view from its link: it finds the oEmbed endpoint in the page's
// <link rel="alternate" type="application/json+oembed">, gets a `rich` answer whose HTML is
// the Embed control's snippet, and the iframe in it shows the view.
import { expect, test } from "@playwright/test";
import { publishTestArticle, uniqueToken } from "./support/seed";

type Oembed = { type: string; version: string; title: string; html: string; width: number; height: number };

for (const { path, shows } of [
  { path: "/countries/lt?at=2026-01-25", shows: "Lithuania" },
  { path: "/commitments/intelligence?at=2026-01-25", shows: "Lithuania" },
  { path: "/?at=2026-01-25&types=intelligence", shows: "Lithuania" },
]) {
  test(`the view ${path} answers oEmbed with the snippet of its Embed control`, async ({ page, request, baseURL }) => {
    const token = uniqueToken();
    publishTestArticle({
      published: "2026-01-24",
      positions: [
        {
          country: "LT",
          commitment: "intelligence",
          stance: "committed",
          sentence: `Lithuania shares intelligence ${token}.`,
        },
      ],
    });
    await page.goto(path);
    const discovery = page.locator('head link[rel="alternate"][type="application/json+oembed"]');
    await expect(discovery).toHaveCount(1);
    const href = (await discovery.getAttribute("href"))!;
    expect(new URL(href, baseURL).searchParams.get("format")).toBe("json");

    const response = await request.get(href);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("application/json");
    const oembed = (await response.json()) as Oembed;
    expect(oembed).toMatchObject({
      version: "1.0",
      type: "rich",
      width: expect.any(Number),
      height: expect.any(Number),
    });
    expect(oembed.title).toContain("2026-01-25");

    // The Embed control's snippet, on the host the discovery link named (no public address is configured here).
    await page.getByText("Embed", { exact: true }).click();
    const snippet = await page.getByTestId("embed-snippet").inputValue();
    const origin = new URL(/src="([^"]+)"/.exec(snippet)![1]!).origin;
    expect(oembed.html).toBe(snippet.replaceAll(origin, new URL(href, baseURL).origin));

    const frame = await request.get(/src="([^"]+)"/.exec(oembed.html)![1]!);
    expect(frame.status()).toBe(200);
    expect(await frame.text()).toContain(shows);
  });
}

test("oEmbed refuses what is not an embeddable view of ours, and XML", async ({ request, baseURL }) => {
  const ask = (url: string, extra = "") => request.get(`/oembed?url=${encodeURIComponent(url)}${extra}`);
  expect((await ask("https://elsewhere.example/countries/fr")).status()).toBe(404);
  expect((await ask(`${baseURL}/about`)).status()).toBe(404);
  expect((await ask(`${baseURL}/countries/zz`)).status()).toBe(404);
  expect((await ask(`${baseURL}/countries/fr`, "&format=xml")).status()).toBe(501);
  expect((await request.get("/oembed")).status()).toBe(400);
  const small = await (await ask(`${baseURL}/countries/fr`, "&maxwidth=300&maxheight=200")).json();
  expect(small).toMatchObject({ width: 300, height: 200 });
});
