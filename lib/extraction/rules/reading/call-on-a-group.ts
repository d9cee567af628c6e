import type { Stance } from "@/lib/domain/taxonomy";
import type { Speaker } from "../../discourse";
import type { ReadingRule } from "../../reading-rule";
import type { Cue } from "../../stance";
import type { Actor } from "../../subjects";
import { readSpeakersCall } from "../../speakers-view";

/** A subject that is a group of countries, none named: "Europe", "European countries", "the allies". */
const GROUP_SUBJECT =
  /^\W*(?:the\s+)?(?:Europe|Europeans|(?:European|Western|NATO) (?:countries|nations|allies|partners|states|governments|members)|the West|allies|partners|the international community)\s*$/i;

/**
 * What a named speaker says a group of countries should or must not do ("Europe should take over
 * the air defence of Ukraine's skies, the Swedish prime minister said", "the allies must not send
 * troops, Lavrov said"): the group names no country, so the call is the speaker's country's view
 * of the measure, its support, or its opposition when negated (as a call on another country).
 */
export const CALL_ON_A_GROUP: ReadingRule<
  { cue: Cue; before: string; speaker: Speaker; isSpeakerNamed: boolean },
  { actors: Actor[]; stance: Stance } | null
> = {
  id: "reading/call-on-a-group",
  phenomenon: "a speaker's call on a group of countries is the speaker's support or opposition",
  examples: [
    {
      body: "Europe should provide air defence over Ukraine after a ceasefire, the Danish prime minister said.",
      reads: "DK air supports",
    },
    { body: "Sergei Lavrov said European countries must not send troops to Ukraine.", reads: "RU troops opposes" },
  ],
  counterExamples: [
    { body: "Europe should provide air defence over Ukraine after a ceasefire.", readsNot: "DK air" },
    { body: "Europe will provide air defence over Ukraine, the Danish prime minister said.", readsNot: "DK air" },
  ],
  read: ({ cue, before, speaker, isSpeakerNamed }) =>
    GROUP_SUBJECT.test(before) ? readSpeakersCall(cue, speaker, isSpeakerNamed) : null,
};
