// How the matrix's client pieces (CellPreview, TapToPreview) find a cell and name it. A cell
// link does not carry its own key: its row says the country and its column the type, once,
// which keeps the full matrix's markup small (the attribute on each of its 2,750 links was a
// sixth of the compressed page).

/** The links of the matrix cells (MatrixGrid gives them this class). */
const MATRIX_CELL_SELECTOR = "a.matrix-cell";

/** The cell link an event happened in, if any. */
export function matrixCellOf(target: EventTarget | null): HTMLAnchorElement | null {
  return target instanceof Element ? target.closest<HTMLAnchorElement>(MATRIX_CELL_SELECTOR) : null;
}

/** `CODE:type` of a cell link, from its row's `data-country` and its column's `data-type`. */
export function matrixCellKey(cell: Element): string | null {
  const code = cell.closest<HTMLElement>("tr[data-country]")?.dataset.country;
  const type = cell.closest<HTMLElement>("td[data-type]")?.dataset.type;
  return code && type ? `${code}:${type}` : null;
}
