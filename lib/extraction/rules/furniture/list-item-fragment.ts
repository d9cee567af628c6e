import type { RegisteredPattern } from "../../pattern";

/**
 * Phenomenon: the items of a list that goes on from a lead-in ending on a colon are fragments
 * of its sentence ("The two countries will:" / "• deploy troops after a ceasefire;" / "• set up
 * hubs"; "The Netherlands pledged:" / "– two minehunters for the Black Sea"): an item that opens
 * in lower case, on a number or a currency is read with its lead-in before it. An item that
 * opens on a capital is a sentence of its own ("- Finland will train soldiers."), one that opens
 * on a question word is a question ("Questions remain:" / "• whether Germany will send troops").
 */
export const LIST_ITEM_FRAGMENT: RegisteredPattern = {
  id: "furniture/list-item-fragment",
  phenomenon: "a list item that goes on from its lead-in",
  re: /^(?!(?:whether|if|who|whom|whose|what|when|where|why|how|which)\b)[\p{Ll}\d€$£]/u,
  examples: [
    "deploy troops to Ukraine after a ceasefire;",
    "two minehunters",
    "200 million euros of aid",
    "€50 million",
  ],
  counterExamples: [
    "Finland will train Ukrainian soldiers.",
    "The Netherlands pledged",
    "“We will help”",
    "whether Germany will send troops;",
    "who will pay for the force",
  ],
};
