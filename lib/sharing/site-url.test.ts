import { describe, expect, it } from "vitest";
import { absoluteUrl, getSiteUrl, siteUrlOf } from "./site-url";

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

describe("the address of an answer's links", () => {
  const request = (headers: Record<string, string>) => new Request("http://127.0.0.1:3000/feeds/x", { headers });

  it("is the configured public address, whatever host the request named", () => {
    expect(siteUrlOf(request({ host: "localhost:3000" }), { BETTER_AUTH_URL: "https://t.example.org" }).href).toBe(
      "https://t.example.org/",
    );
  });

  it("is the host the request came to when none is configured, with the protocol it came by", () => {
    expect(siteUrlOf(request({ host: "192.168.1.20:3000" }), {}).href).toBe("http://192.168.1.20:3000/");
    expect(siteUrlOf(request({ host: "tracker.lan", "x-forwarded-proto": "https" }), {}).href).toBe(
      "https://tracker.lan/",
    );
  });

  it("is the local address when the host header is not a bare host", () => {
    expect(siteUrlOf(request({ host: "evil.example/path?x" }), { PORT: "3210" }).href).toBe("http://localhost:3210/");
    expect(siteUrlOf(request({ host: "a@b.example" }), { PORT: "3210" }).href).toBe("http://localhost:3210/");
  });

  it("resolves paths under a given address", () => {
    expect(absoluteUrl("/corrections#x", new URL("http://192.168.1.20:3000/"))).toBe(
      "http://192.168.1.20:3000/corrections#x",
    );
  });
});
