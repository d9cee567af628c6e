import Link from "next/link";

export function SiteHeader() {
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-7xl items-center justify-between px-4 py-3">
        <Link href="/" className="font-semibold tracking-tight text-slate-900">
          Security Guarantees Tracker
        </Link>
        <nav aria-label="Main" className="flex gap-4 text-sm text-slate-600">
          <Link href="/" className="hover:text-slate-900">
            Matrix
          </Link>
        </nav>
      </div>
    </header>
  );
}
