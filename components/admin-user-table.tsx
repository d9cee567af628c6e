import { AdminUserStatusForm } from "@/components/admin-user-status-form";
import type { UserListEntry } from "@/lib/auth/get-users";

const dateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export function AdminUserTable({ users, currentUserId }: { users: UserListEntry[]; currentUserId: string }) {
  if (users.length === 0) return <p className="text-sm text-slate-600">No users yet.</p>;
  return (
    <table className="w-full border-collapse text-sm">
      <caption className="sr-only">Users</caption>
      <thead>
        <tr className="border-b border-slate-200 text-left text-slate-600">
          <th scope="col" className="py-2 pr-3 font-medium">
            Name
          </th>
          <th scope="col" className="py-2 pr-3 font-medium">
            Email
          </th>
          <th scope="col" className="py-2 pr-3 font-medium">
            Role
          </th>
          <th scope="col" className="py-2 pr-3 font-medium">
            Status
          </th>
          <th scope="col" className="py-2 pr-3 font-medium">
            Last sign-in (UTC)
          </th>
          <th scope="col" className="py-2 font-medium">
            <span className="sr-only">Actions</span>
          </th>
        </tr>
      </thead>
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
