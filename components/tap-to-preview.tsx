"use client";

import { useEffect } from "react";
import { matrixCellOf } from "./matrix-cell";

/**
 * On touch screens there is no hover: the first tap on a matrix cell shows its quote card
 * (by focusing the cell), the second opens the evidence. One listener for the whole table.
 */
export function TapToPreview({ tableTestId }: { tableTestId: string }) {
  useEffect(() => {
    const table = document.querySelector(`[data-testid="${tableTestId}"]`);
    if (!table) return;
    const onClick = (event: Event) => {
      if (!window.matchMedia("(hover: none)").matches) return;
      const cell = matrixCellOf(event.target);
      if (!cell || cell.dataset.previewed === "1") return;
      event.preventDefault();
      table.querySelectorAll<HTMLElement>("a[data-previewed]").forEach((other) => delete other.dataset.previewed);
      cell.dataset.previewed = "1";
      cell.focus();
    };
    table.addEventListener("click", onClick, true);
    return () => table.removeEventListener("click", onClick, true);
  }, [tableTestId]);
  return null;
}
