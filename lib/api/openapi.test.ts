import fs from "node:fs";
import path from "node:path";
import SwaggerParser from "@apidevtools/swagger-parser";
import { describe, expect, it } from "vitest";
import { API_ENDPOINTS } from "./endpoints";
import { buildOpenApiDocument } from "./openapi";

/** The /api/v1 paths that have a route handler, from the app folder (route groups aside). */
function routedApiPaths(): string[] {
  const root = path.resolve(import.meta.dirname, "../../app/api/v1");
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === "route.ts") {
        const relative = path.relative(root, dir).split(path.sep).join("/");
        found.push(`/api/v1/${relative.replace(/\[(\w+)\]/g, "{$1}")}`);
      }
    }
  };
  walk(root);
  return found.sort();
}

describe("the OpenAPI document", () => {
  const document = buildOpenApiDocument({
    serverUrl: "https://tracker.example.org/",
    siteUrl: new URL("https://tracker.example.org/"),
  });

  it("is a valid OpenAPI 3.1 document", async () => {
    // validate() dereferences in place, so it gets a copy.
    await expect(SwaggerParser.validate(structuredClone(document) as never)).resolves.toBeDefined();
  });

  it("lists every endpoint that has a route, and nothing else", () => {
    const documented = Object.keys(document.paths as object).sort();
    expect(documented).toEqual(
      Object.values(API_ENDPOINTS)
        .map((endpoint) => endpoint.path)
        .sort(),
    );
    expect(routedApiPaths()).toEqual([...documented, "/api/v1/openapi.json"].sort());
  });

  it("documents each query parameter and the 400 error", () => {
    const statements = (
      document.paths as Record<string, { get: { parameters: { name: string }[]; responses: object } }>
    )["/api/v1/statements"]!.get;
    expect(statements.parameters.map((p) => p.name)).toEqual([
      "country",
      "type",
      "stance",
      "from",
      "to",
      "cursor",
      "limit",
    ]);
    expect(Object.keys(statements.responses)).toContain("400");
    expect((document.components as { schemas: object }).schemas).toHaveProperty("Error");
  });

  it("documents the pin `v` of a cited view on every view endpoint", () => {
    const paths = document.paths as Record<
      string,
      { get: { parameters: { name: string; description?: string; schema: { format?: string } }[] } }
    >;
    for (const path of ["/api/v1/matrix", "/api/v1/countries/{code}", "/api/v1/commitments/{type}"]) {
      const v = paths[path]!.get.parameters.find((parameter) => parameter.name === "v");
      expect(v, path).toBeDefined();
      expect(v!.description).toContain("Cite this view");
      expect(v!.schema.format).toBe("date-time");
    }
  });

  it("says it needs no credentials, groups every operation under a declared tag, and names a contact", () => {
    expect(document.security).toEqual([]);
    const declared = (document.tags as { name: string; description: string }[]).map((tag) => tag.name);
    for (const [path, item] of Object.entries(document.paths as Record<string, { get: { tags: string[] } }>)) {
      expect(item.get.tags, path).toHaveLength(1);
      expect(declared, path).toContain(item.get.tags[0]);
    }
    expect(document.servers).toEqual([{ url: "https://tracker.example.org" }]);
    expect((document.info as { contact: { url: string } }).contact.url).toBe("https://tracker.example.org/about");
  });

  it("names no server where no public address is configured: the host it was read from serves it", () => {
    const local = buildOpenApiDocument({ serverUrl: "/", siteUrl: new URL("http://192.168.1.20:3000/") });
    expect(local.servers).toEqual([{ url: "/" }]);
  });
});
