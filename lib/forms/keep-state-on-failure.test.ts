import { describe, expect, it } from "vitest";
import { keepStateOnFailure } from "./keep-state-on-failure";

const formData = new FormData();
formData.set("body", "typed text");

describe("keepStateOnFailure", () => {
  it("passes the action's state through", async () => {
    const action = keepStateOnFailure(
      async (_s: string) => "next",
      () => "fallback",
    );
    expect(await action("start", formData)).toBe("next");
  });

  it("turns a failed request into a state built from what was submitted", async () => {
    const action = keepStateOnFailure(
      async (): Promise<string> => {
        throw new Error("An unexpected response was received from the server.");
      },
      (_state, data) => `kept: ${data.get("body")}`,
    );
    expect(await action("start", formData)).toBe("kept: typed text");
  });

  it("lets Next's redirects through", async () => {
    const redirect = Object.assign(new Error("NEXT_REDIRECT"), { digest: "NEXT_REDIRECT;replace;/ingest/1;307;" });
    const action = keepStateOnFailure(
      async (): Promise<string> => {
        throw redirect;
      },
      () => "fallback",
    );
    await expect(action("start", formData)).rejects.toBe(redirect);
  });
});
