// Shared answers. Some views — the four dashboards, the triage queue, incident metrics, the catalog's
// service names — are read far more often than the data behind them changes (every operator's queue and
// operations screen refetches on every change, and polls every 2 s when its live stream is down, many
// people open the same executive view, every report checks its services), so each instance keeps the
// last computed answer per view and
// query and drops it as soon as the data changes: every write to a table a view reads sends NOTIFY
// neuron_dashboards '<table>', which PostgreSQL delivers to every listening instance when the writing
// transaction commits (see the dashboard_notifications and view_notifications migrations).
// An answer is also recomputed when older than its time-to-live, because some figures move with the
// clock alone (countdowns, breaches, an open incident's minutes). Concurrent misses share one
// computation. Without a working LISTEN connection (or with VIEW_CACHE_SECONDS=0) every call
// computes afresh. The same connection feeds the live update streams (lib/live, onTableChange).
import "server-only";
import pg from "pg";
import type { z } from "zod";
import type { DashboardName } from "@/lib/dashboards/schemas";
import { databaseUrl, env } from "@/lib/env";
import { log } from "@/lib/log";

const CHANNEL = "neuron_dashboards";

export type SharedView = DashboardName | "incident-queue" | "incident-metrics" | "service-catalog";

// The tables each view reads; a change to one drops that view's answers.
const READS: Record<SharedView, readonly string[]> = {
  "incident-queue": ["incidents", "incident_updates", "changes", "postmortem_action_items", "users"],
  "incident-metrics": ["incidents"],
  "service-catalog": ["services"],
  executive: [
    "incidents",
    "changes",
    "services",
    "vendors",
    "vendor_assessments",
    "business_functions",
    "dr_tests",
  ],
  operations: ["incidents", "incident_escalations", "changes", "change_freezes"],
  application: ["incidents", "changes", "services", "performance_samples"],
  security: ["security_events", "access_requests"],
};

// The clock moves the operations figures and the queue's clock states (at risk, breached) fastest.
export const TIME_TO_LIVE_MS: Record<SharedView, number> = {
  "incident-queue": Math.min(env.VIEW_CACHE_SECONDS, 1) * 1000,
  "incident-metrics": env.VIEW_CACHE_SECONDS * 1000,
  "service-catalog": env.VIEW_CACHE_SECONDS * 1000,
  executive: env.VIEW_CACHE_SECONDS * 1000,
  operations: Math.min(env.VIEW_CACHE_SECONDS, 2) * 1000,
  application: env.VIEW_CACHE_SECONDS * 1000,
  security: env.VIEW_CACHE_SECONDS * 1000,
};

type Entry = { value: unknown; computedAt: number; generation: number };
type State = {
  listening: boolean;
  connecting: Promise<void> | null;
  client: pg.Client | null;
  generation: Record<SharedView, number>;
  entries: Map<string, Entry>;
  inflight: Map<string, Promise<unknown>>;
  /** Live update streams (lib/live) hear every change and every loss of the LISTEN connection. */
  changeListeners?: Set<(table: string) => void>;
  lostListeners?: Set<() => void>;
};

const globalForCache = globalThis as unknown as { sharedAnswers?: State };
const state: State = (globalForCache.sharedAnswers ??= {
  listening: false,
  connecting: null,
  client: null,
  generation: {
    executive: 0,
    operations: 0,
    application: 0,
    security: 0,
    "incident-queue": 0,
    "incident-metrics": 0,
    "service-catalog": 0,
  },
  entries: new Map(),
  inflight: new Map(),
});

function invalidate(views: readonly SharedView[]) {
  for (const d of views) {
    state.generation[d] += 1;
    for (const key of state.entries.keys()) if (key.startsWith(`${d}|`)) state.entries.delete(key);
  }
}

const ALL = Object.keys(READS) as SharedView[];

const changeListeners = (state.changeListeners ??= new Set());
const lostListeners = (state.lostListeners ??= new Set());

/**
 * Hears every committed change notified on this instance's one LISTEN connection (the table's name), and
 * every loss of that connection (changes may have been missed until it is back). Returns the unsubscribe.
 */
export function onTableChange(onChange: (table: string) => void, onLost: () => void): () => void {
  changeListeners.add(onChange);
  lostListeners.add(onLost);
  return () => {
    changeListeners.delete(onChange);
    lostListeners.delete(onLost);
  };
}

