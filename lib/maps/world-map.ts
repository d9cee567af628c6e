/**
 * World shapes for maps rendered on the server: Natural Earth 1:110m outlines from the
 * world-atlas package (shipped in node_modules, no network), projected once per process
 * with d3-geo's Equal Earth projection. Shapes are keyed by ISO 3166-1 alpha-2 code.
 */
import { geoEqualEarth, geoPath } from "d3-geo";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import worldCountries from "world-countries";
import atlas from "world-atlas/countries-110m.json";

export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 470;

export interface CountryShape {
  /** ISO 3166-1 alpha-2. */
  code: string;
  /** An SVG path in the map's coordinate space. */
  path: string;
}

let shapes: CountryShape[] | null = null;

/** The projected outline of every country the atlas has, in a stable order. */
export function getCountryShapes(): CountryShape[] {
  if (shapes) return shapes;
  const alpha2ByNumeric = new Map(worldCountries.filter((c) => c.ccn3).map((c) => [c.ccn3, c.cca2]));
  const topology = atlas as unknown as Topology<{ countries: GeometryCollection }>;
  const collection = feature(topology, topology.objects.countries);
  const projection = geoEqualEarth().fitSize([MAP_WIDTH, MAP_HEIGHT], collection);
  // One decimal is a tenth of a pixel at this size: invisible, and it halves the markup.
  const path = geoPath(projection).digits(1);
  shapes = collection.features
    .map((shape) => ({ code: alpha2ByNumeric.get(String(shape.id)) ?? "", path: path(shape) ?? "" }))
    .filter((shape) => shape.code && shape.path)
    .sort((a, b) => a.code.localeCompare(b.code));
  return shapes;
}
