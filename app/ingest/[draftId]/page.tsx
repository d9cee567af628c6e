import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { ReviewPartNavigation } from "@/components/review-part-navigation";
import { ReviewWorkspace } from "@/components/review-workspace";
import { requirePageUser } from "@/lib/auth/session";
import { splitSentences } from "@/lib/extraction";
import { getDraftReviewState, getIngestDraft } from "@/lib/queries/get-ingest-draft";
import { COUNTRIES } from "@/lib/reference/countries";
import { parseReviewPart, selectReviewPart } from "@/lib/view-state/review-part";

export const metadata: Metadata = { title: "Review proposals" };

const COUNTRY_OPTIONS = [...COUNTRIES]
  .sort((a, b) => Number(b.isActor) - Number(a.isActor) || a.name.localeCompare(b.name, "en"))
  .map((country) => ({ code: country.code, name: country.name }));

export default async function ReviewDraftPage({
  params,
  searchParams,
}: {
  params: Promise<{ draftId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ draftId }, search] = await Promise.all([params, searchParams]);
  const { existing } = search;
  await requirePageUser("editor", `/ingest/${draftId}`);
  const [draft, reviewState] = await Promise.all([getIngestDraft(draftId), getDraftReviewState(draftId)]);
  if (!draft || !reviewState) notFound();
  if (draft.status === "published" && draft.articleId) redirect(`/articles/${draft.articleId}?duplicate=1`);
  const firstUndecided = reviewState.positions.find((position) => position.decision === "pending") ?? null;
  const shown = selectReviewPart(
    splitSentences(draft.body).map(({ start, end }) => ({ start, end })),
    draft.body.length,
    parseReviewPart(search),
    firstUndecided,
  );
  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Review: {draft.title}</h1>
        <p className="text-sm text-slate-700">
          {draft.outlet} · {draft.published}
          {draft.url ? (
            <>
              {" "}
              ·{" "}
              <a href={draft.url} className="underline" rel="noopener noreferrer" target="_blank">
                source
              </a>
            </>
          ) : null}
        </p>
        {existing ? (
          <p
            className="mt-2 rounded border border-sky-300 bg-sky-50 p-2 text-sm text-sky-900"
            data-testid="existing-draft"
          >
            This article was already pasted and is waiting for review: you are on its review page.
          </p>
        ) : null}
      </div>
      <ReviewWorkspace
        draftId={draft.id}
        body={draft.body}
        published={draft.published}
        sentences={shown.sentences}
        textStart={shown.textStart}
        textEnd={shown.textEnd}
        partNavigation={<ReviewPartNavigation draftId={draft.id} shown={shown} />}
        initialState={reviewState}
        countries={COUNTRY_OPTIONS}
      />
    </div>
  );
}
