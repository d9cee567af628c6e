import crypto from "node:crypto";
import { proposeArticleFields } from "@/lib/extraction/article";

/**
 * The text an article is recognised by: Unicode-normalised, quotes and dashes unified,
 * whitespace collapsed, case folded. Two pastes of the same article that differ only in
 * those respects get the same fingerprint.
 */
export function normaliseForFingerprint(body: string): string {
  return body
    .normalize("NFKC")
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u00B4`]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/[\u00A0\u2000-\u200B\u202F\u205F\u3000\uFEFF]/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}

export function fingerprintArticleBody(body: string): string {
  return crypto.createHash("sha256").update(normaliseForFingerprint(body)).digest("hex");
}

/**
 * The fingerprint of an article as pasted: page furniture (counters, share buttons, date
 * lines above the text) is dropped first, so a raw page paste and a clean copy of the same
 * article are recognised as one.
 */
export function fingerprintArticle(body: string): string {
  const withoutFurniture = proposeArticleFields(body).body;
  return fingerprintArticleBody(withoutFurniture.trim() ? withoutFurniture : body);
}
