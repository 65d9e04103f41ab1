// Structured logs, one JSON object a line on stdout/stderr.
import { env } from "@/lib/env";

const LEVELS = { debug: 10, info: 20, warn: 30, error: 40 } as const;
type Level = keyof typeof LEVELS;

// An error as readable fields: its message, code and the causes inside it. String(error) gives
// "[object Object]" for the plain objects pg-boss emits and only "AggregateError" for pg's failed connects.
export function describeError(error: unknown, depth = 0): unknown {
  if (error === undefined || typeof error === "string") return error;
  if (!error || typeof error !== "object") return safeJson(error);
  const e = error as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  if (typeof e.name === "string" && e.name !== "Error") out.name = e.name;
  out.message = typeof e.message === "string" && e.message ? e.message : safeJson(error);
  for (const key of ["code", "kind", "queue", "worker", "detail", "hint", "syscall", "address", "port"]) {
    const value = e[key];
    if (value !== undefined && value !== null && typeof value !== "object") out[key] = value;
  }
  if (depth < 3) {
    if (Array.isArray(e.errors) && e.errors.length)
      out.errors = e.errors.slice(0, 3).map((inner) => describeError(inner, depth + 1));
    if (e.cause !== undefined) out.cause = describeError(e.cause, depth + 1);
  }
  return out;
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

function write(level: Level, message: string, fields: Record<string, unknown> = {}) {
  if (LEVELS[level] < LEVELS[env.LOG_LEVEL]) return;
  // An Error (or an error-shaped object under "error") is written as its fields, never "[object Object]".
  const shown = Object.fromEntries(
    Object.entries(fields).map(([k, v]) => [
      k,
      v instanceof Error || (k === "error" && v && typeof v === "object") ? describeError(v) : v,
    ]),
  );
  const line = JSON.stringify({ time: new Date().toISOString(), level, message, ...shown });
  if (level === "error" || level === "warn") console.error(line);
  else console.log(line);
}

export const log = {
  debug: (m: string, f?: Record<string, unknown>) => write("debug", m, f),
  info: (m: string, f?: Record<string, unknown>) => write("info", m, f),
  warn: (m: string, f?: Record<string, unknown>) => write("warn", m, f),
  error: (m: string, f?: Record<string, unknown>) => write("error", m, f),
};
