import Link from "next/link";
import { COMMITMENT_TYPE_INFO } from "@/lib/domain/taxonomy";
import { formatDay } from "@/lib/dates/iso-day";
import type { MatrixRow } from "@/lib/queries/get-matrix-at";
import { StanceMark } from "./stance-mark";
import { quoteSentence } from "@/lib/text/quote";

/** A country's standing positions as a cited view showed them, each with its quoted evidence. */
export function PinnedCountryPositions({ row, types }: { row: MatrixRow | undefined; types: readonly string[] }) {
  const entries = types.flatMap((type) => {
    const cell = row?.cells[type as keyof MatrixRow["cells"]];
    return cell ? [{ type: type as keyof typeof COMMITMENT_TYPE_INFO, cell }] : [];
  });
  if (entries.length === 0) {
    return (
      <p className="rounded border border-dashed border-slate-300 p-6 text-slate-600 dark:border-slate-600 dark:text-slate-300">
        No recorded positions then.
      </p>
    );
  }
  return (
    <ul className="space-y-4" data-testid="pinned-positions">
      {entries.map(({ type, cell }) => (
        <li
          key={type}
          id={type}
          data-type={type}
          className="rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-700 dark:bg-slate-900"
        >
          <div className="flex flex-wrap items-center gap-2">
            <h2 className="font-medium">{COMMITMENT_TYPE_INFO[type].label}</h2>
            <StanceMark stance={cell.stance} showLabel />
            {cell.condition ? (
              <span className="text-sm text-slate-600 dark:text-slate-300">condition: {cell.condition}</span>
            ) : null}
          </div>
          <blockquote className="mt-3 border-l-2 border-slate-300 pl-3 dark:border-slate-600">
            <Link href={`/statements/${cell.statementId}`} className="underline-offset-2 hover:underline">
              {quoteSentence(cell.sentence)}
            </Link>
          </blockquote>
          <p className="mt-1 text-xs text-slate-600 dark:text-slate-300">
            {[cell.speaker, cell.outlet, formatDay(cell.statedOn)].filter(Boolean).join(", ")} ·{" "}
            <a href={`/articles/${cell.articleId}#statement-${cell.statementId}`} className="underline">
              {cell.articleTitle}
            </a>
          </p>
        </li>
      ))}
    </ul>
  );
}
