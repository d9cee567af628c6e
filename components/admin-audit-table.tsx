import type { AuditLogEntry } from "@/lib/queries/get-audit-log";
import { TableHead } from "./table-head";

const dateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "medium", timeZone: "UTC" });

function Snapshot({ label, value }: { label: string; value: unknown }) {
  if (value === null || value === undefined) return null;
  return (
    <div>
      <div className="text-xs font-medium text-slate-500">{label}</div>
      <pre className="max-h-48 max-w-md overflow-auto whitespace-pre-wrap break-words rounded bg-slate-50 p-2 font-mono text-xs">
        {typeof value === "string" ? value : JSON.stringify(value, null, 2)}
      </pre>
    </div>
  );
}

export function AdminAuditTable({ entries }: { entries: AuditLogEntry[] }) {
  if (entries.length === 0) return <p className="text-sm text-slate-600">No events.</p>;
  return (
    <table className="w-full border-collapse text-sm">
      <caption className="sr-only">Audit events, newest first</caption>
      <TableHead columns={["When (UTC)", "Who", "Action", "Entity", "Change", "Note"]} />
      <tbody>
        {entries.map((entry) => (
          <tr key={entry.id} data-testid="audit-row" className="border-b border-slate-100 align-top">
            <td className="py-2 pr-3 whitespace-nowrap">
              <time dateTime={entry.at.toISOString()}>{dateTime.format(entry.at)}</time>
            </td>
            <td className="py-2 pr-3">
              {entry.actor ? (
                <span title={entry.actor.email}>
                  {entry.actor.name}
                  <span className="block font-mono text-xs text-slate-500">{entry.actor.email}</span>
                </span>
              ) : (
                <span className="text-slate-500">command line or system</span>
              )}
            </td>
            <td className="py-2 pr-3 font-mono text-xs">{entry.action}</td>
            <td className="py-2 pr-3">
              {entry.entityType}
              <span className="block font-mono text-xs text-slate-500">{entry.entityId}</span>
            </td>
            <td className="space-y-1 py-2 pr-3">
              <Snapshot label="Before" value={entry.before} />
              <Snapshot label="After" value={entry.after} />
            </td>
            <td className="py-2">{entry.note ?? <span className="text-slate-400">—</span>}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
