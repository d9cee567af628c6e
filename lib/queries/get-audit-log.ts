import "server-only";
import { getDb } from "@/lib/db/client";
import { AUDIT_LOG_PAGE_SIZE, type AuditLogQuery } from "@/lib/view-state/audit-log-query";

export interface AuditLogEntry {
  id: string;
  at: Date;
  /** Null for changes made from the command line or by the system. */
  actor: { id: string; name: string; email: string } | null;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
  note: string | null;
}

export interface AuditLogPage {
  entries: AuditLogEntry[];
  page: number;
  pageCount: number;
  total: number;
  entityType: string | null;
  /** Every entity type in the log with its number of events, for the filter. */
  entityTypes: { entityType: string; count: number }[];
}

function parseSnapshot(json: string | null): unknown {
  if (json === null) return null;
  try {
    return JSON.parse(json);
  } catch {
    return json;
  }
}

/** One page of the audit log, newest first, optionally of one entity type. */
export async function getAuditLog({ page, entityType }: AuditLogQuery): Promise<AuditLogPage> {
  const db = getDb();
  const where = entityType ? { entityType } : {};
  const [total, groups] = await Promise.all([
    db.auditEvent.count({ where }),
    db.auditEvent.groupBy({ by: ["entityType"], _count: { _all: true }, orderBy: { entityType: "asc" } }),
  ]);
  const pageCount = Math.max(1, Math.ceil(total / AUDIT_LOG_PAGE_SIZE));
  const current = Math.min(page, pageCount);
  const events = await db.auditEvent.findMany({
    where,
    // `id` breaks ties between events of the same instant, so pages never overlap.
    orderBy: [{ at: "desc" }, { id: "desc" }],
    skip: (current - 1) * AUDIT_LOG_PAGE_SIZE,
    take: AUDIT_LOG_PAGE_SIZE,
    select: {
      id: true,
      at: true,
      action: true,
      entityType: true,
      entityId: true,
      before: true,
      after: true,
      note: true,
      actor: { select: { id: true, name: true, email: true } },
    },
  });
  return {
    entries: events.map((event) => ({
      ...event,
      before: parseSnapshot(event.before),
      after: parseSnapshot(event.after),
    })),
    page: current,
    pageCount,
    total,
    entityType,
    entityTypes: groups.map((group) => ({ entityType: group.entityType, count: group._count._all })),
  };
}
