import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { AppError } from "@/lib/errors/app-error";
import { authorizeUser, hasRole, isRole, safeNextPath, type SessionUser } from "./roles";

const editor: SessionUser = { id: "u1", email: "e@example.org", name: "E", role: "editor" };
const admin: SessionUser = { id: "u2", email: "a@example.org", name: "A", role: "admin" };

describe("roles", () => {
  it("an admin has every right of an editor, not the other way round", () => {
    expect(hasRole("admin", "editor")).toBe(true);
    expect(hasRole("admin", "admin")).toBe(true);
    expect(hasRole("editor", "editor")).toBe(true);
    expect(hasRole("editor", "admin")).toBe(false);
  });

  it("knows only editor and admin", () => {
    expect(isRole("editor")).toBe(true);
    expect(isRole("admin")).toBe(true);
    expect(isRole("user")).toBe(false);
    expect(isRole(undefined)).toBe(false);
  });
});

describe("authorizeUser", () => {
  it("refuses a signed-out request with 401", () => {
    const error = (() => {
      try {
        authorizeUser(null);
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("UNAUTHENTICATED");
    expect((error as AppError).httpStatus).toBe(401);
  });

  it("refuses an editor on admin work with 403", () => {
    expect(() => authorizeUser(editor, "admin")).toThrow(
      expect.objectContaining({ code: "FORBIDDEN", httpStatus: 403 }),
    );
  });

  it("lets an editor do editor work and an admin do both", () => {
    expect(authorizeUser(editor)).toBe(editor);
    expect(authorizeUser(admin, "editor")).toBe(admin);
    expect(authorizeUser(admin, "admin")).toBe(admin);
  });
});

describe("safeNextPath", () => {
  it("keeps a path on this site, with its query", () => {
    expect(safeNextPath("/ingest")).toBe("/ingest");
    expect(safeNextPath("/admin/audit?page=2&entityType=user")).toBe("/admin/audit?page=2&entityType=user");
  });

  it("drops anything that could leave the site", () => {
    for (const next of [
      "https://evil.example",
      "//evil.example/x",
      "/\\evil.example",
      "javascript:alert(1)",
      "evil",
      "/\t/evil.example",
    ]) {
      expect(safeNextPath(next)).toBe("/");
    }
  });

  it("drops paths whose dot segments resolve to another host", () => {
    for (const next of [
      "/.//evil.example",
      "/..//evil.example",
      "/a/..//evil.example",
      "/%2e//evil.example",
      "/%2E%2E//x",
    ]) {
      expect(safeNextPath(next), next).toBe("/");
    }
  });

  it("never returns anything a browser would read as another host, whatever it is given", () => {
    const pieces = ["/", "//", ".", "..", "%2e", "%2E", "\\", "evil.example", "a", "?", "#", "@", ":", "%2f", "\t"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => {
        const result = safeNextPath(parts.join(""));
        expect(result.startsWith("/")).toBe(true);
        expect(result.startsWith("//") || result.startsWith("/\\")).toBe(false);
        expect(new URL(result, "https://tracker.example").origin).toBe("https://tracker.example");
      }),
      { numRuns: 2000 },
    );
  });

  it("falls back for a missing value or a loop back to sign-in", () => {
    expect(safeNextPath(undefined)).toBe("/");
    expect(safeNextPath(["/a", "/b"])).toBe("/");
    expect(safeNextPath("/sign-in?next=/x")).toBe("/");
    expect(safeNextPath("", "/ingest")).toBe("/ingest");
  });
});
