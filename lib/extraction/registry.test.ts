import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { extractPositionsByRules } from "./engine";
import type { PhenomenonCase } from "./reading-rule";
import { REGISTERED_PATTERNS, REGISTERED_READING_RULES } from "./registry";

const HERE = import.meta.dirname;

/** Where patterns live: the lexicon's families and the stages' rules, each one registered. */
const PATTERN_FOLDERS = ["lexicon", "rules"];
/**
 * Modules of the learned decision (its features, the plain type words it proposes loose
 * candidates from, the model and its training): not rule stages, so outside the registry.
 */
const LEARNED_DECISION = new Set([
  "candidates.ts",
  "features.ts",
  "learn.ts",
  "model.ts",
  "training.ts",
  "type-words.ts",
]);

function matches(re: RegExp, text: string): string | null {
  re.lastIndex = 0;
  const m = re.exec(text);
  re.lastIndex = 0;
  return m ? m[0] : null;
}

describe("every registered pattern, on its examples and counter-examples", () => {
  for (const p of REGISTERED_PATTERNS) {
    it(`${p.id}: ${p.phenomenon}`, () => {
      expect(p.examples.length, "examples").toBeGreaterThan(0);
      expect(p.counterExamples.length, "counter-examples").toBeGreaterThan(0);
      for (const example of p.examples) {
        expect(matches(p.re, example), example).not.toBeNull();
        if (p.hint) expect(matches(p.hint, example), `hint: ${example}`).not.toBeNull();
      }
      for (const counter of p.counterExamples) expect(matches(p.re, counter), counter).toBeNull();
    });
  }
});

/** The positions the rule stages read from a case's article, as "ES troops committed". */
function positionsOf(c: PhenomenonCase): string[] {
  return extractPositionsByRules({ body: c.body, published: "2026-03-02", title: null }).map(
    (p) => `${p.country} ${p.commitment} ${p.stance}`,
  );
}

/** Whether `position` ("ES troops" or "ES troops committed") is among `read`. */
const isRead = (read: string[], position: string) => read.some((r) => r === position || r.startsWith(`${position} `));

describe("every rule of the sentence reading, on its cases", () => {
  for (const rule of REGISTERED_READING_RULES) {
    it(`${rule.id}: ${rule.phenomenon}`, () => {
      expect(rule.examples.length, "examples").toBeGreaterThan(0);
      expect(rule.counterExamples.length, "counter-examples").toBeGreaterThan(0);
      for (const c of [...rule.examples, ...rule.counterExamples]) {
        expect(c.reads ?? c.readsNot, c.body).toBeDefined();
        const read = positionsOf(c);
        if (c.reads) expect(isRead(read, c.reads), `${c.body} reads ${c.reads}: ${read.join(", ")}`).toBe(true);
        if (c.readsNot)
          expect(isRead(read, c.readsNot), `${c.body} reads not ${c.readsNot}: ${read.join(", ")}`).toBe(false);
      }
    });
  }
});

describe("the registry", () => {
  it("gives every pattern and reading rule its own id, written <where>/<phenomenon>", () => {
    const ids = [...REGISTERED_PATTERNS, ...REGISTERED_READING_RULES].map((p) => p.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it("holds every pattern and reading rule the lexicon and the rules export", async () => {
    const registered = new Set(REGISTERED_PATTERNS.map((p) => p.re));
    const registeredRules = new Set<unknown>(REGISTERED_READING_RULES);
    const files = PATTERN_FOLDERS.flatMap((folder) =>
      fs.existsSync(path.join(HERE, folder))
        ? (fs.readdirSync(path.join(HERE, folder), { recursive: true }) as string[])
            .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))
            .map((f) => path.join(HERE, folder, f))
        : [],
    );
    expect(files.length).toBeGreaterThan(0);
    const unregistered: string[] = [];
    for (const file of files) {
      const exports = (await import(file)) as Record<string, unknown>;
      for (const [name, value] of Object.entries(exports)) {
        if (typeof (value as { read?: unknown } | null)?.read === "function" && !registeredRules.has(value))
          unregistered.push(`${path.relative(HERE, file)}: ${name}`);
        // A pattern is exported as a RegExp, as a registered pattern, or in a list of them.
        const values: unknown[] = Array.isArray(value) ? value : [value];
        // and a type pattern's context (`requires`, `unless`) is a registered pattern too.
        const patterns = values.flatMap((v) => {
          if (v instanceof RegExp) return [v];
          const p = v as { re?: unknown; requires?: unknown; unless?: unknown } | null;
          return [p?.re, p?.requires, p?.unless];
        });
        for (const re of patterns)
          if (re instanceof RegExp && !registered.has(re)) unregistered.push(`${path.relative(HERE, file)}: ${name}`);
      }
    }
    expect(unregistered).toEqual([]);
  });

  it("keeps each stage rule in a file of its own, named by its id", async () => {
    const rules = path.join(HERE, "rules");
    const files = (fs.readdirSync(rules, { recursive: true }) as string[]).filter(
      (f) => f.endsWith(".ts") && f.includes(path.sep),
    );
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const exports = Object.values((await import(path.join(rules, file))) as Record<string, { id?: string }>);
      expect(
        exports.map((e) => e.id),
        file,
      ).toEqual([file.replace(/\.ts$/, "").split(path.sep).join("/")]);
    }
  });

  it("leaves no stage a pattern of its own", () => {
    const found: Record<string, number> = {};
    for (const file of fs.readdirSync(HERE)) {
      if (!file.endsWith(".ts") || file.endsWith(".test.ts") || LEARNED_DECISION.has(file) || file === "pattern.ts")
        continue;
      const source = ts.createSourceFile(file, fs.readFileSync(path.join(HERE, file), "utf8"), ts.ScriptTarget.Latest);
      let count = 0;
      const visit = (node: ts.Node) => {
        if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) count++;
        if (
          (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
          ts.isIdentifier(node.expression) &&
          node.expression.text === "RegExp"
        )
          count++;
        ts.forEachChild(node, visit);
      };
      visit(source);
      if (count > 0) found[file] = count;
    }
    expect(found).toEqual({});
  });
});
