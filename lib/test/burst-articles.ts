import type { CommitmentType, Stance } from "@/lib/domain/taxonomy";
import type { PublishArticleInput } from "@/lib/ingest/publish-article";
import { toPublishPosition } from "@/lib/ingest/publish-position";

/**
 * The articles of a publish burst (lib/test/publish-burst.ts) and the shape each must have when
 * stored: article `index` has 1 to 3 statements, each stating two commitments, so that a
 * publish cut short would show as an article missing statements or commitments.
 */
const COUNTRIES = ["NO", "SE", "FI", "NL", "BE", "PL", "EE", "LV"] as const;
const PAIRS: [CommitmentType, Stance, CommitmentType, Stance][] = [
  ["training", "committed", "arms", "committed"],
  ["air", "considering", "maritime", "supports"],
  ["funding", "committed", "logistics", "conditional"],
  ["intelligence", "supports", "monitoring", "considering"],
];

export function burstTitle(token: string, index: number): string {
  return `Burst ${token} ${index}`;
}

/** The index an article of the burst was made from, read back from its title. */
export function burstIndexOf(token: string, title: string): number | null {
  const match = new RegExp(`^Burst ${token} (\\d+)$`).exec(title);
  return match ? Number(match[1]) : null;
}

export function burstStatementCount(index: number): number {
  return 1 + (index % 3);
}

export function burstArticle(token: string, index: number): PublishArticleInput {
  const statedOn = new Date(Date.UTC(2026, 0, 1 + (index % 28)));
  const sentences = Array.from({ length: burstStatementCount(index) }, (_, n) => {
    const country = COUNTRIES[(index + n) % COUNTRIES.length]!;
    const pair = PAIRS[(index + n) % PAIRS.length]!;
    return {
      country,
      pair,
      text: `Item ${n} of dispatch ${index}: the ${country} cabinet set out its plans (${token}).`,
    };
  });
  const body = `${sentences.map((sentence) => sentence.text).join("\n\n")}\n\nFiled under ${token}-${index}.\n`;
  let offset = 0;
  const positions = sentences.flatMap(({ country, pair, text }) => {
    const start = body.indexOf(text, offset);
    offset = start + text.length;
    const shared = { country, condition: null, speaker: null, start, end: start + text.length, statedOn };
    const extra = { confidence: 0.9, cues: ["set out"], reviewState: "accepted" as const };
    return [
      toPublishPosition({ ...shared, ...extra, commitment: pair[0], stance: pair[1] }),
      toPublishPosition({ ...shared, ...extra, commitment: pair[2], stance: pair[3] }),
    ];
  });
  return {
    title: burstTitle(token, index),
    outlet: "Burst Wire",
    url: null,
    publishedOn: statedOn,
    body,
    actorId: null,
    positions,
  };
}
