"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { formatDay, parseIsoDay } from "@/lib/dates/iso-day";
import { isCommitmentType } from "@/lib/domain/taxonomy";
import { serializeCellPreviewParams } from "@/lib/view-state/view-params";
import { matrixCellKey, matrixCellOf } from "./matrix-cell";
import { quoteSentence } from "@/lib/text/quote";

/** What /api/cell-preview answers for one cell. */
interface CellQuote {
  statedOn: string;
  quote: string;
  speaker: string | null;
  outlet: string;
  condition: string | null;
}

const TOOLTIP_ID = "cell-preview";
const CARD_WIDTH_PX = 288;

/** Where the card goes: just below the cell, kept inside the viewport's width. */
function placeBelow(cell: Element): { top: number; left: number } {
  const rect = cell.getBoundingClientRect();
  return { top: rect.bottom + 4, left: Math.max(8, Math.min(rect.left, window.innerWidth - CARD_WIDTH_PX - 8)) };
}

/**
 * The quote card of the matrix cell under the pointer or focus (a tap focuses a cell first,
 * see TapToPreview). The page carries no quotes: the card asks /api/cell-preview for the one
 * cell it shows and remembers the answer. One card and one set of listeners for the whole
 * table; the focused or hovered cell points at the card with aria-describedby.
 */
export function CellPreview({
  tableTestId,
  asOf,
  pinnedAt = null,
}: {
  tableTestId: string;
  asOf: string;
  /** A cited view's `v` (ISO instant): its cards show the quotes as recorded then. */
  pinnedAt?: string | null;
}) {
  const [open, setOpen] = useState<{ key: string; top: number; left: number } | null>(null);
  const [quotes, setQuotes] = useState<Record<string, CellQuote | "unavailable">>({});
  const requested = useRef(new Set<string>());
  const current = useRef<HTMLAnchorElement | null>(null);

  const hide = useCallback(() => {
    current.current?.removeAttribute("aria-describedby");
    current.current = null;
    setOpen(null);
  }, []);

  const show = useCallback(
    (cell: HTMLAnchorElement) => {
      const key = matrixCellKey(cell);
      if (!key) return;
      if (current.current && current.current !== cell) current.current.removeAttribute("aria-describedby");
      current.current = cell;
      cell.setAttribute("aria-describedby", TOOLTIP_ID);
      setOpen({ key, ...placeBelow(cell) });
      if (requested.current.has(key)) return;
      requested.current.add(key);
      const [country = "", type = ""] = key.split(":");
      const query = serializeCellPreviewParams({
        country,
        type: isCommitmentType(type) ? type : null,
        at: asOf,
        v: pinnedAt ? new Date(pinnedAt) : null,
      });
      fetch(`/api/cell-preview${query}`)
        .then(async (response) => (response.ok ? ((await response.json()) as CellQuote) : "unavailable"))
        .catch(() => "unavailable" as const)
        .then((answer) => setQuotes((known) => ({ ...known, [key]: answer })));
    },
    [asOf, pinnedAt],
  );

  useEffect(() => {
    const table = document.querySelector<HTMLElement>(`[data-testid="${tableTestId}"]`);
    if (!table) return;
    const onOver = (event: Event) => {
      const cell = matrixCellOf(event.target);
      if (cell) show(cell);
    };
    const onOut = (event: MouseEvent) => {
      const cell = matrixCellOf(event.target);
      if (!cell || cell.contains(event.relatedTarget as Node | null)) return;
      if (document.activeElement !== cell) hide();
    };
    const onFocusOut = (event: FocusEvent) => {
      if (matrixCellOf(event.target) === current.current) hide();
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape") hide();
    };
    table.addEventListener("mouseover", onOver);
    table.addEventListener("focusin", onOver);
    table.addEventListener("mouseout", onOut);
    table.addEventListener("focusout", onFocusOut);
    document.addEventListener("keydown", onKey);
    // The card is fixed to the viewport: when the page or the table scrolls, it follows its cell.
    const follow = () => {
      const cell = current.current;
      const key = cell ? matrixCellKey(cell) : null;
      if (!cell || !key) return;
      setOpen((shown) => (shown?.key === key ? { key, ...placeBelow(cell) } : shown));
    };
    const scroller = table.parentElement;
    scroller?.addEventListener("scroll", follow, { passive: true });
    window.addEventListener("scroll", follow, { passive: true });
    return () => {
      table.removeEventListener("mouseover", onOver);
      table.removeEventListener("focusin", onOver);
      table.removeEventListener("mouseout", onOut);
      table.removeEventListener("focusout", onFocusOut);
      document.removeEventListener("keydown", onKey);
      scroller?.removeEventListener("scroll", follow);
      window.removeEventListener("scroll", follow);
    };
  }, [tableTestId, show, hide]);

  if (!open) return null;
  const quote = quotes[open.key];
  const day = quote && quote !== "unavailable" ? parseIsoDay(quote.statedOn) : null;
  return (
    <div
      role="tooltip"
      id={TOOLTIP_ID}
      data-cell-preview={open.key}
      style={{ top: open.top, left: open.left, width: CARD_WIDTH_PX }}
      className="pointer-events-none fixed z-30 rounded border border-slate-300 bg-white p-2 text-xs text-slate-800 shadow-lg dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100"
    >
      {quote === undefined ? (
        "Loading the quote…"
      ) : quote === "unavailable" ? (
        "The quote could not be loaded; open the cell for its evidence."
      ) : (
        <>
          {quoteSentence(quote.quote)}
          <span className="mt-1 block text-slate-600 dark:text-slate-300">
            {quote.speaker ? `${quote.speaker}, ` : ""}
            {quote.outlet}
            {day ? `, ${formatDay(day)}` : ""}
            {quote.condition ? ` · condition: ${quote.condition}` : ""}
          </span>
        </>
      )}
    </div>
  );
}
