import type { RegisteredPattern } from "../../pattern";

/**
 * Phenomenon: a delivery announced in the passive with no agent ("more air-defence missiles will
 * be delivered to Ukraine in May, the minister said", "said the promised F-16 jets would be
 * handed over before the summer"): what is to be delivered is the speaker's gift, its committed
 * part, not its view of a measure, as a delivery under way is (subjects/delivery-under-way). Read
 * on the text just after the modal cue.
 */
export const PASSIVE_DELIVERY_AFTER_MODAL: RegisteredPattern = {
  id: "subjects/passive-delivery-after-modal",
  phenomenon: "what will be delivered to Ukraine, in the agentless passive, is the speaker's gift",
  re: /^\s+(?:(?:also|soon|now|then|still|first)\s+)?be\s+(?:(?:\w+ly)\s+)?(?:delivered|handed over|shipped|transferred|supplied|donated|sent)\b(?!\s+by\b)/i,
  examples: [" be delivered to Ukraine", " be handed over before the summer", " soon be shipped to Kyiv"],
  counterExamples: [" be deployed to Ukraine", " be delivered by Germany", " deliver jets", " be discussed"],
};
