import { describe, expect, it } from "vitest";
import { absoluteUrl, getSiteUrl } from "./site-url";

describe("the public address", () => {
  it("prefers SITE_URL, then BETTER_AUTH_URL, then the local port", () => {
    expect(getSiteUrl({ SITE_URL: "https://t.example.org", BETTER_AUTH_URL: "https://x.example" }).href).toBe(
      "https://t.example.org/",
    );
    expect(getSiteUrl({ BETTER_AUTH_URL: "https://x.example/tracker" }).href).toBe("https://x.example/tracker/");
    expect(getSiteUrl({ PORT: "3210" }).href).toBe("http://localhost:3210/");
    expect(getSiteUrl({ SITE_URL: "not a url" }).href).toBe("http://localhost:3000/");
  });

  it("resolves paths under a base path", () => {
    expect(absoluteUrl("/countries/fr", { SITE_URL: "https://x.example/tracker" })).toBe(
      "https://x.example/tracker/countries/fr",
    );
  });
});