/** True while this instance hears change notifications. */
export const isListeningForChanges = () => state.listening;

function tellListeners<A extends unknown[]>(listeners: Set<(...args: A) => void>, ...args: A) {
  for (const listener of listeners) {
    try {
      listener(...args);
    } catch (error) {
      log.warn("shared answers: a change listener failed", { error: String(error) });
    }
  }
}

export function dropAnswersReading(table: string) {
  invalidate(ALL.filter((d) => READS[d].includes(table)));
}

async function listen(): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  const lost = (why: string) => {
    if (state.client !== client) return;
    log.warn("shared answers: change notifications lost, computing every request until reconnected", { why });
    state.listening = false;
    state.client = null;
    invalidate(ALL);
    tellListeners(lostListeners);
    client.end().catch(() => undefined);
    setTimeout(() => void ensureListening(), 1000).unref();
  };
  client.on("notification", (msg) => {
    dropAnswersReading(msg.payload ?? "");
    tellListeners(changeListeners, msg.payload ?? "");
  });
  client.on("error", (error) => lost(error.message));
  client.on("end", () => lost("connection ended"));
  await client.connect();
  await client.query(`LISTEN ${CHANNEL}`);
  // The listener must never keep a process (a test run, a script) alive on its own.
  (client as unknown as { connection?: { stream?: { unref?: () => void } } }).connection?.stream?.unref?.();
  state.client = client;
  // Anything computed before LISTEN took effect may have missed a change.
  invalidate(ALL);
  state.listening = true;
}

/** Opens this instance's LISTEN connection if it is not open yet (a failure retries in the background). */
export function ensureListening(): Promise<void> {
  if (state.listening) return Promise.resolve();
  state.connecting ??= listen()
    .catch((error: unknown) => {
      log.warn("shared answers: cannot listen for changes", { error: String(error) });
      setTimeout(() => void ensureListening(), 5000).unref();
    })
    .finally(() => {
      state.connecting = null;
    });
  return state.connecting;
}

/**
 * `compute()`'s answer for (`view`, `key`), computed once and shared by every caller on this instance
 * until a table the view reads changes (PostgreSQL NOTIFY, from any instance) or `timeToLiveMs` passes.
 * Concurrent callers wait for the same computation.
 */
export async function sharedAnswer<T>(
  view: SharedView,
  key: string,
  compute: () => Promise<T>,
  timeToLiveMs = TIME_TO_LIVE_MS[view],
): Promise<T> {
  if (timeToLiveMs <= 0) return compute();
  await ensureListening();
  if (!state.listening) return compute();
  const id = `${view}|${key}`;
  const hit = state.entries.get(id);
  if (hit && hit.generation === state.generation[view] && Date.now() - hit.computedAt < timeToLiveMs)
    return hit.value as T;
  const running = state.inflight.get(id);
  if (running) return running as Promise<T>;
  const generation = state.generation[view];
  const computedAt = Date.now();
  const promise = compute()
    .then((value) => {
      // Only an answer no change overtook while it was computed may be reused.
      if (state.listening && state.generation[view] === generation)
        state.entries.set(id, { value, computedAt, generation });
      return value;
    })
    .finally(() => state.inflight.delete(id));
  state.inflight.set(id, promise);
  return promise;
}

// The HTTP answer: the contract's schema applied and the JSON written once per computation, so a
// reused answer costs neither.
export async function sharedAnswerResponse(
  view: SharedView,
  key: string,
  schema: z.ZodType,
  compute: () => Promise<unknown>,
): Promise<Response> {
  const body = await sharedAnswer(view, key, async () => {
    const value = await compute();
    return { text: JSON.stringify(schema.parse(value)), computedAt: new Date().toISOString() };
  });
  return new Response(body.text, {
    status: 200,
    headers: {
      "content-type": "application/json",
      "cache-control": "no-store",
      "x-computed-at": body.computedAt,
    },
  });
}

// For tests and shutdown: stop listening and forget everything.
export async function closeSharedAnswers() {
  const client = state.client;
  state.client = null;
  state.listening = false;
  invalidate(ALL);
  if (client) tellListeners(lostListeners);
  await client?.end().catch(() => undefined);
}
