import { toIsoDay } from "@/lib/dates/iso-day";
import { DATA_LICENSE, DATA_PUBLISHER } from "./licence";

/**
 * The Citation File Format (https://citation-file-format.github.io/, version 1.2.0) of the
 * data set: what reference managers, GitHub's "Cite this repository" and Zenodo read. The
 * Data Package carries one for its own version and day; the repository root carries the one
 * without a version (tested to be this function's output).
 */
export const DATA_SET_TITLE = "Security Guarantees Tracker: who commits to which security guarantee for Ukraine";

export const DATA_SET_ABSTRACT =
  "Every published statement on security guarantees for Ukraine, the commitments editors accepted from them, and the positions derived from those, with corrections and retractions kept.";

const KEYWORDS = ["Ukraine", "security guarantees", "international relations", "open data"];

/** YAML's double-quoted scalar: JSON's string syntax is a subset of it. */
const quoted = (value: string) => JSON.stringify(value);

export function citationCff(release?: { version: string; released: Date; url?: string }): string {
  const lines = [
    "cff-version: 1.2.0",
    `message: ${quoted("If you use this data set, please cite it as below.")}`,
    "type: dataset",
    `title: ${quoted(DATA_SET_TITLE)}`,
    "authors:",
    `  - name: ${quoted(DATA_PUBLISHER)}`,
    `abstract: ${quoted(DATA_SET_ABSTRACT)}`,
    `license: ${DATA_LICENSE.name}`,
    "keywords:",
    ...KEYWORDS.map((keyword) => `  - ${quoted(keyword)}`),
  ];
  if (release) {
    lines.push(`version: ${quoted(release.version)}`, `date-released: ${quoted(toIsoDay(release.released))}`);
    if (release.url) lines.push(`url: ${quoted(release.url)}`);
  }
  return `${lines.join("\n")}\n`;
}
