/** Reporting frames: who says a sentence, and the hearsay and open questions that are nobody's position. */
import { compilePattern as g, type RegisteredPattern } from "../pattern";

// Reporting frames. "states" after a determiner or a group's name is the noun ("the Baltic
// states, Greece and Austria are ready ...": a list of subjects, not a speaker's frame).
const NOUN_STATES =
  "(?<!\\b(?:these|those|other|both|all|many|several|some|(?:the\\s+)?(?:member|small|neighbou?ring|allied|partner|frontline|Baltic|Nordic|Balkan|Gulf|Arab|African|EU|NATO|European|Western))\\s+)states";
const SAY = `(?:said|says|stated|${NOUN_STATES}|told|tells|added|adds|noted|notes|stressed|stresses|emphasi[sz]ed|emphasi[sz]es|announced|announces|explained|confirmed|believes|believed|indicated|indicates|reiterated|insisted|warned|warns|clarified|argued|argues?|declared|mentioned|acknowledged|wrote|writes|continued|responded|replied|reported|reports|claimed|claims|assured|promised|underlined|underlines|underscored|underscores|signalled|signaled|suggested|highlighted|highlights|recalled|recalls|reminded|revealed|reveals|asserted|asserts|affirmed|reaffirmed|pointed out|points out|observed|maintained|admitted|specified|remarked)`;
/**
 * The words between the reporting verb and its "that" ("said on Monday that", "told reporters in
 * Brussels that"): no modal verb among them, for after "said it will contribute to a fund that"
 * the "that" opens a relative clause inside the statement, not the statement.
 */
const FRAME_GAP = `(?:(?!\\b(?:will|would|shall|can|could|may|might|must|won't|won’t|wouldn't|wouldn’t)\\b)[^"“”]){0,60}?`;
export const LEAD_FRAME_RE = g(`^(.{0,160}?)\\b${SAY}\\b(${FRAME_GAP})\\bthat\\b`);
/**
 * "Starmer said Britain would ...": a lead frame without "that", also after a fronted phrase of
 * time or occasion ("Following the meeting, Macron said 26 allies had ..."), and in the perfect
 * after an apposition ("Sumar, the junior partner in the government, has said it will not ...").
 */
export const LEAD_FRAME_BARE_RE = new RegExp(
  `^((?:(?:[Ff]ollowing|[Aa]fter|[Bb]efore|[Dd]uring|[Aa]t|[Oo]n|[Ss]peaking|[Aa]head of|[Ee]arlier|[Ll]ater|[Mm]eanwhile|[Ss]eparately|[Hh]owever|[Ii]n a statement)\\b[^,"“”]{0,60},\\s*)?[^,"“”]{1,100}?(?:,(?!\\s*(?:which|who|whose)\\b)[^,"“”]{3,90},\\s*)?)\\b(?:(?:has|have|had)\\s+)?(?:said|says|say|stated|added|noted|insisted|stressed|believes|suggested|suggests|told reporters)\\s+(?=(?:(?:the|a|an|any|its|their|this|these|those|such|his|her)\\s+)?[A-Z]|(?:the|a|an|any|its|their|this|these|those|such|we|it|they|he|she|his|her|its)\\b|\\d|(?:most|all|some|several|many|both|each|every|neither|either|two|three|four|five|six|seven|eight|nine|ten|a dozen|dozens|twenty\\S*|thirty\\S*)\\s)`,
);
export const TRAIL_FRAME_RE = g(`(?:,|[.,]?\\s*["”»’])\\s*((?:[^,"“”]{0,90}?\\s)?)${SAY}\\b([^"“”]*)$`);
export const ACCORDING_RE = g("\\baccording to ([^,]{1,80}),");
export const AS_BY_RE = g("\\bas (?:confirmed|reported|stated|said|announced|noted) by ([^,.]{1,80})");
export const QUOTES_AS_RE = g("\\bquot(?:es|ed|ing) ([^,.]{1,60}?) as saying\\b");
export const THIS_WAS_STATED_RE = g(`^(?:this|that|it) was (?:${SAY}|stated|said) by\\b`);
export const ADDING_RE = g(
  ',?\\s*(?:(?:later|also|then)\\s+)?(?:adding(?: that|:)?|(?:clarifying|explaining|insisting|stressing|noting)(?:\\s+[^\\s,"“”]+){0,3}?(?:\\s+that|:))\\s*',
);

/**
 * Hearsay: "after reports emerged that ...", "amid media reports that ...", "a report in the
 * Financial Times that ...": what follows is nobody's position.
 */
export const HEARSAY_RE = g(
  "\\b(?:unconfirmed |media |press |news )?reports?\\s+(?:(?:in|by|from)\\s+(?:the\\s+)?(?:[\\w.'’-]+\\s+){1,4}?(?=that\\b))?(?:(?:have |had )?(?:emerged|surfaced|circulated|suggest(?:ed|s)?|claim(?:ed|s)?|said|say|indicat(?:ed|es?))\\s+(?:that\\b)?|that\\b)[^;]*",
);
/**
 * An open question ("asked whether ...", "did not say whether ...", "pressed on whether ...",
 * "asked if ..."): no stance inside it.
 */
