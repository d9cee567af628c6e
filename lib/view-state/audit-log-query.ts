/** The audit log's URL state: `?page=2&entityType=user`. A garbled value falls back to the default. */
export interface AuditLogQuery {
  page: number;
  entityType: string | null;
}

export const AUDIT_LOG_PAGE_SIZE = 50;

type SearchParams = Record<string, string | string[] | undefined>;

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export function parseAuditLogQuery(params: SearchParams): AuditLogQuery {
  const pageText = first(params.page);
  const page = pageText && /^\d{1,6}$/.test(pageText) ? Math.max(1, Number(pageText)) : 1;
  const entityText = first(params.entityType)?.trim();
  const entityType = entityText && /^[a-z][a-zA-Z0-9_-]{0,39}$/.test(entityText) ? entityText : null;
  return { page, entityType };
}

/** The link to another page or filter of the log, keeping the rest of the query. */
export function auditLogHref(query: AuditLogQuery): string {
  const params = new URLSearchParams();
  if (query.entityType) params.set("entityType", query.entityType);
  if (query.page > 1) params.set("page", String(query.page));
  const search = params.toString();
  return search ? `/admin/audit?${search}` : "/admin/audit";
}
