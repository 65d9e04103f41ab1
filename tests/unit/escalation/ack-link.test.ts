// Acknowledge links: signed, short-lived, bound to one person and one incident, single-use by id.
import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { ackLinkPath, createAckToken, decideAck, readAckToken } from "@/lib/escalation/ack-link";
import { ADA, BOB, MIN, T0, at } from "./helpers";

const KEY = "k".repeat(32);
const OLD_KEY = "o".repeat(32);
const INC = "INC-2026-0042";

const issue = (over: Partial<Parameters<typeof createAckToken>[0]> = {}) =>
  createAckToken({ userId: ADA, incidentKey: INC, key: KEY, now: T0, ...over });

/** Changes one character in the middle of `s` (the middle of base64url always changes the bytes). */
const flipMiddle = (s: string) => {
  const i = Math.floor(s.length / 2);
  return s.slice(0, i) + (s[i] === "A" ? "B" : "A") + s.slice(i + 1);
};

describe("createAckToken / readAckToken", () => {
  it("round-trips the person, the incident, the id and a 30-minute expiry", () => {
    const { token, tokenId, expiresAt } = issue();
    expect(expiresAt).toEqual(at(30));
    expect(token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
    expect(readAckToken(token, KEY, at(1))).toEqual({
      ok: true,
      userId: ADA,
      incidentKey: INC,
      tokenId,
      expiresAt,
    });
  });

  it("gives every link its own id", () => {
    expect(issue().tokenId).not.toBe(issue().tokenId);
  });

  it("is valid until the last millisecond and expired from its expiry on", () => {
    const { token } = issue();
    expect(readAckToken(token, KEY, new Date(at(30).getTime() - 1)).ok).toBe(true);
    expect(readAckToken(token, KEY, at(30))).toEqual({ ok: false, reason: "expired" });
  });

  it("takes a custom lifetime within 1 minute and a day", () => {
    const { token, expiresAt } = issue({ ttlMinutes: 5 });
    expect(expiresAt).toEqual(at(5));
    expect(readAckToken(token, KEY, at(5))).toEqual({ ok: false, reason: "expired" });
    expect(() => issue({ ttlMinutes: 0 })).toThrow(RangeError);
    expect(() => issue({ ttlMinutes: 1441 })).toThrow(RangeError);
  });

  it("refuses a payload changed to another person, even with a well-formed body", () => {
    const { token } = issue();
    const [body, sig] = token.split(".") as [string, string];
    const payload = JSON.parse(Buffer.from(body, "base64url").toString()) as Record<string, unknown>;
    const forged = Buffer.from(JSON.stringify({ ...payload, u: BOB })).toString("base64url");
    expect(readAckToken(`${forged}.${sig}`, KEY, at(1))).toEqual({ ok: false, reason: "tampered" });
    expect(readAckToken(`${flipMiddle(body)}.${sig}`, KEY, at(1))).toEqual({ ok: false, reason: "tampered" });
  });

  it("refuses a changed signature and a token signed with another key", () => {
    const { token } = issue();
    const [body, sig] = token.split(".") as [string, string];
    expect(readAckToken(`${body}.${flipMiddle(sig)}`, KEY, at(1))).toEqual({ ok: false, reason: "tampered" });
    expect(readAckToken(issue({ key: OLD_KEY }).token, KEY, at(1))).toEqual({
      ok: false,
      reason: "tampered",
    });
  });

  it("accepts a key being rotated out when it is listed after the current one", () => {
    const { token } = issue({ key: OLD_KEY });
    expect(readAckToken(token, [KEY, OLD_KEY], at(1)).ok).toBe(true);
  });

  it("refuses a correctly signed body that is not an ack payload", () => {
    const body = Buffer.from(JSON.stringify({ v: "ack1", u: ADA })).toString("base64url");
    const sig = createHmac("sha256", KEY).update(`ack1.${body}`).digest("base64url");
    expect(readAckToken(`${body}.${sig}`, KEY, at(1))).toEqual({ ok: false, reason: "malformed" });
  });

  it("calls anything that is not a token malformed", () => {
    const { token } = issue();
    const [body, sig] = token.split(".") as [string, string];
    for (const bad of [
      "",
      "abc",
      `${token}.x`,
      `${body}.`,
      `.${sig}`,
      `${body}.${sig.slice(0, 20)}`,
      `${body}!.${sig}`,
      "a".repeat(2000),
    ])
      expect(readAckToken(bad, KEY, at(1))).toEqual({ ok: false, reason: "malformed" });
  });

  it("refuses a key too short to be secret", () => {
    expect(() => issue({ key: "short" })).toThrow(/32/);
  });
});

describe("decideAck", () => {
  const context = { keys: KEY, sessionUserId: ADA, incidentKey: INC, isUsed: () => false, now: at(1) };

  it("accepts the person it was sent to, once", () => {
    const { token, tokenId } = issue();
    const used = new Set<string>();
    const once = { ...context, isUsed: (id: string) => used.has(id) };
    expect(decideAck(token, once)).toEqual({ ok: true, tokenId, expiresAt: at(30) });
    used.add(tokenId);
    expect(decideAck(token, once)).toEqual({ ok: false, reason: "used" });
  });

  it("refuses a different signed-in person (a forwarded e-mail) and another incident's page", () => {
    const { token } = issue();
    expect(decideAck(token, { ...context, sessionUserId: BOB })).toEqual({
      ok: false,
      reason: "other-person",
    });
    expect(decideAck(token, { ...context, incidentKey: "INC-2026-0043" })).toEqual({
      ok: false,
      reason: "other-incident",
    });
  });

  it("passes on why a token is unreadable", () => {
    expect(decideAck(issue().token, { ...context, now: new Date(T0.getTime() + 31 * MIN) })).toEqual({
      ok: false,
      reason: "expired",
    });
  });
});

describe("ackLinkPath", () => {
  it("opens the incident with the token for the confirmation", () => {
    expect(ackLinkPath(INC, "a.b")).toBe("/incidents/INC-2026-0042?ack=a.b");
  });
});
