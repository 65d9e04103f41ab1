// The live update connection of one browser tab, without React: one EventSource on GET /api/events while
// anything live is shown, each `changed` event turned into invalidations of the queries its topics feed
// (a burst refetches a topic at most every TOPIC_SPACING_MS), a refetch of everything whenever the
// stream opens or drops (changes may have been missed, and the polling interval changes with it), a
// retry with backoff when the server refused the stream, and the stream closed while the tab is hidden.
// lib/client/live-updates.ts wraps the tab's one instance in a hook.
import type { QueryKey } from "@tanstack/react-query";
import type { LiveTopic } from "@/lib/live/topics";

/** Polling while the stream is down (or not open yet): the 2 s the queue and dashboards always had. */
export const LIVE_REFRESH_MS = 2000;
/** Polling while the stream is up: a safety net only. */
export const LIVE_FALLBACK_MS = 30_000;

export type LiveStatus = "connecting" | "live" | "down";

// The queries each topic's tables feed (the dashboards as lib/cache/shared-answers.ts says they read).
export const KEYS_OF_TOPIC: Record<LiveTopic, QueryKey[]> = {
  incidents: [
    ["incidents"],
    ["dashboards", "executive"],
    ["dashboards", "operations"],
    ["dashboards", "application"],
  ],
  changes: [
    ["changes"],
    ["dashboards", "executive"],
    ["dashboards", "operations"],
    ["dashboards", "application"],
  ],
  services: [["services"], ["dashboards", "executive"], ["dashboards", "application"]],
  security: [["security"], ["dashboards", "security"]],
  access: [["access"], ["dashboards", "security"]],
  vendors: [["vendors"], ["dashboards", "executive"]],
  continuity: [["continuity"], ["dashboards", "executive"]],
  performance: [["dashboards", "application"]],
  people: [["incidents"], ["users"], ["admin-users"]],
};
const ALL_TOPICS = Object.keys(KEYS_OF_TOPIC) as LiveTopic[];
const isTopic = (s: string): s is LiveTopic => Object.hasOwn(KEYS_OF_TOPIC, s);

// A burst of changes refetches a topic at most this often (the first change at once, the last one too).
export const TOPIC_SPACING_MS = 500;
// A tab hidden this long closes its stream (it reopens, and refetches, when shown again).
const HIDDEN_CLOSE_MS = 60_000;
// After the last user lets go (e.g. navigating between two live pages) the stream is kept this long.
const IDLE_CLOSE_MS = 5_000;

/** What the connection needs of EventSource (the browser's, or a test's). */
export type EventSourceLike = {
  readonly readyState: number;
  onopen: ((event: Event) => void) | null;
  onerror: ((event: Event) => void) | null;
  addEventListener(type: string, listener: (event: MessageEvent<string>) => void): void;
  close(): void;
};
export type LiveConnectionDeps = {
  openEventSource: (url: string) => EventSourceLike;
  /** Refetches the active queries under a key prefix. */
  invalidate: (queryKey: QueryKey) => void;
  isVisible: () => boolean;
};

const CLOSED = 2; // EventSource.CLOSED

export class LiveConnection {
  status: LiveStatus = "connecting";
  private source: EventSourceLike | null = null;
  private users = 0;
  private failures = 0;
  private reconnectTimer: ReturnType<typeof setTimeout> | null = null;
  private closeTimer: ReturnType<typeof setTimeout> | null = null;
  private readonly lastRefetch = new Map<LiveTopic, number>();
  private readonly trailing = new Map<LiveTopic, ReturnType<typeof setTimeout>>();
  private readonly listeners = new Set<() => void>();

  constructor(private readonly deps: LiveConnectionDeps) {}

  /** The refetch interval for a live query: LIVE_FALLBACK_MS while the stream is up, else LIVE_REFRESH_MS. */
  pollInterval(): number {
    return this.status === "live" ? LIVE_FALLBACK_MS : LIVE_REFRESH_MS;
  }

  /** Calls `listener` whenever the status changes; returns the unsubscribe. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Something live is shown: open the stream if it is not. */
  retain() {
    this.users += 1;
    this.clearCloseTimer();
    this.open();
  }

  /** Something live is gone: the last one closes the stream after IDLE_CLOSE_MS. */
  release() {
    this.users = Math.max(0, this.users - 1);
    if (this.users > 0) return;
    this.clearCloseTimer();
    this.closeTimer = setTimeout(() => {
      this.closeTimer = null;
      if (this.users > 0) return;
      this.close();
      this.setStatus("connecting");
    }, IDLE_CLOSE_MS);
  }

  /** The tab was hidden or shown. */
  visibilityChanged(isVisible: boolean) {
    if (!isVisible) {
      this.closeTimer ??= setTimeout(() => {
        this.closeTimer = null;
        this.close();
        this.setStatus("down");
      }, HIDDEN_CLOSE_MS);
      return;
    }
    this.clearCloseTimer();
    if (this.users > 0 && !this.source && !this.reconnectTimer) this.open();
  }

  private setStatus(status: LiveStatus) {
    if (this.status === status) return;
    this.status = status;
    for (const listener of this.listeners) listener();
  }

  private clearCloseTimer() {
    if (this.closeTimer) clearTimeout(this.closeTimer);
    this.closeTimer = null;
  }

  private refetchTopic(topic: LiveTopic) {
    this.lastRefetch.set(topic, Date.now());
    for (const queryKey of KEYS_OF_TOPIC[topic]) this.deps.invalidate(queryKey);
  }

  private heard(topic: LiveTopic) {
    if (this.trailing.has(topic)) return;
    const wait = (this.lastRefetch.get(topic) ?? -Infinity) + TOPIC_SPACING_MS - Date.now();
    if (wait <= 0) {
      this.refetchTopic(topic);
      return;
    }
    this.trailing.set(
      topic,
      setTimeout(() => {
        this.trailing.delete(topic);
        this.refetchTopic(topic);
      }, wait),
    );
  }

  private refetchEverything() {
    for (const topic of ALL_TOPICS) this.refetchTopic(topic);
  }

  private open() {
    if (this.source || this.reconnectTimer) return;
    const source = this.deps.openEventSource("/api/events");
    this.source = source;
    source.onopen = () => {
      this.failures = 0;
      this.setStatus("live");
      this.refetchEverything();
    };
    source.addEventListener("changed", (event) => {
      for (const topic of String(event.data).split(",")) if (isTopic(topic)) this.heard(topic);
    });
    source.onerror = () => {
      const wasLive = this.status === "live";
      this.setStatus("down");
      if (wasLive) this.refetchEverything();
      // CONNECTING: the browser retries by itself (the server's `retry:` hint). CLOSED: the server
      // refused (signed out, instance full, not listening): try again later, polling meanwhile.
      if (source.readyState !== CLOSED) return;
      this.close();
      this.failures += 1;
      const delay = Math.min(60_000, 5_000 * 2 ** Math.min(this.failures - 1, 4));
      this.reconnectTimer = setTimeout(() => {
        this.reconnectTimer = null;
        if (this.users > 0 && this.deps.isVisible()) this.open();
      }, delay);
    };
  }

  private close() {
    this.source?.close();
    this.source = null;
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    this.reconnectTimer = null;
  }
}
