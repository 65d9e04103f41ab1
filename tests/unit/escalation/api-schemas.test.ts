import { describe, expect, it } from "vitest";
import { putChannelsInput, updatePolicyInput } from "@/lib/escalation/api-schemas";

describe("PUT /api/me/notification-channels input", () => {
  it("replaces the whole set: left out means not set up, the account e-mail and the default rules", () => {
    expect(putChannelsInput.parse({ version: 0 })).toEqual({
      version: 0,
      email: null,
      chatWebhookUrl: null,
      webhookUrl: null,
      rotateWebhookSecret: false,
      rules: { P1: ["EMAIL", "CHAT", "WEBHOOK"], P2: ["EMAIL", "CHAT"], P3: ["EMAIL"], P4: [] },
    });
  });

  it("keeps the default for a severity left out, and names each bad field", () => {
    expect(putChannelsInput.parse({ version: 3, rules: { P4: ["CHAT"] } }).rules.P4).toEqual(["CHAT"]);
    const bad = putChannelsInput.safeParse({
      version: -1,
      email: "not-mail",
      webhookUrl: "",
      rules: { P1: ["EMAIL", "EMAIL"], P5: [] },
      secret: "x",
    });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues.map((i) => i.path.join(".")).sort()).toEqual(
      ["", "email", "rules", "rules.P1", "version", "webhookUrl"].sort(),
    );
  });
});

describe("PATCH /api/escalation-policies/{id} input", () => {
  it("needs the version; every other field is optional and checked like a new policy", () => {
    expect(updatePolicyInput.safeParse({ repeat: 1 }).success).toBe(false);
    expect(updatePolicyInput.parse({ version: 2 })).toEqual({ version: 2 });
    expect(updatePolicyInput.safeParse({ version: 2, repeat: 10 }).success).toBe(false);
    expect(
      updatePolicyInput.safeParse({ version: 2, scope: { tier: "CRITICAL", serviceSlug: "x" } }).success,
    ).toBe(false);
    expect(updatePolicyInput.safeParse({ version: 2, steps: [] }).success).toBe(false);
  });
});
