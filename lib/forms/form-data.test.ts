import { describe, expect, it } from "vitest";
import { readFormFields } from "./form-data";

describe("readFormFields", () => {
  it("reads the named fields as text, a missing one or a file as empty", () => {
    const formData = new FormData();
    formData.set("email", "ada@example.org");
    formData.set("extra", "ignored");
    formData.set("upload", new Blob(["binary"]), "file.bin");
    expect(readFormFields(formData, ["email", "name", "upload"])).toEqual({
      email: "ada@example.org",
      name: "",
      upload: "",
    });
  });
});
