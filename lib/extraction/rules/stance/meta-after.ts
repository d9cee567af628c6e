import type { RegisteredPattern } from "../../pattern";

// "going to speculate", "ready to discuss": talk about a commitment is not one.
// "ready to consider": the consideration, not the readiness, is the stance.
// "would be willing to consider", "would possibly send", "would not be averse to": a hedge after the modal is the stance.
export const META_AFTER: RegisteredPattern = {
  id: "stance/meta-after",
  phenomenon: "talk about a commitment, or a hedge after the modal, is not the commitment",
  re: /^\s*(?:(?:to|be|also|now|still|first|ready|willing|prepared|happy|able|not)\s+){0,3}(?:\w+\s+)?(?:averse|premature|too early|too soon|speculat|comment|talk|discuss|say|reveal|disclos|elaborat|go into|negotiat|debat|consider|examin|study|explor|look at|look into|assess|possibl|potentially|(?:host|hold|attend|chair|convene|join|organi[sz]e)\w*\s+(?:a\s+|the\s+|an\s+)?(?:\w+\s+)?(?:meeting|summit|talks|conference|call|session))\w*/iu,
  examples: [
    "to discuss",
    " be willing to consider",
    " to host a summit",
    " not be averse to sending",
    " be premature to talk",
  ],
  counterExamples: ["to send troops", " deploy ships", " provide early-warning data"],
};
