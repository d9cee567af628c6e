import type { Metadata } from "next";
import Link from "next/link";
import { AdminAuditTable } from "@/components/admin-audit-table";
import { AdminNav } from "@/components/admin-nav";
import { requirePageUser } from "@/lib/auth/session";
import { auditLogHref, parseAuditLogQuery } from "@/lib/view-state/audit-log-query";
import { getAuditLog } from "@/lib/queries/get-audit-log";

export const metadata: Metadata = { title: "Audit log", robots: { index: false } };

export default async function AdminAuditPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const query = parseAuditLogQuery(await searchParams);
  await requirePageUser("admin", auditLogHref(query));
  const log = await getAuditLog(query);
  const filters = [
    { entityType: null, label: "All", count: null },
    ...log.entityTypes.map((t) => ({ entityType: t.entityType, label: t.entityType, count: t.count })),
  ];
  return (
    <div className="space-y-4">
      <AdminNav current="/admin/audit" />
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Audit log</h1>
        <p className="text-sm text-slate-600">
          Every change to users, articles and commitments: who, when, what before and after, and why. Newest first.
        </p>
      </div>
      <nav aria-label="Filter by entity" className="flex flex-wrap gap-2 text-sm">
        {filters.map((filter) => {
          const isCurrent = filter.entityType === log.entityType;
          return (
            <Link
              key={filter.label}
              href={auditLogHref({ page: 1, entityType: filter.entityType })}
              aria-current={isCurrent ? "page" : undefined}
              className="rounded border border-slate-300 px-2 py-1 hover:bg-slate-100 aria-[current=page]:border-slate-900 aria-[current=page]:bg-slate-900 aria-[current=page]:text-white"
            >
              {filter.label}
              {filter.count !== null ? <span className="ml-1 opacity-70">({filter.count})</span> : null}
            </Link>
          );
        })}
      </nav>
      <AdminAuditTable entries={log.entries} />
      <nav aria-label="Pages" className="flex items-center gap-3 text-sm">
        {log.page > 1 ? (
          <Link
            href={auditLogHref({ page: log.page - 1, entityType: log.entityType })}
            rel="prev"
            className="underline"
          >
            Newer
          </Link>
        ) : null}
        <span className="text-slate-600">
          Page {log.page} of {log.pageCount} · {log.total} event{log.total === 1 ? "" : "s"}
        </span>
        {log.page < log.pageCount ? (
          <Link
            href={auditLogHref({ page: log.page + 1, entityType: log.entityType })}
            rel="next"
            className="underline"
          >
            Older
          </Link>
        ) : null}
      </nav>
    </div>
  );
}
