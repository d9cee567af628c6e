import { describe, expect, it } from "vitest";
import { nestQuotationMarks, quoteSentence } from "./quote";

describe("quoting a sentence", () => {
  it("wraps a plain sentence in curly double quotation marks", () => {
    expect(quoteSentence("Malta will send a ship.")).toBe("“Malta will send a ship.”");
  });

  it("never doubles the marks of a sentence that opens with its own quotation", () => {
    expect(quoteSentence('"We will send a ship," the minister said.')).toBe(
      "“‘We will send a ship,’ the minister said.”",
    );
    expect(quoteSentence("“We will send a ship,” the minister said.")).toBe(
      "“‘We will send a ship,’ the minister said.”",
    );
    expect(quoteSentence('The minister said: "We are not ruling anything out."')).toBe(
      "“The minister said: ‘We are not ruling anything out.’”",
    );
  });

  it("tells opening from closing straight marks by what comes before them", () => {
    expect(nestQuotationMarks('He called it a ("sky shield") plan')).toBe("He called it a (‘sky shield’) plan");
  });

  it("leaves apostrophes and single marks alone", () => {
    expect(quoteSentence("Norway's navy won't go.")).toBe("“Norway's navy won't go.”");
  });
});
