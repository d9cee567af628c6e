import { redirect } from "next/navigation";
import { requirePageUser } from "@/lib/auth/session";

export default async function AdminPage() {
  await requirePageUser("admin", "/admin");
  redirect("/admin/users");
}
