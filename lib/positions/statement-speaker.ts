/**
 * Who made a statement: the gazetteer's name when the speaker was linked to an entry, else the
 * name as the article wrote it. Every query that shows a speaker selects these fields and reads
 * them with `speakerOf`, so that rule is written once.
 */
export const SPEAKER_SELECT = { speakerName: true, speaker: { select: { name: true } } } as const;

export function speakerOf(statement: { speakerName: string | null; speaker: { name: string } | null }): string | null {
  return statement.speaker?.name ?? statement.speakerName;
}
