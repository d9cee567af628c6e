/** The commitment lexicon's "training" family: the phrases that name this commitment type. */
import { compilePattern as g } from "../../pattern";
import type { TypePattern } from "../commitment-types";

export const TRAINING_PATTERNS: readonly TypePattern[] = [
  // training
  {
    type: "training",
    id: "training/training-ukrainian-forces",
    phenomenon: "training Ukrainian forces",
    examples: [
      "train Ukrainian pilots",
      "training of Ukrainian troops",
      "training a “Ukrainian legion”",
      "and train specialists",
      "trained tank crews",
      "has trained 12,500 Ukrainian soldiers",
      "keep instructing Ukrainian soldiers",
      "will drill Ukrainian recruits",
      "coaching Ukrainian sailors",
      "taught Ukrainian pilots",
      "instructing 300 more soldiers",
    ],
    counterExamples: [
      "train tickets to Lviv",
      "trains to Kharkiv",
      "drill for oil",
      "drilling for gas in Ukrainian waters",
      "teaching Ukrainian to refugees",
    ],
    re: g(
      "\\btrain(?:s|ed|ing)?\\b(?:\\s+(?:of\\s+)?(?:\\d[\\d,.]*\\d|[\\w'’-]+)){0,3}?\\s+[\"“]?(?:Ukrainian|Ukraine's|troops|soldiers|forces|military|personnel|brigades?|army|pilots|recruits|servicemen|specialists|crews|technicians|sailors|cadets)\\b|\\b(?:instruct(?:s|ed|ing)?|drill(?:s|ed|ing)?|coach(?:es|ed|ing)?|teach(?:es|ing)?|taught)\\s+(?:(?:\\d[\\d,.]*|more|new|the|further|their|its)\\s+){0,2}(?:(?:Ukrainian|Ukraine['’]s)\\s+(?:[\\w-]+\\s+)?)?(?:troops|soldiers|forces|personnel|brigades?|pilots|recruits|servicemen|specialists|crews|technicians|sailors|cadets|officers|units)\\b",
    ),
    keys: ["train", "instruct", "drill", "coach", "teach", "taught"],
    weight: 1,
  },
  // the trainees as the subject of a passive: "Ukrainian pilots will be trained in Romania"
  {
    type: "training",
    id: "training/ukrainian-forces-being-trained",
    phenomenon: "Ukrainian forces being trained",
    examples: ["Ukrainian pilots will be trained", "Ukraine's soldiers are being trained"],
    counterExamples: ["Ukrainian troops attacked", "Ukrainian pilots trained in the past"],
    re: g(
      "\\b(?:Ukrainian|Ukraine's|Ukraine’s)\\s+(?:[\\w-]+\\s+)?(?:troops|soldiers|pilots|forces|servicemen|recruits|personnel|brigades?|crews|sailors)\\s+(?:\\w+\\s+){0,2}?(?:be|being)\\s+trained\\b",
    ),
    keys: ["trained"],
    weight: 1,
  },
  {
    type: "training",
    id: "training/a-training-mission-or-effort",
    phenomenon: "a training mission or effort",
    examples: ["training mission", "training efforts", "training programmes"],
    counterExamples: ["training day"],
    re: g("\\btraining (?:mission|programmes?|programs?|centres?|centers?|efforts?|support|assistance|courses?)\\b"),
    keys: ["training"],
    weight: 1,
  },
  // training named as one of the things given: "weapons and training", "support and training to Kyiv"
  {
    type: "training",
    id: "training/training-named-as-something-given",
    phenomenon: "training named as something given",
    examples: [
      "weapons and training",
      "training to Ukraine",
      "support and training",
      "weapons, ammunition, and training",
      "jets, spare parts, training, maintenance",
      "simulators, training and repairs",
      "radars, training, repairs",
    ],
    counterExamples: ["in training today", "weapons, training exercises and drills"],
    re: g(
      "\\b(?:support|aid|assistance|equipment|weapons|advice|arms|supplies|ammunition|munitions|intelligence|funding|financing),? and (?:military )?training\\b(?!\\s+(?:exercises?|drills?|grounds?)\\b)|\\btraining (?:to|for) (?:Ukrain\\w*|Kyiv|Kiev)\\b|\\b(?:[a-z-]{3,}s|support|aid|assistance|equipment|advice|ammunition|intelligence|funding|maintenance),\\s+(?:military\\s+)?training(?=\\s*(?:,|and\\b))",
    ),
    keys: ["training"],
    weight: 1,
  },
  {
    type: "training",
    id: "training/instructors",
    phenomenon: "instructors",
    examples: ["military instructors", "trainers", "military instruction", "combat instruction"],
    counterExamples: ["instructions", "instruction in French"],
    re: g("\\b(?:military )?(?:instructors|trainers)\\b|\\b(?:military|combat|tactical|weapons|flight) instruction\\b"),
    keys: ["instructor", "trainer", "instruction"],
    weight: 1,
  },
  {
    type: "training",
    id: "training/helping-with-training",
    phenomenon: "helping with training",
    examples: ["contribute to the training", "assist in training", "help with training"],
    counterExamples: ["contribute to the trainee fund"],
    re: g("\\b(?:contribut|help|assist|support|particip)\\w* (?:(?:to|in|with) )?(?:the )?training\\b"),
    keys: ["training"],
    weight: 1,
  },
  // Phenomenon: exercising together with Ukraine's forces ("joint exercises with Ukrainian
  // units", "drills alongside Ukraine's army"): training them. Not exercises of one's own.
  {
    type: "training",
    id: "training/exercises-with-ukrainian-forces",
    phenomenon: "joint exercises or drills with Ukraine's forces",
    examples: [
      "hold joint exercises with Ukrainian units",
      "drills alongside Ukraine's army",
      "joint military exercises with Ukraine",
    ],
    counterExamples: ["exercises with Polish units", "Russia held drills near Ukraine"],
    re: g(
      "\\b(?:exercises|drills|manoeuvres|maneuvers)\\s+(?:with|alongside|together with)\\s+(?:the\\s+)?(?:Ukraine\\b|Ukrainian\\s+\\w+|Ukraine['’]s\\s+\\w+)",
    ),
    keys: ["exercises", "drills", "manoeuvres", "maneuvers"],
    weight: 0.9,
  },
  // Phenomenon: Ukraine's forces received for training ("host Ukrainian pilots at its air bases
  // for training", "welcome Ukrainian recruits for basic training"): the trainees named first,
  // the training after them.
  {
    type: "training",
    id: "training/ukrainian-forces-received-for-training",
    phenomenon: "Ukraine's forces hosted or received for training",
    examples: ["host Ukrainian pilots at its air bases for training", "welcome Ukrainian recruits for basic training"],
    counterExamples: ["Ukrainian pilots flew for hours", "Ukrainian troops returned from training"],
    re: g(
      "\\b(?:Ukrainian|Ukraine['’]s)\\s+(?:[\\w-]+\\s+)?(?:troops|soldiers|pilots|forces|servicemen|recruits|personnel|brigades?|crews|sailors|cadets|officers)\\b[^.;]{0,50}?\\bfor\\s+(?:[\\w-]+\\s+)?training\\b",
    ),
    keys: ["training"],
    weight: 0.9,
  },
];
