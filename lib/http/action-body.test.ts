import { describe, expect, it } from "vitest";
import { findMalformedActionBody, MAX_ACTION_ARGUMENT_DEPTH } from "./action-body";

function text(body: string) {
  return findMalformedActionBody("text/plain;charset=UTF-8", new Blob([body]));
}

function parts(entries: [string, string][]) {
  const form = new FormData();
  for (const [name, value] of entries) form.append(name, value);
  const request = new Request("http://localhost/", { method: "POST", body: form });
  return request.blob().then((blob) => findMalformedActionBody(request.headers.get("content-type"), blob));
}

describe("the shape check of a server action's body", () => {
  it("accepts what the app's pages send: plain arguments, and forms with their fields", async () => {
    expect(await text('["draft-1"]')).toBeNull();
    expect(await text('[{"draftId":"d","positionId":"p1","decision":"accepted"}]')).toBeNull();
    expect(await text('[{"note":"$$5 billion","when":"$D2026-01-05T00:00:00.000Z","gone":"$undefined"}]')).toBeNull();
    expect(await text('[{"a":{"b":1}},"$0:0:a"]')).toBeNull();
    expect(
      await parts([
        ["_1_title", "Oslo pledges"],
        ["_1_body", '["$1"] is just text here'],
        ["0", '[{"status":"idle","values":{}},"$K1"]'],
      ]),
    ).toBeNull();
    expect(
      await parts([
        ["1", '{"x":1}'],
        ["0", '["$1"]'],
      ]),
    ).toBeNull();
  });

  it("refuses bodies React's decoder would fail on, each with a short reason", async () => {
    const refused = [
      await text("[unterminated"),
      await text('"not a list"'),
      await text('["$Zzz"]'),
      await text('["$1"]'),
      await text('["$@1"]'),
      await text('["$h1"]'),
      await text('["$Q1"]'),
      await text('["$nxyz"]'),
      await text('["$Dnever"]'),
      await text('["$"]'),
      await text(`${"[".repeat(MAX_ACTION_ARGUMENT_DEPTH + 1)}${"]".repeat(MAX_ACTION_ARGUMENT_DEPTH + 1)}`),
      await text(`${"[".repeat(20_000)}${"]".repeat(20_000)}`),
      await text(`${'{"a":'.repeat(5000)}1${"}".repeat(5000)}`),
      await text("a=b&c=d"),
      await parts([["_1_title", "x"]]),
      await parts([["0", "[{"]]),
      await parts([["0", '["$W5"]']]),
      await findMalformedActionBody("multipart/form-data; boundary=zz", new Blob(["--zz\r\nbroken"])),
    ];
    for (const reason of refused) {
      expect(reason).toEqual(expect.any(String));
      expect(reason!.length).toBeLessThan(80);
    }
  });

  it("counts nesting outside strings only", async () => {
    expect(await text(`["${"[".repeat(1000)}"]`)).toBeNull();
    expect(await text(`["\\"${"{".repeat(1000)}"]`)).toBeNull();
  });
});
