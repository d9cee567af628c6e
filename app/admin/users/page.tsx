import type { Metadata } from "next";
import { AdminNav } from "@/components/admin-nav";
import { AdminNewUserForm } from "@/components/admin-new-user-form";
import { AdminUserTable } from "@/components/admin-user-table";
import { getUsers } from "@/lib/auth/get-users";
import { requirePageUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Users", robots: { index: false } };

export default async function AdminUsersPage() {
  const admin = await requirePageUser("admin", "/admin/users");
  const users = await getUsers();
  return (
    <div className="space-y-4">
      <AdminNav current="/admin/users" />
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Users</h1>
        <p className="text-sm text-slate-600">
          Editors add and review articles; admins also manage users and read the audit log. Disabling a user signs them
          out everywhere at once. Every change here is recorded in the audit log.
        </p>
      </div>
      <AdminUserTable users={users} currentUserId={admin.id} />
      <AdminNewUserForm />
    </div>
  );
}
