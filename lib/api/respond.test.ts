import { describe, expect, it } from "vitest";
import { z } from "zod";
import { checkedAnswer } from "./respond";

const CellSchema = z.object({ stance: z.enum(["committed", "supports"]), condition: z.string().nullable() });
const AnswerSchema = z.object({ asOf: z.string(), cells: z.array(CellSchema) });

describe("an answer checked against its response schema (development and tests)", () => {
  it("is sent as it was built when it is what the schema documents", () => {
    const answer = { cells: [{ condition: null, stance: "committed" as const }], asOf: "2026-01-15" };
    expect(checkedAnswer(AnswerSchema, answer)).toEqual(answer);
  });

  it("fails when it breaks the schema", () => {
    expect(() =>
      checkedAnswer(AnswerSchema, { asOf: "2026-01-15", cells: [{ stance: "maybe", condition: null }] } as never),
    ).toThrow();
  });

  it("fails when it holds a key the schema does not document (production, which does not check, would send it)", () => {
    const answer = {
      asOf: "2026-01-15",
      cells: [{ stance: "supports" as const, condition: null, editorEmail: "x@example.org" }],
    };
    expect(() => checkedAnswer(AnswerSchema, answer)).toThrow(/does not document/);
  });
});
