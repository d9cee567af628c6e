import { redirect } from "next/navigation";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "./parse-input";
import { runFormAction, UNEXPECTED_ERROR_MESSAGE } from "./run-form-action";

const values = { email: "ada@example.org" };

describe("runFormAction", () => {
  it("returns what the action returns", async () => {
    const done = { status: "done" as const, message: "Saved.", fieldErrors: {}, values: {} };
    expect(await runFormAction(values, async () => done)).toBe(done);
  });

  it("shows an expected error as it is, with its field messages, keeping the values", async () => {
    const state = await runFormAction(values, async () => {
      throw new AppError("EMAIL_TAKEN", { fieldErrors: { email: ["Taken."] } });
    });
    expect(state).toEqual({
      status: "error",
      message: "An account for this email already exists.",
      fieldErrors: { email: ["Taken."] },
      values,
    });
  });

  it("shows an unexpected error generically, never its internals", async () => {
    const state = await runFormAction(values, async () => {
      throw new Error("connection refused at 10.0.0.7:5432");
    });
    expect(state).toEqual({ status: "error", message: UNEXPECTED_ERROR_MESSAGE, fieldErrors: {}, values });
  });

  it("lets Next's redirect through", async () => {
    await expect(runFormAction(values, async () => redirect("/elsewhere"))).rejects.toMatchObject({
      digest: expect.stringContaining("NEXT_REDIRECT"),
    });
  });
});

describe("parseInput", () => {
  const schema = z.object({
    items: z.array(z.object({ name: z.string().min(1, { message: "Name it." }) })),
    note: z.string().min(3, { message: "Say why." }),
  });

  it("returns the parsed input", () => {
    expect(parseInput(schema, { items: [{ name: "a" }], note: "because" })).toEqual({
      items: [{ name: "a" }],
      note: "because",
    });
  });

  it("refuses with every issue, keyed by the path of its field", () => {
    let refusal: unknown;
    try {
      parseInput(schema, { items: [{ name: "" }, { name: "b" }, { name: "" }], note: "" }, "Fix these.");
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(AppError);
    expect(refusal).toMatchObject({
      code: "INVALID_INPUT",
      message: "Fix these.",
      fieldErrors: { "items.0.name": ["Name it."], "items.2.name": ["Name it."], note: ["Say why."] },
    });
  });
});
