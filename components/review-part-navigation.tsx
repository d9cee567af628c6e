import Link from "next/link";
import { type ReviewPart, reviewPartHref } from "@/lib/view-state/review-part";

/** Where the part shown sits in a long article, with links to the parts before and after it. */
export function ReviewPartNavigation({
  draftId,
  shown,
}: {
  draftId: string;
  shown: Pick<ReviewPart<{ start: number; end: number }>, "part" | "partCount" | "firstIndex" | "sentences">;
}) {
  if (shown.partCount <= 1) return null;
  const first = shown.firstIndex + 1;
  const last = shown.firstIndex + shown.sentences.length;
  return (
    <nav aria-label="Parts of the article" className="my-2 flex items-center gap-3 text-xs text-slate-700">
      {shown.part > 1 ? (
        <Link href={reviewPartHref(draftId, shown.part - 1)} className="underline" rel="prev">
          Previous part
        </Link>
      ) : null}
      <span data-testid="article-part">
        Part {shown.part} of {shown.partCount}: sentences {first.toLocaleString("en")}–{last.toLocaleString("en")}
      </span>
      {shown.part < shown.partCount ? (
        <Link href={reviewPartHref(draftId, shown.part + 1)} className="underline" rel="next">
          Next part
        </Link>
      ) : null}
    </nav>
  );
}
