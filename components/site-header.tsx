import Link from "next/link";
import { signOutAction } from "@/lib/auth/actions";
import { getSessionUser } from "@/lib/auth/session";

export async function SiteHeader() {
  const user = await getSessionUser();
  const links = [
    { href: "/", label: "Matrix" },
    { href: "/search", label: "Search" },
    { href: "/about", label: "About" },
    { href: "/corrections", label: "Corrections" },
    ...(user ? [{ href: "/ingest", label: "Ingest" }] : []),
    ...(user?.role === "admin" ? [{ href: "/admin/users", label: "Admin" }] : []),
  ];
  return (
    // Hidden inside embeds (/embed/*), which other sites frame: the marker comes from app/embed/layout.tsx.
    <header className="border-b border-slate-200 bg-white dark:border-slate-700 dark:bg-slate-900 [body:has([data-embed])_&]:hidden">
      <div className="mx-auto flex max-w-7xl items-center justify-between px-4 py-3">
        <Link href="/" className="font-semibold tracking-tight text-slate-900 dark:text-slate-100">
          Security Guarantees Tracker
        </Link>
        <nav aria-label="Main" className="flex items-center gap-4 text-sm text-slate-600 dark:text-slate-300">
          {links.map((link) => (
            <Link key={link.href} href={link.href} className="hover:text-slate-900 dark:hover:text-white">
              {link.label}
            </Link>
          ))}
          {user ? (
            <form action={signOutAction} className="flex items-center gap-2">
              <span className="hidden text-slate-500 sm:inline" title={user.email}>
                {user.name}
              </span>
              <button type="submit" className="rounded border border-slate-300 px-2 py-1 hover:bg-slate-100">
                Sign out
              </button>
            </form>
          ) : (
            <Link href="/sign-in" className="hover:text-slate-900 dark:hover:text-white">
              Sign in
            </Link>
          )}
        </nav>
      </div>
    </header>
  );
}
