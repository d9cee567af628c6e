import type { Stance } from "@/lib/domain/taxonomy";
import type { Speaker } from "../../discourse";
import type { ReadingRule } from "../../reading-rule";
import type { Cue } from "../../stance";
import type { Actor } from "../../subjects";
import { readSpeakersCall } from "../../speakers-view";

/**
 * What a named speaker says another country should or must not do ("Lavrov said Britain and
 * France must not send troops", "Tusk said Germany should send troops") is the speaker's
 * stance on the measure, not the other country's: its support, or its opposition when the
 * call is negated. The other country has said nothing. A call on one's own country, or one
 * that names the speaker's country among others, stays as read.
 */
export const CALL_ON_ANOTHER_COUNTRY: ReadingRule<
  { cue: Cue; actors: readonly Actor[]; speaker: Speaker; isSpeakerNamed: boolean },
  { actors: Actor[]; stance: Stance } | null
> = {
  id: "reading/call-on-another-country",
  phenomenon: "a speaker's call on another country is the speaker's support or opposition",
  examples: [
    { body: "Sergei Lavrov said Britain and France must not send troops to Ukraine.", reads: "RU troops opposes" },
    { body: "Sergei Lavrov said Britain and France must not send troops to Ukraine.", readsNot: "GB troops" },
    { body: "Donald Tusk said Germany should send troops to Ukraine.", reads: "PL troops supports" },
  ],
  counterExamples: [
    { body: "Donald Tusk said Poland should send troops to Ukraine.", reads: "PL troops supports" },
    { body: "Donald Tusk said Germany will send troops to Ukraine.", reads: "DE troops committed" },
    { body: "Britain should not send troops to Ukraine, Keir Starmer said.", reads: "GB troops ruled_out" },
  ],
  read: ({ cue, actors, speaker, isSpeakerNamed }) => {
    if (actors.length === 0) return null;
    if (actors.some((a) => a.how !== "subject" || a.mention?.kind === "person" || a.country === speaker.country))
      return null;
    return readSpeakersCall(cue, speaker, isSpeakerNamed);
  },
};
