import { describe, expect, it } from "vitest";
import { isCrossSiteOrigin } from "./cross-site-origin";

describe("a request's origin", () => {
  it("is this site when it names the host the request was sent to, port included", () => {
    expect(isCrossSiteOrigin("http://127.0.0.1:3100", "127.0.0.1:3100")).toBe(false);
    expect(isCrossSiteOrigin("https://tracker.example.org", "tracker.example.org")).toBe(false);
  });

  it("is another site for another host or port, an opaque origin, garbage, or no host to compare with", () => {
    expect(isCrossSiteOrigin("https://evil.example", "tracker.example.org")).toBe(true);
    expect(isCrossSiteOrigin("http://127.0.0.1:3101", "127.0.0.1:3100")).toBe(true);
    expect(isCrossSiteOrigin("https://tracker.example.org.evil.example", "tracker.example.org")).toBe(true);
    expect(isCrossSiteOrigin("null", "tracker.example.org")).toBe(true);
    expect(isCrossSiteOrigin("not a url", "tracker.example.org")).toBe(true);
    expect(isCrossSiteOrigin("https://tracker.example.org", null)).toBe(true);
  });

  it("decides nothing when the request has no Origin", () => {
    expect(isCrossSiteOrigin(null, "tracker.example.org")).toBe(false);
  });
});
