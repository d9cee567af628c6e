import { describe, expect, it } from "vitest";
import { normaliseAddress, resolveClientAddress } from "./client-address.mjs";

const direct = { socketAddress: "203.0.113.7", socketEncrypted: false, forwardedProto: undefined };

describe("the client address", () => {
  it("is the socket's when no proxy is trusted, whatever the client writes in X-Forwarded-For", () => {
    for (const forwardedFor of ["198.51.100.1", "1.1.1.1, 2.2.2.2", "x".repeat(5000), undefined]) {
      expect(resolveClientAddress({ ...direct, forwardedFor, trustedProxies: 0 })).toEqual({
        address: "203.0.113.7",
        protocol: "http",
      });
    }
  });

  it("is the entry the outermost trusted proxy added, never one the client prepended", () => {
    const chain = "6.6.6.6, 198.51.100.1, 10.0.0.2";
    expect(resolveClientAddress({ ...direct, forwardedFor: chain, trustedProxies: 1 }).address).toBe("10.0.0.2");
    expect(resolveClientAddress({ ...direct, forwardedFor: chain, trustedProxies: 2 }).address).toBe("198.51.100.1");
    expect(
      resolveClientAddress({ ...direct, forwardedFor: ["6.6.6.6", "198.51.100.1"], trustedProxies: 1 }).address,
    ).toBe("198.51.100.1");
  });

  it("falls back to the socket when the chain is shorter than the proxies or not an address", () => {
    expect(resolveClientAddress({ ...direct, forwardedFor: "198.51.100.1", trustedProxies: 2 }).address).toBe(
      "203.0.113.7",
    );
    expect(resolveClientAddress({ ...direct, forwardedFor: "not-an-ip", trustedProxies: 1 }).address).toBe(
      "203.0.113.7",
    );
  });

  it("is HTTPS from an encrypted socket, or from the trusted proxy's X-Forwarded-Proto only", () => {
    expect(
      resolveClientAddress({ ...direct, socketEncrypted: true, forwardedFor: undefined, trustedProxies: 0 }).protocol,
    ).toBe("https");
    expect(
      resolveClientAddress({ ...direct, forwardedProto: "https", forwardedFor: undefined, trustedProxies: 0 }).protocol,
    ).toBe("http");
    expect(
      resolveClientAddress({ ...direct, forwardedProto: "https", forwardedFor: "1.2.3.4", trustedProxies: 1 }).protocol,
    ).toBe("https");
  });

  it("normalises IPv4-mapped and bracketed IPv6 addresses and refuses the rest", () => {
    expect(normaliseAddress("::ffff:127.0.0.1")).toBe("127.0.0.1");
    expect(normaliseAddress("[2001:DB8::1]")).toBe("2001:db8::1");
    expect(normaliseAddress("127.0.0.1:8080")).toBeNull();
    expect(normaliseAddress("1".repeat(100))).toBeNull();
  });
});
