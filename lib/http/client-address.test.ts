import { describe, expect, it } from "vitest";
import { normaliseAddress, parseTrustedProxies, resolveClientAddress } from "./client-address.mjs";

const none = parseTrustedProxies("");
const direct = { socketAddress: "203.0.113.7", socketEncrypted: false, forwardedProto: undefined };
const viaProxy = { ...direct, socketAddress: "10.0.0.2" };

describe("the client address", () => {
  it("is the socket's when no proxy is trusted, whatever the client writes in X-Forwarded-For", () => {
    for (const trusted of ["", "0", undefined]) {
      for (const forwardedFor of ["198.51.100.1", "1.1.1.1, 2.2.2.2", "x".repeat(5000), undefined]) {
        expect(resolveClientAddress({ ...direct, forwardedFor, trustedProxies: parseTrustedProxies(trusted) })).toEqual(
          { address: "203.0.113.7", protocol: "http", viaTrustedProxy: false },
        );
      }
    }
  });

  it("is the socket's for a client that reaches the port directly, even with proxies trusted", () => {
    const trustedProxies = parseTrustedProxies("10.0.0.0/8, 127.0.0.1");
    for (const forwardedFor of ["198.51.100.1", "10.0.0.2, 198.51.100.1", "127.0.0.1"]) {
      const resolved = resolveClientAddress({ ...direct, forwardedFor, forwardedProto: "https", trustedProxies });
      expect(resolved).toEqual({ address: "203.0.113.7", protocol: "http", viaTrustedProxy: false });
    }
  });

  it("is the last address before the trusted proxies, never one the client prepended", () => {
    const trustedProxies = parseTrustedProxies("10.0.0.0/8");
    const chain = "6.6.6.6, 198.51.100.1, 10.0.0.3";
    // The proxy at 10.0.0.2 received it from the proxy at 10.0.0.3, which received it from the client.
    expect(resolveClientAddress({ ...viaProxy, forwardedFor: chain, trustedProxies }).address).toBe("198.51.100.1");
    expect(
      resolveClientAddress({ ...viaProxy, forwardedFor: ["6.6.6.6", "198.51.100.1"], trustedProxies }).address,
    ).toBe("198.51.100.1");
    expect(
      resolveClientAddress({
        ...viaProxy,
        forwardedFor: "198.51.100.1",
        trustedProxies: parseTrustedProxies("10.0.0.2"),
      }).address,
    ).toBe("198.51.100.1");
  });

  it("stops at an entry that is not an address, and is the proxy itself without a header", () => {
    const trustedProxies = parseTrustedProxies("10.0.0.0/8");
    expect(resolveClientAddress({ ...viaProxy, forwardedFor: "not-an-ip", trustedProxies }).address).toBe("10.0.0.2");
    expect(resolveClientAddress({ ...viaProxy, forwardedFor: "1.2.3.4, junk", trustedProxies }).address).toBe(
      "10.0.0.2",
    );
    expect(resolveClientAddress({ ...viaProxy, forwardedFor: undefined, trustedProxies }).address).toBe("10.0.0.2");
  });

  it("is HTTPS from an encrypted socket, or from a trusted proxy's X-Forwarded-Proto only", () => {
    const trustedProxies = parseTrustedProxies("10.0.0.0/8");
    expect(
      resolveClientAddress({ ...direct, socketEncrypted: true, forwardedFor: undefined, trustedProxies: none })
        .protocol,
    ).toBe("https");
    expect(
      resolveClientAddress({ ...direct, forwardedProto: "https", forwardedFor: "1.2.3.4", trustedProxies }).protocol,
    ).toBe("http");
    expect(
      resolveClientAddress({ ...viaProxy, forwardedProto: "https", forwardedFor: "1.2.3.4", trustedProxies }).protocol,
    ).toBe("https");
  });

  it("normalises IPv4-mapped and bracketed IPv6 addresses and refuses the rest", () => {
    expect(normaliseAddress("::ffff:127.0.0.1")).toBe("127.0.0.1");
    expect(normaliseAddress("[2001:DB8::1]")).toBe("2001:db8::1");
    expect(normaliseAddress("127.0.0.1:8080")).toBeNull();
    expect(normaliseAddress("1".repeat(100))).toBeNull();
  });
});

describe("TRUSTED_PROXIES", () => {
  it("names addresses and CIDR ranges of either family, and `loopback`", () => {
    const trusted = parseTrustedProxies("192.0.2.10 10.0.0.0/8,2001:db8::/32 loopback");
    for (const address of ["192.0.2.10", "10.255.0.1", "2001:db8::5", "127.0.0.1", "::1", "::ffff:10.1.1.1"]) {
      expect(trusted.isTrusted(address), address).toBe(true);
    }
    for (const address of ["192.0.2.11", "11.0.0.1", "2001:db9::1", "203.0.113.7", "garbage"]) {
      expect(trusted.isTrusted(address), address).toBe(false);
    }
  });

  it("refuses the count form, saying what to write instead, and anything that is not an address", () => {
    expect(() => parseTrustedProxies("1")).toThrow(/names their addresses.*TRUSTED_PROXIES=127\.0\.0\.1/);
    for (const value of ["10.0.0.0/33", "proxy.internal", "10.0.0.0/8/1", "::1/129", "1.2.3.4/x"]) {
      expect(() => parseTrustedProxies(value), value).toThrow(/TRUSTED_PROXIES/);
    }
  });
});
