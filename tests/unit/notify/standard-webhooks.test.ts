import { Webhook, WebhookVerificationError } from "standardwebhooks";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  decodeWebhookSecret,
  generateWebhookSecret,
  isWebhookSecret,
  signPayload,
  signatureFor,
  verifyPayload,
} from "@/lib/notify/standard-webhooks";

// Test vector from the Standard Webhooks reference libraries (github.com/standard-webhooks/standard-webhooks:
// libraries/javascript/src/webhook.test.ts "sign function works", libraries/go/webhook_test.go
// TestWebhookSign, libraries/python/tests/test_webhooks.py test_sign_function — the same values in each).
const VECTOR = {
  secret: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
  id: "msg_p5jXN8AQM9LWM0D4loKWxJek",
  timestamp: new Date(1614265330 * 1000),
  body: '{"test": 2432232314}',
  signature: "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
};
// From the same tests: a well-formed signature that matches nothing.
const WRONG_SIGNATURE = "v1,Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/9tdO6mc=";

const body = JSON.stringify({
  type: "incident.created",
  timestamp: "2026-12-07T10:00:00Z",
  data: { key: "INC-1" },
});

describe("signing matches the Standard Webhooks spec", () => {
  it("reproduces the spec's test vector", () => {
    expect(signatureFor(VECTOR.secret, VECTOR.id, VECTOR.timestamp, VECTOR.body)).toBe(VECTOR.signature);
    expect(
      signPayload({
        id: VECTOR.id,
        timestamp: VECTOR.timestamp,
        body: VECTOR.body,
        secrets: [VECTOR.secret],
      }),
    ).toEqual({
      "webhook-id": VECTOR.id,
      "webhook-timestamp": "1614265330",
      "webhook-signature": VECTOR.signature,
    });
  });

  it("signs the exact bytes: a Uint8Array body gives the same signature as its string", () => {
    const bytes = new TextEncoder().encode(VECTOR.body);
    expect(signatureFor(VECTOR.secret, VECTOR.id, VECTOR.timestamp, bytes)).toBe(VECTOR.signature);
  });

  it("writes the timestamp in whole seconds", () => {
    const h = signPayload({
      id: "msg_1",
      timestamp: new Date(1614265330_999),
      body,
      secrets: [VECTOR.secret],
    });
    expect(h["webhook-timestamp"]).toBe("1614265330");
  });

  it("what we sign, the reference library verifies (and it rejects a changed body)", () => {
    const secret = generateWebhookSecret();
    const headers = signPayload({ id: "msg_abc", timestamp: new Date(), body, secrets: [secret] });
    expect(new Webhook(secret).verify(body, headers)).toEqual(JSON.parse(body));
    expect(() => new Webhook(secret).verify(body.replace("INC-1", "INC-2"), headers)).toThrow(
      WebhookVerificationError,
    );
    expect(() => new Webhook(generateWebhookSecret()).verify(body, headers)).toThrow(
      WebhookVerificationError,
    );
  });

  it("during a rotation it sends two signatures, and a receiver holding either secret verifies", () => {
    const [oldSecret, newSecret] = [generateWebhookSecret(), generateWebhookSecret(24)];
    const headers = signPayload({
      id: "msg_rot",
      timestamp: new Date(),
      body,
      secrets: [newSecret, oldSecret],
    });
    expect(headers["webhook-signature"].split(" ")).toHaveLength(2);
    expect(new Webhook(oldSecret).verify(body, headers)).toEqual(JSON.parse(body));
    expect(new Webhook(newSecret).verify(body, headers)).toEqual(JSON.parse(body));
    expect(verifyPayload({ headers, body, secrets: [oldSecret] })).toMatchObject({ ok: true, id: "msg_rot" });
    expect(verifyPayload({ headers, body, secrets: [newSecret] })).toMatchObject({ ok: true });
  });

  it("property: any body and id the reference library verifies, and our verifier agrees", () => {
    const secret = generateWebhookSecret();
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), fc.stringMatching(/^[A-Za-z0-9_-]{1,40}$/), (text, id) => {
        const headers = signPayload({ id, timestamp: new Date(), body: text, secrets: [secret] });
        new Webhook(secret).verify(text, headers, { jsonParse: false });
        expect(verifyPayload({ headers, body: text, secrets: [secret] }).ok).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it("refuses ids that could be confused in 'id.timestamp.body' and signing without a secret", () => {
    expect(() => signPayload({ id: "msg.1", timestamp: new Date(), body, secrets: [VECTOR.secret] })).toThrow(
      TypeError,
    );
    expect(() => signPayload({ id: "", timestamp: new Date(), body, secrets: [VECTOR.secret] })).toThrow(
      TypeError,
    );
    expect(() => signPayload({ id: "msg_1", timestamp: new Date(), body, secrets: [] })).toThrow(TypeError);
    expect(() =>
      signPayload({ id: "msg_1", timestamp: new Date(), body, secrets: ["not-a-secret"] }),
    ).toThrow(TypeError);
  });
});

describe("secrets", () => {
  it("are whsec_ + base64 of 24 to 32 random bytes, all different", () => {
    for (const bytes of [24, 32]) {
      const secret = generateWebhookSecret(bytes);
      expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/);
      expect(decodeWebhookSecret(secret)).toHaveLength(bytes);
    }
    expect(generateWebhookSecret()).not.toBe(generateWebhookSecret());
    expect(() => generateWebhookSecret(16)).toThrow(RangeError);
    expect(() => generateWebhookSecret(33)).toThrow(RangeError);
  });

  it("are recognized only in their serialized form", () => {
    expect(isWebhookSecret(VECTOR.secret)).toBe(true);
    expect(isWebhookSecret("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")).toBe(false); // no prefix
    expect(isWebhookSecret("whsec_")).toBe(false);
    expect(isWebhookSecret("whsec_c2hvcnQ=")).toBe(false); // 5 bytes
    expect(isWebhookSecret("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaS!")).toBe(false);
  });
});

describe("verifyPayload (our tools' receiver)", () => {
  const now = new Date("2026-12-07T10:00:00Z");
  const signed = (at: Date) => signPayload({ id: "msg_v", timestamp: at, body, secrets: [VECTOR.secret] });
  const verify = (headers: Record<string, string>, b = body) =>
    verifyPayload({ headers, body: b, secrets: [VECTOR.secret], now });

  it("accepts the spec's vector at its own time, with headers in any case or as a Headers object", () => {
    const headers = {
      "Webhook-Id": VECTOR.id,
      "WEBHOOK-TIMESTAMP": "1614265330",
      "webhook-signature": `${WRONG_SIGNATURE} v1a,abc ${VECTOR.signature}`,
    };
    const at = VECTOR.timestamp;
    expect(verifyPayload({ headers, body: VECTOR.body, secrets: [VECTOR.secret], now: at })).toEqual({
      ok: true,
      id: VECTOR.id,
      timestamp: at,
    });
    const h = new Headers(headers);
    expect(verifyPayload({ headers: h, body: VECTOR.body, secrets: [VECTOR.secret], now: at }).ok).toBe(true);
  });

  it("says why it refuses", () => {
    const good = signed(now);
    expect(verify({ ...good, "webhook-id": "" })).toEqual({ ok: false, reason: "missing-headers" });
    expect(verify({ ...good, "webhook-timestamp": "hello" })).toEqual({
      ok: false,
      reason: "invalid-timestamp",
    });
    expect(verify({ ...good, "webhook-signature": WRONG_SIGNATURE })).toEqual({
      ok: false,
      reason: "no-matching-signature",
    });
    expect(verify({ ...good, "webhook-signature": "v1," })).toMatchObject({ ok: false });
    expect(verify({ ...good, "webhook-signature": `${good["webhook-signature"]}!!` })).toMatchObject({
      ok: false,
    });
    expect(verify(good, `${body} `)).toEqual({ ok: false, reason: "no-matching-signature" });
    expect(verify({ ...good, "webhook-id": "msg_other" })).toEqual({
      ok: false,
      reason: "no-matching-signature",
    });
  });

  it("enforces the 5-minute tolerance both ways", () => {
    expect(verify(signed(new Date(now.getTime() - 300_000))).ok).toBe(true);
    expect(verify(signed(new Date(now.getTime() - 301_000)))).toEqual({
      ok: false,
      reason: "timestamp-too-old",
    });
    expect(verify(signed(new Date(now.getTime() + 300_000))).ok).toBe(true);
    expect(verify(signed(new Date(now.getTime() + 301_000)))).toEqual({
      ok: false,
      reason: "timestamp-too-new",
    });
  });
});
