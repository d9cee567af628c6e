import { describe, expect, it } from "vitest";
import { accountLimitKey, ipLimitKey, SIGN_IN_FAILURES_PER_ACCOUNT, SIGN_IN_PER_IP } from "./sign-in-limits";

describe("sign-in limits", () => {
  it("keep account locks no longer than the per-IP window, which better-auth prunes by", () => {
    expect(SIGN_IN_FAILURES_PER_ACCOUNT.window).toBeLessThanOrEqual(SIGN_IN_PER_IP.window);
  });

  it("lock an account well before the per-IP limit is reached", () => {
    expect(SIGN_IN_FAILURES_PER_ACCOUNT.max).toBeLessThan(SIGN_IN_PER_IP.max);
  });

  it("count an email in any letter case as one account", () => {
    expect(accountLimitKey(" Editor@Example.org ")).toBe(accountLimitKey("editor@example.org"));
  });

  it("use better-auth's key for an address and path", () => {
    expect(ipLimitKey("10.0.0.1")).toBe("10.0.0.1|/sign-in/email");
  });
});
