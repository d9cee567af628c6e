import { describe, expect, it } from "vitest";
import nextConfig from "../../next.config";

// The route cache keeps one rendering of a page for every client: its preview tags and feed links
// must be in <head> whoever asked first, so no client may get streamed metadata.
describe("page metadata is rendered into <head> for every client", () => {
  it("treats every user agent as one that needs blocking metadata", () => {
    const limited = nextConfig.htmlLimitedBots;
    expect(limited).toBeInstanceOf(RegExp);
    for (const userAgent of [
      "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0 Safari/537.36",
      "Mastodon/4.3 (http.rb/5.2; +https://example.social/)",
      "TelegramBot (like TwitterBot)",
      "FeedReader/2.0",
    ])
      expect(new RegExp((limited as RegExp).source, "i").test(userAgent), userAgent).toBe(true);
  });
});
