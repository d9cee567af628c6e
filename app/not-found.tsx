import Link from "next/link";

export default function NotFound() {
  return (
    <div className="space-y-3 py-12 text-center">
      <h1 className="text-2xl font-semibold">Not found</h1>
      <p className="text-slate-600">There is no country, actor or page at this address.</p>
      <Link href="/" className="text-slate-900 underline">
        Back to the matrix
      </Link>
    </div>
  );
}
