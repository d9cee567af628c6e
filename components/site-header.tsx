import Link from "next/link";
import { signOutAction } from "@/lib/auth/actions";
import { getSessionUser } from "@/lib/auth/session";

/** A link that stays out of sight until it has the keyboard's focus. */
export const SKIP_LINK_CLASS =
  "sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-sm focus:font-medium focus:text-slate-900 focus:shadow-lg focus:outline-2 focus:outline-blue-600";

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
      <a href="#main" className={SKIP_LINK_CLASS}>
        Skip to content
      </a>
      {/* Everything wraps: at 320 px (or 400% zoom) the name and the links take two or three lines, never a sideways scroll. */}
      <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3">
        <Link href="/" className="font-semibold tracking-tight text-slate-900 dark:text-slate-100">
          Security Guarantees Tracker
        </Link>
        <nav
          aria-label="Main"
          className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm text-slate-700 dark:text-slate-300"
        >
          {links.map((link) => (
            <Link key={link.href} href={link.href} className="py-1 hover:text-slate-900 dark:hover:text-white">
              {link.label}
            </Link>
          ))}
          {user ? (
            <form action={signOutAction} className="flex items-center gap-2">
              <span className="hidden text-slate-600 sm:inline dark:text-slate-300" title={user.email}>
                {user.name}
              </span>
              <button
                type="submit"
                className="rounded border border-slate-300 px-2 py-1 hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
              >
                Sign out
              </button>
            </form>
          ) : (
            <Link href="/sign-in" className="py-1 hover:text-slate-900 dark:hover:text-white">
              Sign in
            </Link>
          )}
        </nav>
      </div>
    </header>
  );
}
