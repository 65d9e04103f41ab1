// Real receivers for delivery tests: an HTTP server that checks every request with the Standard Webhooks
// reference library (the `standardwebhooks` package receivers use, not our own verifier) and answers
// with a scripted sequence of statuses, and an SMTP server (`smtp-server`) whose mails are parsed with
// `mailparser`. Both listen on a free port of this machine; address them as http://localhost:PORT
// (`localhost` is allowlisted for outbound deliveries in the integration tests).
import http from "node:http";
import type { AddressInfo } from "node:net";
import { simpleParser, type AddressObject } from "mailparser";
import { SMTPServer } from "smtp-server";
import { Webhook } from "standardwebhooks";

/** What the receiver answers: a status, or a status with headers (e.g. Retry-After). */
export type ScriptedAnswer = number | { status: number; headers?: Record<string, string>; body?: string };

export type ReceivedWebhook = {
  /** The `webhook-id` header (the same on every retry of a message). */
  id: string | null;
  /** The `webhook-timestamp` header, in seconds. */
  timestamp: string | null;
  /** The envelope's `type` (null for bodies without one, such as chat messages). */
  type: string | null;
  /** True when the reference library verified the signature with the receiver's secret. */
  verified: boolean;
  /** The reference library's refusal when not verified ("No matching signature found", …). */
  verifyError: string | null;
  /** The exact bytes received, as text. */
  body: string;
  headers: Record<string, string>;
  path: string;
};

export type WebhookReceiver = {
  url: string;
  port: number;
  received: ReceivedWebhook[];
  /** Resolves once `count` requests have arrived (rejects after `timeoutMs`). */
  waitFor: (count: number, timeoutMs?: number) => Promise<ReceivedWebhook[]>;
  close: () => Promise<void>;
};

function headerBag(req: http.IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers)) {
    if (v !== undefined) out[k] = Array.isArray(v) ? v.join(", ") : v;
  }
  return out;
}

function typeOf(body: string): string | null {
  try {
    const parsed = JSON.parse(body) as unknown;
    const type = (parsed as { type?: unknown } | null)?.type;
    return typeof type === "string" ? type : null;
  } catch {
    return null;
  }
}

async function waitUntil<T>(check: () => T | null, timeoutMs: number, what: string): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value !== null) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * A webhook receiver. `secret` (whsec_…): every request is verified with it by the reference library;
 * left out (a chat webhook), nothing is verified. `answers` are used in order, the last one repeating
 * (default: 200 for everything).
 */
export async function startWebhookReceiver(
  options: { secret?: string; answers?: readonly ScriptedAnswer[] } = {},
): Promise<WebhookReceiver> {
  const answers = options.answers?.length ? options.answers : [200];
  const verifier = options.secret ? new Webhook(options.secret) : null;
  const received: ReceivedWebhook[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      const headers = headerBag(req);
      let verified = false;
      let verifyError: string | null = verifier ? null : "No secret to verify with";
      if (verifier) {
        try {
          verifier.verify(body, headers);
          verified = true;
        } catch (error) {
          verifyError = error instanceof Error ? error.message : String(error);
        }
      }
      const answer = answers[Math.min(received.length, answers.length - 1)]!;
      received.push({
        id: headers["webhook-id"] ?? null,
        timestamp: headers["webhook-timestamp"] ?? null,
        type: typeOf(body),
        verified,
        verifyError,
        body,
        headers,
        path: req.url ?? "/",
      });
      const {
        status,
        headers: extra,
        body: text,
      } = typeof answer === "number" ? { status: answer, headers: {}, body: undefined } : answer;
      res.writeHead(status, { "content-type": "text/plain", ...extra });
      res.end(text ?? `answered ${status}`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}/hook`,
    port,
    received,
    waitFor: (count, timeoutMs = 20_000) =>
      waitUntil(() => (received.length >= count ? received : null), timeoutMs, `${count} webhook request(s)`),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export type ReceivedMail = {
  to: string[];
  subject: string;
  text: string;
  html: string;
  headers: Map<string, unknown>;
};

export type SmtpReceiver = {
  port: number;
  /** The SMTP_URL that sends to it. */
  url: string;
  mails: ReceivedMail[];
  waitFor: (count: number, timeoutMs?: number) => Promise<ReceivedMail[]>;
  close: () => Promise<void>;
};

const addresses = (to: AddressObject | AddressObject[] | undefined): string[] =>
  (Array.isArray(to) ? to : to ? [to] : []).flatMap((a) => a.value.map((v) => v.address ?? ""));

/** An SMTP server that accepts every mail without authentication and keeps it parsed. No TLS. */
export async function startSmtpServer(): Promise<SmtpReceiver> {
  const mails: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    // Plain SMTP on this machine: nodemailer would otherwise upgrade to TLS and refuse the self-signed cert.
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          mails.push({
            to: addresses(mail.to),
            subject: mail.subject ?? "",
            text: mail.text ?? "",
            html: typeof mail.html === "string" ? mail.html : "",
            headers: mail.headers,
          });
          callback();
        })
        .catch((error: unknown) => callback(error instanceof Error ? error : new Error(String(error))));
    },
  });
  await new Promise<void>((resolve) => server.listen(0, resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    port,
    url: `smtp://localhost:${port}`,
    mails,
    waitFor: (count, timeoutMs = 20_000) =>
      waitUntil(() => (mails.length >= count ? mails : null), timeoutMs, `${count} mail(s)`),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
