// A person's channels per severity: the defaults, their own rules, and what they have set up.
import { describe, expect, it } from "vitest";
import { channelRulesInput, channelsFor, DEFAULT_CHANNEL_RULES } from "@/lib/escalation/channel-rules";

describe("channelsFor", () => {
  it("by default pages a P1 everywhere, a P3 by e-mail, and a P4 nowhere", () => {
    expect(channelsFor(null, "P1")).toEqual(["EMAIL", "CHAT", "WEBHOOK"]);
    expect(channelsFor(undefined, "P2")).toEqual(["EMAIL", "CHAT"]);
    expect(channelsFor({}, "P3")).toEqual(["EMAIL"]);
    expect(channelsFor(null, "P4")).toEqual([]);
  });

  it("follows the person's rule for a severity and the default for the others", () => {
    const rules = { P2: ["WEBHOOK", "EMAIL"] as const, P4: ["CHAT"] as const };
    expect(channelsFor(rules, "P2")).toEqual(["EMAIL", "WEBHOOK"]);
    expect(channelsFor(rules, "P4")).toEqual(["CHAT"]);
    expect(channelsFor(rules, "P1")).toEqual(["EMAIL", "CHAT", "WEBHOOK"]);
  });

  it("honours an empty rule as none", () => {
    expect(channelsFor({ P1: [] }, "P1")).toEqual([]);
  });

  it("only uses channels the person has set up", () => {
    expect(channelsFor(null, "P1", ["EMAIL", "WEBHOOK"])).toEqual(["EMAIL", "WEBHOOK"]);
    expect(channelsFor(null, "P3", ["CHAT"])).toEqual([]);
  });
});

describe("channelRulesInput", () => {
  it("fills severities left out with the defaults", () => {
    expect(channelRulesInput.parse({ P3: [] })).toEqual({ ...DEFAULT_CHANNEL_RULES, P3: [] });
    expect(channelRulesInput.parse({})).toEqual(DEFAULT_CHANNEL_RULES);
  });

  it("refuses unknown channels, repeated channels and unknown severities", () => {
    expect(channelRulesInput.safeParse({ P1: ["SMS"] }).success).toBe(false);
    expect(channelRulesInput.safeParse({ P1: ["EMAIL", "EMAIL"] }).error?.issues[0]?.message).toBe(
      "Each channel once",
    );
    expect(channelRulesInput.safeParse({ P5: ["EMAIL"] }).success).toBe(false);
  });
});
