import { describe, expect, it } from "vitest";
import {
  accountAddressLimitKey,
  ipLimitKey,
  SIGN_IN_ATTEMPTS_PER_ACCOUNT_AND_ADDRESS,
  SIGN_IN_PER_IP,
} from "./sign-in-limits";

describe("sign-in limits", () => {
  it("keep account back-offs no longer than the per-IP window, which better-auth prunes by", () => {
    expect(SIGN_IN_ATTEMPTS_PER_ACCOUNT_AND_ADDRESS.window).toBeLessThanOrEqual(SIGN_IN_PER_IP.window);
  });

  it("slow one account's guesses well before the per-IP limit is reached", () => {
    expect(SIGN_IN_ATTEMPTS_PER_ACCOUNT_AND_ADDRESS.max).toBeLessThan(SIGN_IN_PER_IP.max);
  });

  it("count an email in any letter case as one account, per client address", () => {
    expect(accountAddressLimitKey(" Editor@Example.org ", "10.0.0.1")).toBe(
      accountAddressLimitKey("editor@example.org", "10.0.0.1"),
    );
    expect(accountAddressLimitKey("editor@example.org", "10.0.0.2")).not.toBe(
      accountAddressLimitKey("editor@example.org", "10.0.0.1"),
    );
  });

  it("keep keys of one short length whatever was typed as the email", () => {
    const huge = accountAddressLimitKey(`${"a".repeat(5_000_000)}@example.org`, "10.0.0.1");
    expect(huge.length).toBe(accountAddressLimitKey("a@example.org", "10.0.0.1").length);
    expect(huge.length).toBeLessThan(64);
  });

  it("use better-auth's key for an address and path", () => {
    expect(ipLimitKey("10.0.0.1")).toBe("10.0.0.1|/sign-in/email");
  });
});
