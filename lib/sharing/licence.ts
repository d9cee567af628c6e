import { toIsoDay } from "@/lib/dates/iso-day";
import { absoluteUrl } from "./site-url";

/**
 * The terms the tracker's data is published under, said once for the Data Package, the API
 * document, the feeds and the citations.
 */
export const DATA_LICENSE = {
  name: "CC-BY-4.0",
  title: "Creative Commons Attribution 4.0",
  path: "https://creativecommons.org/licenses/by/4.0/",
} as const;

export const DATA_PUBLISHER = "Security Guarantees Tracker";

export function dataCitation(accessed: Date): string {
  return `${DATA_PUBLISHER} (${accessed.getUTCFullYear()}). Security guarantees for Ukraine: commitments by country and type [data set]. ${absoluteUrl("/")} (accessed ${toIsoDay(accessed)}).`;
}
