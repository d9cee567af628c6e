import type { Metadata } from "next";
import { IngestForm } from "@/components/ingest-form";
import { requirePageUser } from "@/lib/auth/session";
import { todayIsoDay } from "@/lib/dates/iso-day";

export const metadata: Metadata = { title: "Add an article", alternates: { canonical: "/ingest" } };

export default async function IngestPage() {
  await requirePageUser("editor", "/ingest");
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Add an article</h1>
        <p className="text-sm text-slate-600">
          Paste a news article. The tracker proposes who committed to what, and you review every proposal before
          anything is published. You can also paste a whole page as copied from the browser into the text box alone:
          title, outlet and date are then proposed from it.
        </p>
      </div>
      <IngestForm today={todayIsoDay()} />
    </div>
  );
}
