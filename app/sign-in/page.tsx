import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthSignInForm } from "@/components/auth-sign-in-form";
import { safeNextPath } from "@/lib/auth/roles";
import { getSessionUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Sign in", robots: { index: false }, alternates: { canonical: "/sign-in" } };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { next } = await searchParams;
  const nextPath = safeNextPath(next);
  if (await getSessionUser()) redirect(nextPath);
  return (
    <div className="mx-auto max-w-sm space-y-4 py-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Sign in</h1>
        <p className="text-sm text-slate-600">For editors and admins. Reading the tracker needs no account.</p>
      </div>
      <AuthSignInForm next={nextPath} />
    </div>
  );
}
