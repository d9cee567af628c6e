import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { findCorpusDir, readCorpusFiles } from "./corpus";
import { runsOf, sharedRuns, wordsOf } from "./shared-runs";

const RUN = 9;

describe("shared word runs", () => {
  it("ignores case, punctuation and quote style", () => {
    expect(wordsOf("“Norway’s navy,” he said — twice.")).toEqual(["norway's", "navy", "he", "said", "twice"]);
  });

  it("finds a nine-word run copied with different punctuation", () => {
    const reference = runsOf("The harbour master of Tromso said the ferry will sail at dawn tomorrow.", RUN);
    const copied = "Quote: the harbour-master of Tromso said: the ferry will sail at dawn";
    expect(sharedRuns(copied, reference, RUN)).toEqual(
      ["the harbour master of tromso said the ferry will"].concat([
        "harbour master of tromso said the ferry will sail",
        "master of tromso said the ferry will sail at",
        "of tromso said the ferry will sail at dawn",
      ]),
    );
  });

  it("does not flag eight shared words", () => {
    const reference = runsOf("one two three four five six seven eight nine ten", RUN);
    expect(sharedRuns("zero two three four five six seven eight nine eleven", reference, RUN)).toEqual([]);
  });
});

// The house rule as a check: no tracked file may share a nine-word run with a corpus article.
// Skips where the corpus is not present (it lives outside the repository).
const corpusDir = findCorpusDir();
const repoRoot = path.resolve(import.meta.dirname, "../..");
describe.skipIf(!corpusDir)("no corpus text in the repository", () => {
  it("no tracked file shares a nine-word run with a corpus article", () => {
    const reference = new Map<string, string>();
    for (const article of readCorpusFiles(corpusDir!)) {
      const body =
        article.text
          .split(/\n---\n/u)
          .slice(1)
          .join("\n---\n") || article.text;
      for (const run of runsOf(body, RUN)) reference.set(run, article.id);
    }
    const runs = new Set(reference.keys());
    const tracked = execFileSync("git", ["ls-files", "-z"], { cwd: repoRoot, encoding: "utf8" })
      .split("\0")
      .filter((f) => f && /\.(?:ts|tsx|js|mjs|cjs|json|md|txt|css|prisma|sql|yml|yaml|html)$/u.test(f));
    const offending: string[] = [];
    for (const file of tracked) {
      const full = path.join(repoRoot, file);
      if (!fs.existsSync(full)) continue;
      const found = sharedRuns(fs.readFileSync(full, "utf8"), runs, RUN);
      if (found.length)
        offending.push(`${file}: «${found[0]}» (article ${reference.get(found[0]!)}, ${found.length} runs)`);
    }
    expect(offending).toEqual([]);
  });
});
