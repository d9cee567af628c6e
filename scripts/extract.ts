/**
 * `npm run --silent extract -- FILE...`: runs the extraction engine on article files (the
 * corpus format, or raw text with no header) and prints one JSON line per file:
 * {"file", "positions": [{country, commitment, stance, speaker, condition, evidence, start,
 * end, confidence, cues}]}. Offsets index the article body (the text after the `---` line,
 * or the whole file for raw text).
 */
import fs from "node:fs";
import { extractPositions, parseArticleFile } from "@/lib/extraction";

const files = process.argv.slice(2).filter((arg) => arg !== "--");
if (files.length === 0) {
  console.error("usage: npm run --silent extract -- FILE...");
  process.exit(2);
}

let failed = false;
for (const file of files) {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (error) {
    console.error(`${file}: ${(error as Error).message}`);
    failed = true;
    continue;
  }
  const positions = extractPositions(parseArticleFile(text)).map((p) => ({
    country: p.country,
    commitment: p.commitment,
    stance: p.stance,
    speaker: p.speaker,
    condition: p.condition,
    evidence: p.evidence,
    start: p.start,
    end: p.end,
    confidence: p.confidence,
    cues: p.cues,
  }));
  process.stdout.write(`${JSON.stringify({ file, positions })}\n`);
}
process.exit(failed ? 1 : 0);
