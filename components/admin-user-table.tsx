import { AdminUserStatusForm } from "@/components/admin-user-status-form";
import type { UserListEntry } from "@/lib/auth/get-users";
import { TableHead } from "./table-head";

const dateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export function AdminUserTable({ users, currentUserId }: { users: UserListEntry[]; currentUserId: string }) {
  if (users.length === 0) return <p className="text-sm text-slate-600">No users yet.</p>;
  return (
    <table className="w-full border-collapse text-sm">
      <caption className="sr-only">Users</caption>
      <TableHead
        columns={[
          "Name",
          "Email",
          "Role",
          "Status",
          "Last sign-in (UTC)",
          <span key="actions" className="sr-only">
            Actions
          </span>,
        ]}
      />
      <tbody>
        {users.map((user) => (
          <tr key={user.id} data-testid={`user-row-${user.email}`} className="border-b border-slate-100 align-middle">
            <td className="py-2 pr-3">{user.name}</td>
            <td className="py-2 pr-3 font-mono text-xs">{user.email}</td>
            <td className="py-2 pr-3">{user.role}</td>
            <td className="py-2 pr-3">
              {user.isDisabled ? (
                <span
                  className="rounded bg-rose-100 px-2 py-0.5 text-rose-800"
                  title={user.disabledReason ?? undefined}
                >
                  Disabled
                </span>
              ) : (
                <span className="rounded bg-emerald-100 px-2 py-0.5 text-emerald-800">Active</span>
              )}
            </td>
            <td className="py-2 pr-3 text-slate-600">{user.lastSignInAt ? dateTime.format(user.lastSignInAt) : "—"}</td>
            <td className="py-2">
              {user.id === currentUserId ? (
                <span className="text-slate-500">You</span>
              ) : (
                <AdminUserStatusForm userId={user.id} email={user.email} isDisabled={user.isDisabled} />
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
