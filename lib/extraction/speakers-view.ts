/**
 * The speaker's country as the one whose view a sentence states, when the sentence's own subject
 * is not the actor: a call on others, a backstop named by its owner, what Ukraine needs.
 */
import type { Stance } from "@/lib/domain/taxonomy";
import type { Speaker } from "./discourse";
import { DEONTIC_CUE } from "./rules/stance/deontic-cue";
import type { Cue } from "./stance";
import type { Actor } from "./subjects";

/** The actor of a view the speaker's country states. */
export const speakersView = (country: string): Actor => ({ country, how: "abstract", mention: null });

/**
 * A named speaker's call ("should", "must not") as the view of the speaker's country: its support,
 * or its opposition when negated; null when the sentence holds no such call.
 */
export function readSpeakersCall(
  cue: Cue,
  speaker: Speaker,
  isSpeakerNamed: boolean,
): { actors: Actor[]; stance: Stance } | null {
  if (!isSpeakerNamed || !speaker.country) return null;
  if (cue.kind !== "support" && cue.kind !== "negate") return null;
  if (!DEONTIC_CUE.re.test(cue.text.trim())) return null;
  return { actors: [speakersView(speaker.country)], stance: cue.kind === "negate" ? "opposes" : "supports" };
}
