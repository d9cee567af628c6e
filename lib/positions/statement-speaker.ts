/**
 * Who made a statement: the gazetteer's name when the speaker was linked to an entry, else the
 * name as the article wrote it. Every query that shows a speaker selects both (as
 * `"gazetteerName"` and `"speakerName"`) and reads them with `speakerOf`, so that rule is written once.
 */
export function speakerOf(row: Record<string, unknown>): string | null {
  const gazetteerName = row.gazetteerName;
  if (typeof gazetteerName === "string") return gazetteerName;
  return typeof row.speakerName === "string" ? row.speakerName : null;
}
