import { z } from "zod";
import { ChangesQuerySchema, ChangesResponseSchema } from "./schemas/changes";
import { CommitmentTypeQuerySchema, CommitmentTypeResponseSchema } from "./schemas/commitments";
import { CommitmentTypeSchema } from "./schemas/common";
import {
  CountriesQuerySchema,
  CountriesResponseSchema,
  CountryQuerySchema,
  CountryResponseSchema,
} from "./schemas/countries";
import { MatrixQuerySchema, MatrixResponseSchema } from "./schemas/matrix";
import { StatementsPageSchema, StatementsQuerySchema } from "./schemas/statements";

/** The groups of the OpenAPI document (its `tags`), in the order a reader meets them. */
export const API_TAGS = [
  { name: "Matrix", description: "Every country's position per commitment type at a day: the matrix page." },
  { name: "Countries", description: "Countries and actors, and one country's positions with their history." },
  { name: "Commitment types", description: "Every country's position on one commitment type." },
  { name: "Statements", description: "The published statements, quoted from their articles." },
  { name: "Changes", description: "What changed between two days." },
] as const;

export interface ApiEndpoint {
  path: string;
  tag: (typeof API_TAGS)[number]["name"];
  summary: string;
  description: string;
  pathParams?: { name: string; description: string; schema: z.ZodType }[];
  query: z.ZodType;
  response: z.ZodType;
}

/**
 * Every endpoint of /api/v1, once: the route handlers take their schemas from here, the
 * OpenAPI document is generated from this list, and the tests walk it, so an endpoint
 * cannot exist undocumented or untested.
 */
export const API_ENDPOINTS = {
  matrix: {
    path: "/api/v1/matrix",
    tag: "Matrix",
    summary: "The matrix of a view",
    description:
      "Each country's standing position per commitment type at a day, with the matrix page's parameters (same names, same values).",
    query: MatrixQuerySchema,
    response: MatrixResponseSchema,
  },
  countries: {
    path: "/api/v1/countries",
    tag: "Countries",
    summary: "Every country and actor",
    description: "Countries and actors with their blocs and how many types they hold a position on at a day.",
    query: CountriesQuerySchema,
    response: CountriesResponseSchema,
  },
  country: {
    path: "/api/v1/countries/{code}",
    tag: "Countries",
    summary: "One country's positions",
    description: "The standing position per commitment type at a day, with the history and corrections of each.",
    pathParams: [
      {
        name: "code",
        description: "ISO 3166-1 alpha-2 code or actor code (eu, nato), any case.",
        schema: z.string().regex(/^[A-Za-z]{2,4}$/),
      },
    ],
    query: CountryQuerySchema,
    response: CountryResponseSchema,
  },
  commitmentType: {
    path: "/api/v1/commitments/{type}",
    tag: "Commitment types",
    summary: "Every country's position on one commitment type",
    description: "The countries holding a position on the type at a day, with counts per stance.",
    pathParams: [{ name: "type", description: "A commitment type key.", schema: CommitmentTypeSchema }],
    query: CommitmentTypeQuerySchema,
    response: CommitmentTypeResponseSchema,
  },
  statements: {
    path: "/api/v1/statements",
    tag: "Statements",
    summary: "Published statements, paged",
    description:
      "Statements carrying an accepted position, newest stated first, filtered by country, type, stance and statement date. Follow `nextCursor` for the next page; pages stay consistent while new statements are published.",
    query: StatementsQuerySchema,
    response: StatementsPageSchema,
  },
  changes: {
    path: "/api/v1/changes",
    tag: "Changes",
    summary: "What changed between two days",
    description: "Every country and type whose standing position at `to` differs from the one at `from`.",
    query: ChangesQuerySchema,
    response: ChangesResponseSchema,
  },
} as const satisfies Record<string, ApiEndpoint>;
