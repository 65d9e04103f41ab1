// Sends one attempt of a delivery and says what happened; never throws. HTTP: the URL is checked just
// before sending (DNS resolved now, private and metadata addresses refused unless OUTBOUND_ALLOWLIST
// names them), the connection pinned to the checked addresses, no redirect followed, 10 s for the whole
// exchange. E-mail: SMTP through nodemailer to SMTP_URL, or the outbox (kept in the delivery, written to
// the log) when no SMTP_URL is configured.
import "server-only";
import http from "node:http";
import https from "node:https";
import nodemailer, { type Transporter } from "nodemailer";
import { env } from "@/lib/env";
import { log } from "@/lib/log";
import { checkOutboundUrl, pinnedLookup } from "@/lib/notify/outbound-url";
import type { DeliveryError } from "@/lib/notify/retry";

export const SEND_TIMEOUT_MS = 10_000;
const MAX_RESPONSE_BYTES = 16 * 1024;

export type SendOutcome = {
  durationMs: number;
  /** The HTTP status, or the SMTP reply code of a refusal. */
  status?: number;
  /** Set when nothing was answered (or the address was refused): the retry rules read it. */
  error?: DeliveryError;
  /** What the log shows: the refusal, the network error, the receiver's first words. */
  message?: string;
  retryAfter?: string | null;
  /** Where it went: "smtp", "outbox" (no SMTP_URL), "http". */
  via: "smtp" | "outbox" | "http";
};

export async function postJson(
  url: string,
  body: string,
  headers: Record<string, string>,
  options: { timeoutMs?: number } = {},
): Promise<SendOutcome> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const check = await checkOutboundUrl(url, { allowlist: env.OUTBOUND_ALLOWLIST });
  if (!check.ok) return { durationMs: elapsed(), error: "blocked", message: check.message, via: "http" };
  const client = check.url.protocol === "https:" ? https : http;
  return new Promise<SendOutcome>((resolve) => {
    let settled = false;
    const done = (outcome: Omit<SendOutcome, "durationMs" | "via">) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({ ...outcome, durationMs: elapsed(), via: "http" });
    };
    const request = client.request(
      check.url,
      {
        method: "POST",
        lookup: pinnedLookup(check),
        headers: {
          "content-type": "application/json",
          "content-length": String(Buffer.byteLength(body)),
          "user-agent": "Neuron-Ops-Webhooks/1",
          ...headers,
        },
        agent: false,
      },
      (response) => {
        const chunks: Buffer[] = [];
        let size = 0;
        response.on("data", (chunk: Buffer) => {
          if (size < MAX_RESPONSE_BYTES) chunks.push(chunk);
          size += chunk.length;
        });
        response.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8").slice(0, 200).trim();
          done({
            status: response.statusCode ?? 0,
            message: text || undefined,
            retryAfter: response.headers["retry-after"] ?? null,
          });
        });
        response.on("error", (error) => done({ error: "network", message: error.message }));
      },
    );
    const timer = setTimeout(() => {
      done({ error: "timeout", message: `No answer within ${SEND_TIMEOUT_MS / 1000} s` });
      request.destroy();
    }, options.timeoutMs ?? SEND_TIMEOUT_MS);
    request.on("error", (error) => done({ error: "network", message: error.message }));
    request.end(body);
  });
}

export type EmailPayload = { to: string; subject: string; text: string; html: string };

type MailTransport = Transporter<{ response: string }>;
const globalForMail = globalThis as unknown as { mailTransport?: MailTransport };

function mailTransport(): MailTransport | null {
  if (!env.SMTP_URL) return null;
  globalForMail.mailTransport ??= nodemailer.createTransport(env.SMTP_URL, {
    connectionTimeout: SEND_TIMEOUT_MS,
    greetingTimeout: SEND_TIMEOUT_MS,
    socketTimeout: SEND_TIMEOUT_MS,
  }) as MailTransport;
  return globalForMail.mailTransport;
}

/** Whether e-mail goes to an SMTP server (SMTP_URL) or stays in the portal's outbox. */
export const mailMode = (): "smtp" | "outbox" => (env.SMTP_URL ? "smtp" : "outbox");

export async function sendEmail(payload: EmailPayload, messageId: string): Promise<SendOutcome> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const transport = mailTransport();
  if (!transport) {
    log.info("e-mail kept in the outbox (no SMTP_URL)", {
      to: payload.to,
      subject: payload.subject,
      messageId,
    });
    return { durationMs: elapsed(), via: "outbox", message: "Kept in the outbox: no SMTP_URL is configured" };
  }
  try {
    const info = await transport.sendMail({
      from: env.SMTP_FROM,
      to: payload.to,
      subject: payload.subject,
      text: payload.text,
      html: payload.html,
      messageId: `<${messageId}@neuron-ops>`,
      headers: { "X-Neuron-Ops-Delivery": messageId },
    });
    return { durationMs: elapsed(), via: "smtp", status: 250, message: info.response.slice(0, 200) };
  } catch (error) {
    const smtp = error as { responseCode?: number; code?: string; message?: string };
    const message = (smtp.message ?? String(error)).slice(0, 300);
    // A 5xx reply refuses the message for good (unknown mailbox); anything else may pass later.
    if (smtp.responseCode && smtp.responseCode >= 500)
      return { durationMs: elapsed(), via: "smtp", status: 400, message };
    if (smtp.code === "ETIMEDOUT" || smtp.code === "ETIMEOUT")
      return { durationMs: elapsed(), via: "smtp", error: "timeout", message };
    return { durationMs: elapsed(), via: "smtp", error: "network", message };
  }
}
