// The line above a form after a failed write (FormAlert): the server's named fields point below, its
// message shows as is, and a 409 says nothing here because the conflict banner says it. And which submit
// button a submit came from.
import { describe, expect, it } from "vitest";
import { FIELDS_NEED_ATTENTION, submitIntent, writeAlertText } from "@/components/ui/form-state";
import { ApiError } from "@/lib/client/api-client";

describe("writeAlertText", () => {
  it("points at the fields when the server named some", () => {
    const error = new ApiError(422, "Invalid", "Invalid input", [{ path: "name", message: "Required" }]);
    expect(writeAlertText(error)).toBe(FIELDS_NEED_ATTENTION);
  });

  it("shows the server's message when it named no field", () => {
    expect(writeAlertText(new ApiError(403, "Forbidden", "You may not edit vendors"))).toBe(
      "You may not edit vendors",
    );
    expect(writeAlertText(new Error("Failed to fetch"))).toBe("Failed to fetch");
  });

  it("says nothing for a stale version or no error", () => {
    expect(writeAlertText(new ApiError(409, "Conflict", "Stale version"))).toBeUndefined();
    expect(writeAlertText(null)).toBeUndefined();
  });
});

describe("submitIntent", () => {
  it("is the pressed button's value: reject and approve are two buttons of one form", () => {
    expect(submitIntent({ submitter: { value: "REJECT" } }, "APPROVE")).toBe("REJECT");
  });

  it("falls back for Ctrl/⌘+Enter (no submitter) or a button without a value", () => {
    expect(submitIntent({ submitter: null }, "APPROVE")).toBe("APPROVE");
    expect(submitIntent({ submitter: { value: "" } }, "APPROVE")).toBe("APPROVE");
    expect(submitIntent(undefined)).toBeUndefined();
  });
});
