import { describe, expect, it } from "vitest";
import { checkChromium, chromiumPath } from "./preflight";

describe("the Chromium preflight", () => {
  it("uses CHROMIUM_PATH when set, Debian's /usr/bin/chromium otherwise", () => {
    expect(chromiumPath({})).toBe("/usr/bin/chromium");
    expect(chromiumPath({ CHROMIUM_PATH: "/opt/chromium/chrome" })).toBe("/opt/chromium/chrome");
  });

  it("names the missing executable and the command that installs it", () => {
    const problem = checkChromium({ CHROMIUM_PATH: "/nonexistent/chromium" });
    expect(problem).toContain("/nonexistent/chromium");
    expect(problem).toContain("apt-get install -y chromium");
  });

  it("passes when the executable exists", () => {
    expect(checkChromium({ CHROMIUM_PATH: process.execPath })).toBeNull();
  });
});
