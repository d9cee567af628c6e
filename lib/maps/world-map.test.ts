import { describe, expect, it } from "vitest";
import { getCountryShapes, MAP_HEIGHT, MAP_WIDTH } from "./world-map";

describe("getCountryShapes", () => {
  it("gives an SVG outline inside the map for the countries of the atlas, keyed by alpha-2 code", () => {
    const shapes = getCountryShapes();
    expect(shapes.length).toBeGreaterThan(150);
    const france = shapes.find((shape) => shape.code === "FR");
    expect(france?.path).toMatch(/^M[\d.]+,[\d.]+/);
    const numbers = france!.path.match(/-?\d+(\.\d+)?/g)!.map(Number);
    expect(Math.min(...numbers)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...numbers)).toBeLessThanOrEqual(Math.max(MAP_WIDTH, MAP_HEIGHT));
    expect(shapes.find((shape) => shape.code === "UA")).toBeDefined();
  });
});
