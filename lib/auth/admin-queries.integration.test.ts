import crypto from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { AUDIT_LOG_PAGE_SIZE } from "@/lib/view-state/audit-log-query";
import { getAuditLog } from "@/lib/queries/get-audit-log";
import { resetContent } from "@/lib/test/reset-content";
import { getUsers } from "./get-users";
import { createUserAccount, setUserDisabled } from "./users";

beforeEach(resetContent);

async function makeUser(role: "editor" | "admin") {
  const token = crypto.randomUUID().slice(0, 8);
  return createUserAccount(
    { email: `${role}-${token}@example.org`, name: `Q ${role} ${token}`, role, password: "a long enough passphrase" },
    { actorId: null },
  );
}

describe("getUsers", () => {
  it("lists each user with role and status", async () => {
    const admin = await makeUser("admin");
    const editor = await makeUser("editor");
    await setUserDisabled({ userId: editor.id, disabled: true, note: "on leave" }, { actorId: admin.id });
    const users = await getUsers();
    expect(users.find((user) => user.id === editor.id)).toMatchObject({
      role: "editor",
      isDisabled: true,
      disabledReason: "on leave",
    });
    expect(users.find((user) => user.id === admin.id)).toMatchObject({
      role: "admin",
      isDisabled: false,
      disabledReason: null,
    });
  });
});

describe("getAuditLog", () => {
  it("shows events newest first, with who did them", async () => {
    const admin = await makeUser("admin");
    const editor = await makeUser("editor");
    await setUserDisabled({ userId: editor.id, disabled: true }, { actorId: admin.id });
    const log = await getAuditLog({ page: 1, entityType: null });
    expect(log.entries.map((entry) => entry.action)).toEqual(["user.disable", "user.create", "user.create"]);
    expect(log.entries[0]).toMatchObject({
      actor: { id: admin.id, email: admin.email },
      entityType: "user",
      entityId: editor.id,
      before: { disabled: false },
      after: { disabled: true },
    });
    expect(log.entries[1]!.actor).toBeNull();
  });

  it("pages and filters by entity type", async () => {
    const db = getDb();
    const base = Date.UTC(2026, 0, 1);
    await db.auditEvent.createMany({
      data: Array.from({ length: AUDIT_LOG_PAGE_SIZE + 5 }, (_, index) => ({
        at: new Date(base + index * 1000),
        action: index % 5 === 0 ? "article.retract" : "commitment.correct",
        entityType: index % 5 === 0 ? "article" : "commitment",
        entityId: `e${index}`,
      })),
    });
    const first = await getAuditLog({ page: 1, entityType: null });
    const second = await getAuditLog({ page: 2, entityType: null });
    expect(first.total).toBe(AUDIT_LOG_PAGE_SIZE + 5);
    expect(first.pageCount).toBe(2);
    expect(first.entries).toHaveLength(AUDIT_LOG_PAGE_SIZE);
    expect(first.entries[0]!.entityId).toBe(`e${AUDIT_LOG_PAGE_SIZE + 4}`);
    expect(second.entries.map((entry) => entry.entityId)).toEqual(["e4", "e3", "e2", "e1", "e0"]);
    expect(first.entityTypes).toEqual([
      { entityType: "article", count: 11 },
      { entityType: "commitment", count: 44 },
    ]);

    const articles = await getAuditLog({ page: 1, entityType: "article" });
    expect(articles.total).toBe(11);
    expect(articles.entries.every((entry) => entry.entityType === "article")).toBe(true);
    // A page past the end shows the last page rather than nothing.
    expect((await getAuditLog({ page: 99, entityType: "article" })).page).toBe(1);
  });
});
