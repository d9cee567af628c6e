import type { RegisteredPattern } from "../../pattern";

/**
 * Phenomenon: the fragment after a country's label opens on its own verb or modal ("Hungary:
 * opposes any Western troops", "Austria: could send observers", "Croatia: will not deploy
 * soldiers"): the label is its subject as it stands, with no verb put in.
 */
export const LABEL_VERB: RegisteredPattern = {
  id: "furniture/label-verb",
  phenomenon: "a labelled fragment that opens on its own verb",
  re: /^(?:will|would|could|can|may|might|must|should|shall|is|are|was|were|has|have|had|does|did|won[’']t|plans?|planned|intends?|offer(?:s|ed)?|pledge[sd]?|promise[sd]?|oppose[sd]?|reject(?:s|ed)?|rule[sd]?|back(?:s|ed)|support(?:s|ed)|favou?r(?:s|ed)|wants?|wanted|says|said|consider(?:s|ed)|refuse[sd]?|sends?|sent|provide[sd]?|contribute[sd]?|commit(?:s|ted)|agree[sd]?|decline[sd]?|propose[sd]?|welcome[sd]?|insist(?:s|ed)|expects?|hopes?|sees?|stands?|keeps?|remains?)\b/i,
  examples: ["opposes any Western troops", "could send observers", "will not deploy soldiers", "rules out troops"],
  counterExamples: ["up to 200 soldiers", "two frigates", "open to sending observers", "no troops", "sending troops"],
};
