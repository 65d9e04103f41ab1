// The one place that reads process.env. Validated once; a missing secret in production stops the start.
import { z } from "zod";
import { parseOutboundAllowlist } from "@/lib/notify/outbound-allowlist";

const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: z.string().url().optional(),
    NEXTAUTH_SECRET: z.string().min(32, "NEXTAUTH_SECRET must be at least 32 characters").optional(),
    NEXTAUTH_URL: z.string().url().optional(),
    // Behind a load balancer, trust X-Forwarded-For for the client address used by sign-in limits.
    TRUST_PROXY: z
      .enum(["true", "false"])
      .default("false")
      .transform((v) => v === "true"),
    // How many proxies append to X-Forwarded-For in front of the portal (load balancer = 1).
    TRUSTED_PROXY_HOPS: z.coerce.number().int().min(1).max(5).default(1),
    // Extra origins allowed to send cookie-authenticated writes (comma-separated), besides the portal's own.
    ALLOWED_ORIGINS: z.string().default(""),
    LOGIN_MAX_FAILURES_PER_ACCOUNT: z.coerce.number().int().positive().default(5),
    LOGIN_MAX_FAILURES_PER_CLIENT: z.coerce.number().int().positive().default(20),
    LOGIN_WINDOW_MINUTES: z.coerce.number().int().positive().default(15),
    DB_POOL_SIZE: z.coerce.number().int().positive().default(10),
    LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
    // Background jobs (escalations, weekly review) in this instance; every instance may run them.
    // Approvals a CAB-routed change needs (handbook default 2); stored on each change when submitted.
    CAB_QUORUM: z.coerce.number().int().min(1).max(20).default(2),
    JOBS_ENABLED: z
      .enum(["true", "false"])
      .default("true")
      .transform((v) => v === "true"),
    // The portal measuring itself as the service ops-portal (API, database and search times, host use).
    SELF_MEASURE: z
      .enum(["true", "false"])
      .default("true")
      .transform((v) => v === "true"),
    // Raw performance samples older than this are deleted daily; the daily rollups keep their figures.
    PERFORMANCE_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
    // How long a computed dashboard may be reused when no data behind it changed (0: never reuse).
    VIEW_CACHE_SECONDS: z.coerce.number().min(0).max(300).default(10),
    // This instance's name, sent as `x-served-by` and in /api/health (several instances behind a load
    // balancer: which one answered). Unset: not sent.
    INSTANCE_ID: z
      .string()
      .regex(/^[\w.:-]{1,64}$/, "letters, digits and . _ : - (at most 64)")
      .optional(),
    // Live update streams (GET /api/events) one instance keeps open; beyond it browsers poll instead.
    LIVE_MAX_STREAMS: z.coerce.number().int().min(0).max(100_000).default(1000),
    // The key that encrypts people's webhook signing secrets at rest (AES-256-GCM): the base64 of 32 random
    // bytes (`openssl rand -base64 32`). Unset: derived from NEXTAUTH_SECRET (lib/notify/keys.ts), so
    // changing NEXTAUTH_SECRET then makes stored webhook secrets unreadable (they are rotated).
    NOTIFY_SECRET_KEY: z
      .string()
      .refine(
        (v) => /^[A-Za-z0-9+/]{43}=$/.test(v) && Buffer.from(v, "base64").length === 32,
        "the base64 of 32 random bytes (openssl rand -base64 32)",
      )
      .optional(),
    // Where e-mail goes: smtp://user:pass@host:587 (STARTTLS when offered) or smtps://host:465. Unset: e-mail
    // is kept in the portal's outbox (/outbox) and written to the log instead of being sent.
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\//, "an smtp:// or smtps:// URL")
      .optional(),
    // The sender of the portal's e-mail.
    SMTP_FROM: z.string().min(3).default("Neuron Ops <neuron-ops@localhost>"),
    // Internal hosts and ranges outbound deliveries may reach (lib/notify/outbound-allowlist.ts), e.g.
    // "chat.corp.example, .hooks.internal, 10.20.0.0/16". Empty: only public addresses.
    OUTBOUND_ALLOWLIST: z
      .string()
      .default("")
      .transform((text, ctx) => {
        const parsed = parseOutboundAllowlist(text);
        if (parsed.ok) return parsed.allowlist;
        for (const message of parsed.errors) ctx.addIssue({ code: "custom", message });
        return z.NEVER;
      }),
  })
  .superRefine((env, ctx) => {
    // `next build` loads modules to collect routes; the running server is what needs the secrets.
    if (env.NODE_ENV !== "production" || process.env.NEXT_PHASE === "phase-production-build") return;
    if (!env.DATABASE_URL)
      ctx.addIssue({ code: "custom", path: ["DATABASE_URL"], message: "is required in production" });
    if (!env.NEXTAUTH_SECRET)
      ctx.addIssue({ code: "custom", path: ["NEXTAUTH_SECRET"], message: "is required in production" });
    // Without it, cookies are not marked Secure behind a TLS-terminating load balancer.
    if (!env.NEXTAUTH_URL)
      ctx.addIssue({
        code: "custom",
        path: ["NEXTAUTH_URL"],
        message: "is required in production (the portal's public URL)",
      });
  });

export type Env = z.infer<typeof envSchema>;

function loadEnv(): Env {
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  - ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`Neuron Ops cannot start: invalid environment\n${lines}\nSee README "Configuration".`);
  }
  return parsed.data;
}

export const env: Env = loadEnv();

// Development and tests get a fixed, clearly-not-secret signing key; production must configure one.
export const authSecret = env.NEXTAUTH_SECRET ?? "neuron-ops-development-secret-not-for-production";
/** The portal's public origin, for links in notifications and feeds. */
export const portalOrigin = env.NEXTAUTH_URL ? new URL(env.NEXTAUTH_URL).origin : "http://localhost:3000";
export const databaseUrl = env.DATABASE_URL ?? "postgresql://postgres:postgres@127.0.0.1:54329/neuron_ops";
