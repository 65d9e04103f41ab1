// A tab's live update connection: topics become refetches of the queries they feed (a burst coalesced),
// polling slows to a safety net while the stream is up and returns to 2 s when it drops, a refused
// stream is retried later, and everything shown is refetched when the stream (re)opens.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  LIVE_FALLBACK_MS,
  LIVE_REFRESH_MS,
  LiveConnection,
  TOPIC_SPACING_MS,
  type EventSourceLike,
} from "@/lib/client/live-connection";

class FakeSource implements EventSourceLike {
  readyState = 0;
  onopen: ((event: Event) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  closed = false;
  private readonly handlers = new Map<string, (event: MessageEvent<string>) => void>();
  addEventListener(type: string, listener: (event: MessageEvent<string>) => void) {
    this.handlers.set(type, listener);
  }
  close() {
    this.closed = true;
    this.readyState = 2;
  }
  open() {
    this.readyState = 1;
    this.onopen?.(new Event("open"));
  }
  send(topics: string) {
    this.handlers.get("changed")?.({ data: topics } as MessageEvent<string>);
  }
  fail(readyState: 0 | 2) {
    this.readyState = readyState;
    this.onerror?.(new Event("error"));
  }
}

function setup() {
  const sources: FakeSource[] = [];
  const invalidated: string[] = [];
  const live = new LiveConnection({
    openEventSource: () => {
      const source = new FakeSource();
      sources.push(source);
      return source;
    },
    invalidate: (key) => invalidated.push(JSON.stringify(key)),
    isVisible: () => true,
  });
  return { live, sources, invalidated, latest: () => sources.at(-1)! };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe("live connection", () => {
  it("opens one stream for every live component, and polls every 2 s until it is open, then every 30 s", () => {
    const { live, sources, latest } = setup();
    live.retain();
    live.retain();
    expect(sources).toHaveLength(1);
    expect(live.pollInterval()).toBe(LIVE_REFRESH_MS);
    latest().open();
    expect(live.status).toBe("live");
    expect(live.pollInterval()).toBe(LIVE_FALLBACK_MS);
  });

  it("refetches the queries a topic feeds at once, and a burst at most twice", () => {
    const { live, invalidated, latest } = setup();
    live.retain();
    latest().open(); // refetches everything, which counts as the topics' last refetch
    vi.advanceTimersByTime(TOPIC_SPACING_MS);
    invalidated.length = 0;
    latest().send("incidents");
    expect(invalidated).toContain('["incidents"]');
    expect(invalidated).toContain('["dashboards","operations"]');
    expect(invalidated).not.toContain('["dashboards","security"]');
    invalidated.length = 0;
    for (let i = 0; i < 20; i++) latest().send("incidents");
    expect(invalidated).toEqual([]);
    vi.advanceTimersByTime(TOPIC_SPACING_MS);
    expect(invalidated.filter((k) => k === '["incidents"]')).toHaveLength(1);
    latest().send("no-such-topic");
  });

  it("polls every 2 s and refetches everything when a live stream drops, and again when it is back", () => {
    const { live, invalidated, latest } = setup();
    live.retain();
    latest().open();
    invalidated.length = 0;
    latest().fail(0); // the browser reconnects by itself
    expect(live.status).toBe("down");
    expect(live.pollInterval()).toBe(LIVE_REFRESH_MS);
    expect(invalidated).toContain('["incidents"]');
    invalidated.length = 0;
    latest().open();
    expect(live.status).toBe("live");
    expect(invalidated).toContain('["dashboards","operations"]');
  });

  it("retries a refused stream later, with backoff, polling meanwhile", () => {
    const { live, sources, latest } = setup();
    live.retain();
    latest().fail(2); // e.g. 503: this instance is full
    expect(latest().closed).toBe(true);
    expect(live.pollInterval()).toBe(LIVE_REFRESH_MS);
    vi.advanceTimersByTime(4_999);
    expect(sources).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(sources).toHaveLength(2);
    latest().fail(2);
    vi.advanceTimersByTime(9_999);
    expect(sources).toHaveLength(2);
    vi.advanceTimersByTime(1);
    expect(sources).toHaveLength(3);
  });

  it("closes the stream when nothing live is shown any more, and while the tab is hidden", () => {
    const { live, sources, latest } = setup();
    live.retain();
    latest().open();
    live.release();
    vi.advanceTimersByTime(5_000);
    expect(latest().closed).toBe(true);
    live.retain();
    expect(sources).toHaveLength(2);
    latest().open();
    live.visibilityChanged(false);
    vi.advanceTimersByTime(60_000);
    expect(latest().closed).toBe(true);
    expect(live.status).toBe("down");
    live.visibilityChanged(true);
    expect(sources).toHaveLength(3);
  });
});
