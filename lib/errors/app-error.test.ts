import { describe, expect, it } from "vitest";
import { AppError, isAppError } from "./app-error";

describe("AppError", () => {
  it("carries its code, a message for the user and the HTTP status of the code", () => {
    const error = new AppError("EMAIL_TAKEN", { fieldErrors: { email: ["taken"] } });
    expect(error.code).toBe("EMAIL_TAKEN");
    expect(error.message).toBe("An account for this email already exists.");
    expect(error.httpStatus).toBe(409);
    expect(error.fieldErrors).toEqual({ email: ["taken"] });
    expect(new AppError("UNAUTHENTICATED").httpStatus).toBe(401);
    expect(new AppError("FORBIDDEN").httpStatus).toBe(403);
  });

  it("keeps a message given for the case at hand", () => {
    expect(new AppError("NOT_FOUND", { message: "This draft no longer exists." }).message).toBe(
      "This draft no longer exists.",
    );
  });

  it("is told apart from other errors, optionally by code", () => {
    const error = new AppError("NOT_FOUND");
    expect(isAppError(error)).toBe(true);
    expect(isAppError(error, "NOT_FOUND")).toBe(true);
    expect(isAppError(error, "FORBIDDEN")).toBe(false);
    expect(isAppError(new Error("It no longer exists."))).toBe(false);
  });
});
