// The notifications form's values to PUT /api/me/notification-channels and back, checked through the
// API's own schema as the form does.
import { describe, expect, it } from "vitest";
import {
  configuredChannels,
  defaultRules,
  isDefaultRule,
  toChannelFormValues,
  toChannelsInput,
  toggleRule,
} from "@/app/(portal)/settings/notifications/_components/channel-form-values";
import { putChannelsInput, type ChannelsResponse } from "@/lib/escalation/api-schemas";

const saved: ChannelsResponse = {
  userId: "11111111-1111-4111-8111-111111111111",
  email: "eng@neuron.test",
  emailIsAccountEmail: true,
  chatWebhookUrl: null,
  webhookUrl: "https://hooks.example.com/pager",
  hasWebhookSecret: true,
  rules: { P1: ["EMAIL", "CHAT", "WEBHOOK"], P2: ["EMAIL", "CHAT"], P3: ["EMAIL"], P4: [] },
  updatedAt: "2026-12-07T10:00:00.000Z",
  version: 2,
};

describe("channel form values", () => {
  it("shows the account's address as a blank e-mail and absent URLs as blanks", () => {
    expect(toChannelFormValues(saved)).toMatchObject({
      email: "",
      chatWebhookUrl: "",
      webhookUrl: "https://hooks.example.com/pager",
    });
    expect(toChannelFormValues({ ...saved, emailIsAccountEmail: false, email: "me@x.test" }).email).toBe(
      "me@x.test",
    );
  });

  it("sends blanks as not set up and keeps the version, with rotation only when asked", () => {
    const values = { ...toChannelFormValues(saved), email: "  ", chatWebhookUrl: " https://chat.test/x " };
    expect(putChannelsInput.parse(toChannelsInput(values, 2))).toEqual({
      version: 2,
      email: null,
      chatWebhookUrl: "https://chat.test/x",
      webhookUrl: "https://hooks.example.com/pager",
      rotateWebhookSecret: false,
      rules: saved.rules,
    });
    expect(toChannelsInput(values, 2, true).rotateWebhookSecret).toBe(true);
  });

  it("ticks and unticks a channel, keeping the channels in their order", () => {
    const rules = defaultRules();
    const p3 = toggleRule(rules, "P3", "WEBHOOK", true);
    expect(p3.P3).toEqual(["EMAIL", "WEBHOOK"]);
    expect(toggleRule(p3, "P3", "CHAT", true).P3).toEqual(["EMAIL", "CHAT", "WEBHOOK"]);
    expect(toggleRule(rules, "P3", "EMAIL", false).P3).toEqual([]);
    expect(isDefaultRule(rules, "P3")).toBe(true);
    expect(isDefaultRule(p3, "P3")).toBe(false);
    // The defaults are copied, never shared: ticking one does not change the next form's.
    expect(defaultRules().P3).toEqual(["EMAIL"]);
  });

  it("counts e-mail as always set up, chat and webhook once their URL is filled in", () => {
    expect([...configuredChannels({ chatWebhookUrl: "", webhookUrl: " " })]).toEqual(["EMAIL"]);
    expect([
      ...configuredChannels({ chatWebhookUrl: "https://chat.test/x", webhookUrl: "https://w.test" }),
    ]).toEqual(["EMAIL", "CHAT", "WEBHOOK"]);
  });
});
