import { describe, expect, it } from "vitest";
import { auditLogHref, parseAuditLogQuery } from "./audit-log-query";

describe("the audit log's URL state", () => {
  it("reads page and entity type", () => {
    expect(parseAuditLogQuery({ page: "3", entityType: "user" })).toEqual({ page: 3, entityType: "user" });
  });

  it("falls back to the first page of everything for garbled values", () => {
    expect(parseAuditLogQuery({ page: "-2", entityType: "<script>" })).toEqual({ page: 1, entityType: null });
    expect(parseAuditLogQuery({ page: "abc" })).toEqual({ page: 1, entityType: null });
    expect(parseAuditLogQuery({ page: "0" })).toEqual({ page: 1, entityType: null });
    expect(parseAuditLogQuery({ page: ["2", "5"], entityType: ["article", "user"] })).toEqual({
      page: 2,
      entityType: "article",
    });
  });

  it("builds links that round-trip and leave defaults out", () => {
    expect(auditLogHref({ page: 1, entityType: null })).toBe("/admin/audit");
    expect(auditLogHref({ page: 2, entityType: "user" })).toBe("/admin/audit?entityType=user&page=2");
    const href = auditLogHref({ page: 4, entityType: "commitment" });
    expect(parseAuditLogQuery(Object.fromEntries(new URL(href, "http://x").searchParams))).toEqual({
      page: 4,
      entityType: "commitment",
    });
  });
});
