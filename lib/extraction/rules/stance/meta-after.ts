import type { RegisteredPattern } from "../../pattern";

// "going to speculate", "ready to discuss": talk about a commitment is not one.
// "ready to consider": the consideration, not the readiness, is the stance.
// "would be willing to consider", "would possibly send", "would not be averse to": a hedge after the modal is the stance.
// "will host talks and send frigates": a second predicate after the meeting keeps the modal for itself.
export const META_AFTER: RegisteredPattern = {
  id: "stance/meta-after",
  phenomenon: "talk about a commitment, or a hedge after the modal, is not the commitment",
  re: /^\s*(?:(?:to|be|also|now|still|first|ready|willing|prepared|happy|able|not)\s+){0,3}(?:\w+\s+)?(?:averse|premature|too early|too soon|speculat|comment|talk(?!s\s+(?:and|then)\s+(?:to\s+)?(?:also\s+)?(?!discuss|talk|debat|negotiat|consider|examin|speculat|comment)[a-z]+)|discuss|say|reveal|disclos|elaborat|go into|negotiat|debat|consider|examin|study|explor|look at|look into|assess|possibl|potentially|(?:host|hold|attend|chair|convene|join|organi[sz]e)\w*\s+(?:a\s+|the\s+|an\s+)?(?:\w+\s+)?(?:meeting|summit|talk|conference|call|session)s?\b(?!\s+(?:and|then)\s+(?:to\s+)?(?:also\s+)?(?!discuss|talk|debat|negotiat|consider|examin|speculat|comment)[a-z]+))\w*/iu,
  examples: [
    "to discuss",
    " be willing to consider",
    " to host a summit",
    " not be averse to sending",
    " be premature to talk",
    " host talks and discuss troops",
    " to host talks",
    " include talks with Sweden",
  ],
  counterExamples: [
    "to send troops",
    " deploy ships",
    " provide early-warning data",
    " host talks and send frigates",
    " to host a conference and to help secure",
  ],
};
