import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, createNonce, isEmbeddableRoute, pageSecurityHeaders } from "./security-headers";

const page = { nonce: "bm9uY2U=", pathname: "/admin/users", isHttps: false, isDevelopment: false };

describe("security headers", () => {
  it("refuse framing everywhere but the embed routes", () => {
    expect(contentSecurityPolicy(page)).toContain("frame-ancestors 'none'");
    expect(pageSecurityHeaders(page)["X-Frame-Options"]).toBe("DENY");
    for (const pathname of ["/embed/matrix", "/embed"]) {
      expect(isEmbeddableRoute(pathname)).toBe(true);
      expect(contentSecurityPolicy({ ...page, pathname })).toContain("frame-ancestors *");
      expect(pageSecurityHeaders({ ...page, pathname })["X-Frame-Options"]).toBeUndefined();
    }
    for (const pathname of ["/embedded", "/admin/embed/x", "/"]) expect(isEmbeddableRoute(pathname)).toBe(false);
  });

  it("allow scripts only from this site with this response's nonce, and eval only in development", () => {
    const policy = contentSecurityPolicy(page);
    expect(policy).toContain("script-src 'self' 'nonce-bm9uY2U=' 'strict-dynamic'");
    expect(policy).not.toContain("unsafe-eval");
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(contentSecurityPolicy({ ...page, isDevelopment: true })).toContain("'unsafe-eval'");
  });

  it("send HSTS and upgrade requests only over HTTPS", () => {
    expect(pageSecurityHeaders(page)["Strict-Transport-Security"]).toBeUndefined();
    expect(contentSecurityPolicy(page)).not.toContain("upgrade-insecure-requests");
    const https = pageSecurityHeaders({ ...page, isHttps: true });
    expect(https["Strict-Transport-Security"]).toMatch(/^max-age=\d{8}/);
    expect(https["Content-Security-Policy"]).toContain("upgrade-insecure-requests");
  });

  it("always send nosniff, a referrer policy and a permissions policy", () => {
    const headers = pageSecurityHeaders(page);
    expect(headers["X-Content-Type-Options"]).toBe("nosniff");
    expect(headers["Referrer-Policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["Permissions-Policy"]).toContain("camera=()");
  });

  it("make a fresh nonce each time", () => {
    const nonces = new Set(Array.from({ length: 50 }, createNonce));
    expect(nonces.size).toBe(50);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});