export const QUESTION_RE = g(
  "\\b(?:ask(?:ed|ing)?|press(?:ed|ing)?|say|said|clear|know|known|sure|question|wonder(?:ed|ing)?|unclear|discuss(?:es|ed|ing)?|debat(?:e|es|ed|ing)|speculat(?:e|es|ed|ing))(?<!\\b(?:too early|too soon|premature) to \\w+)\\s+(?:[\\w.]+\\s+){0,3}?whether\\b[^,]*|\\bask(?:ed|ing)?\\s+(?:[\\w.]+\\s+){0,2}?if\\b[^,]*|\\bto (?:know|learn|hear|find out) (?:what|how many|how much|which)\\b[^,]*",
);

/** The reporting-frame family as registered: each pattern with phrases it must and must not match. */
export const REGISTERED_FRAMES: readonly RegisteredPattern[] = [
  {
    id: "frame/lead-frame-with-that",
    phenomenon: "a reporting frame before the statement, joined by that",
    re: LEAD_FRAME_RE,
    examples: [
      "The minister said on Monday that her country would help.",
      "Officials confirmed that a plan exists.",
      "The minister told reporters in Brussels that her country would help.",
    ],
    counterExamples: [
      "The plan that the ministers drafted is long.",
      "Belgium said it will contribute to a fund that finances the army.",
      "The minister said they would join a mission that monitors the truce.",
    ],
  },
  {
    id: "frame/lead-frame-without-that",
    phenomenon: "a reporting frame before the statement without that",
    re: LEAD_FRAME_BARE_RE,
    examples: [
      "The chancellor said Germany would wait.",
      "Our envoy told reporters they were ready.",
      "The president said 26 countries had signed up.",
      "The minister said most allies were ready.",
      "After the summit in Rome, the premier said 20 allies were ready.",
      "Sumar, the junior partner in the coalition government, has said it will not support any deployment.",
    ],
    counterExamples: ["The chancellor said nothing.", "Rome, the envoy said, would wait.", "The envoy said no more."],
  },
  {
    id: "frame/trailing-frame",
    phenomenon: "a reporting frame after the statement",
    re: TRAIL_FRAME_RE,
    examples: ["We will help, the minister said.", '"We are ready," she told reporters'],
    counterExamples: ["The minister said we will help."],
  },
  {
    id: "frame/according-to",
    phenomenon: "according to a source",
    re: ACCORDING_RE,
    examples: ["According to the foreign ministry, the talks went well."],
    counterExamples: ["The talks went well."],
  },
  {
    id: "frame/as-stated-by",
    phenomenon: "as stated or reported by a source",
    re: AS_BY_RE,
    examples: ["as confirmed by the defence ministry", "as reported by the agency"],
    counterExamples: ["as reported earlier"],
  },
  {
    id: "frame/quoted-as-saying",
    phenomenon: "a source quoted as saying",
    re: QUOTES_AS_RE,
    examples: ["The paper quoted the minister as saying"],
    counterExamples: ["The paper quoted a poll."],
  },
  {
    id: "frame/this-was-stated-by",
    phenomenon: "a statement ascribed afterwards: this was said by",
    re: THIS_WAS_STATED_RE,
    examples: ["This was stated by the prime minister.", "It was announced by the ministry on Friday."],
    counterExamples: ["This was a good day.", "The plan was stated by nobody."],
  },
  {
    id: "frame/adding",
    phenomenon: "a second statement joined by adding",
    re: ADDING_RE,
    examples: [", adding that the plan was ready", "adding: we wait", ", later clarifying in a post that"],
    counterExamples: ["an added risk", "clarifying the rules"],
  },
  {
    id: "frame/hearsay",
    phenomenon: "hearsay: reports that emerged",
    re: HEARSAY_RE,
    examples: [
      "after reports emerged that Spain would send ships",
      "amid media reports that the talks stalled",
      "Media reports indicate that Spain has a plan",
      "has not commented on a report in the Financial Times that Washington is pressing Kyiv",
      "denied reports by Bloomberg that Spain would send ships",
    ],
    counterExamples: ["the report on the talks", "she reported to parliament", "a report in the Financial Times on"],
  },
  {
    id: "frame/open-question",
    phenomenon: "an open question: asked whether",
    re: QUESTION_RE,
    examples: [
      "asked whether Italy would send troops",
      "it is unclear whether the plan holds",
      "it is vital to know how many troops Kyiv wants",
      "Pressed on whether Spain would send ships",
      "When asked if Italy would take part",
    ],
    counterExamples: [
      "asked about the plan",
      "whether or not it rains",
      "they know what to send",
      "if asked, Spain will help",
      // "too early to say whether": a hedge of the speaker's own (stance-word/considering-studying-open-to).
      "it is too early to say whether",
    ],
  },
];
