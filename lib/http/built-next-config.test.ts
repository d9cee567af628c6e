import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { BUILT_CONFIG_VARIABLE, builtNextConfig, applyBuiltNextConfig } from "./built-next-config.mjs";

const made: string[] = [];

/** A project folder whose .next/required-server-files.json holds `contents` (none when null). */
function projectWith(contents: string | null): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "built-next-config-"));
  made.push(dir);
  if (contents !== null) {
    fs.mkdirSync(path.join(dir, ".next"));
    fs.writeFileSync(path.join(dir, ".next", "required-server-files.json"), contents);
  }
  return dir;
}

afterEach(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe("builtNextConfig", () => {
  it("gives the config the build wrote, as JSON text", () => {
    const config = { cacheHandler: "../lib/cache/shared-cache-handler.mjs", poweredByHeader: false };
    const dir = projectWith(JSON.stringify({ version: 1, config, files: [] }));
    expect(JSON.parse(builtNextConfig(dir)!)).toEqual(config);
  });

  it("gives null without a build, with a file that is not JSON, or without a config object in it", () => {
    expect(builtNextConfig(projectWith(null))).toBeNull();
    expect(builtNextConfig(projectWith("{ half"))).toBeNull();
    expect(builtNextConfig(projectWith(JSON.stringify({ version: 1 })))).toBeNull();
    expect(builtNextConfig(projectWith(JSON.stringify({ config: ["not", "a", "config"] })))).toBeNull();
  });
});

describe("applyBuiltNextConfig", () => {
  it("puts the build's config where Next reads it first", () => {
    const dir = projectWith(JSON.stringify({ config: { poweredByHeader: false } }));
    const env: Record<string, string | undefined> = {};
    expect(applyBuiltNextConfig(dir, env)).toBe(true);
    expect(JSON.parse(env[BUILT_CONFIG_VARIABLE]!)).toEqual({ poweredByHeader: false });
  });

  it("keeps a config already given, and leaves Next to read next.config.ts when the build wrote none", () => {
    const dir = projectWith(JSON.stringify({ config: { poweredByHeader: false } }));
    const given: Record<string, string | undefined> = { [BUILT_CONFIG_VARIABLE]: '{"poweredByHeader":true}' };
    expect(applyBuiltNextConfig(dir, given)).toBe(false);
    expect(given[BUILT_CONFIG_VARIABLE]).toBe('{"poweredByHeader":true}');
    const none: Record<string, string | undefined> = {};
    expect(applyBuiltNextConfig(projectWith(null), none)).toBe(false);
    expect(none).toEqual({});
  });

  it("is the name Next's own config loader looks for", () => {
    // A Next upgrade that renames the variable would silently bring the SWC compiler back.
    const loader = fs.readFileSync(path.join(process.cwd(), "node_modules/next/dist/server/config.js"), "utf8");
    expect(loader).toContain(`process.env.${BUILT_CONFIG_VARIABLE}`);
  });
});
