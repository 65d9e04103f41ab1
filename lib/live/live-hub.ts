// One instance's live update streams, fed by its one LISTEN connection (lib/cache/shared-answers.ts):
// every committed change becomes a topic (lib/live/topics.ts) sent to the streams whose viewer may hear
// it. A burst of writes is coalesced so a stream gets at most one frame per FRAME_SPACING_MS, the first
// one at once. Losing the LISTEN connection ends every stream: changes may have been missed, and the
// browsers reconnect (and refetch) or poll until it is back.
import "server-only";
import type { Role } from "@/lib/auth/permissions";
import { onTableChange } from "@/lib/cache/shared-answers";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { canHearTopic, changedEvent, topicOfTable, type LiveTopic } from "@/lib/live/topics";

const FRAME_SPACING_MS = 200;
// Tabs one person may keep streaming on one instance; more poll instead.
const MAX_STREAMS_PER_PERSON = 20;

export type LiveStream = {
  personId: string;
  roles: readonly Role[];
  send: (frame: string) => void;
  end: () => void;
};

type Hub = {
  streams: Set<LiveStream>;
  pending: Set<LiveTopic>;
  lastFrameAt: number;
  timer: NodeJS.Timeout | null;
  subscribed: boolean;
};

const globalForHub = globalThis as unknown as { liveHub?: Hub };
const hub: Hub = (globalForHub.liveHub ??= {
  streams: new Set(),
  pending: new Set(),
  lastFrameAt: 0,
  timer: null,
  subscribed: false,
});

function sendPending() {
  hub.timer = null;
  hub.lastFrameAt = Date.now();
  const topics = [...hub.pending];
  hub.pending.clear();
  for (const stream of hub.streams) {
    const audible = topics.filter((topic) => canHearTopic(stream.roles, topic));
    if (audible.length) stream.send(changedEvent(audible));
  }
}

function heard(table: string) {
  const topic = topicOfTable(table);
  if (!topic || hub.streams.size === 0) return;
  hub.pending.add(topic);
  if (hub.timer) return;
  const wait = hub.lastFrameAt + FRAME_SPACING_MS - Date.now();
  if (wait <= 0) sendPending();
  else hub.timer = setTimeout(sendPending, wait);
}

function lost() {
  for (const stream of [...hub.streams]) stream.end();
}

// A stopping server waits for its open responses: streams never end by themselves, so they end here
// and the browsers reconnect (through the balancer, to another instance). The server's own handler
// decides how to exit; without one, the signal is raised again so the default still happens.
function endStreamsOnStop(signal: NodeJS.Signals) {
  const handler = () => {
    lost();
    if (process.listenerCount(signal) === 1) {
      process.off(signal, handler);
      process.kill(process.pid, signal);
    }
  };
  process.on(signal, handler);
}

/**
 * Refuses a new stream when this instance (LIVE_MAX_STREAMS) or this person has as many as allowed;
 * the browser then polls. Call it right before `addLiveStream`, in the same tick.
 */
export function admitLiveStream(personId: string) {
  if (hub.streams.size >= env.LIVE_MAX_STREAMS) {
    throw new AppError(
      "UNAVAILABLE",
      "This instance has as many live update streams open as it allows; the page refreshes itself by polling",
      { headers: { "retry-after": "30" } },
    );
  }
  let own = 0;
  for (const stream of hub.streams) if (stream.personId === personId) own += 1;
  if (own >= MAX_STREAMS_PER_PERSON) {
    throw new AppError(
      "RATE_LIMITED",
      `At most ${MAX_STREAMS_PER_PERSON} live update streams per person; close some tabs`,
      { headers: { "retry-after": "30" } },
    );
  }
}

/** Starts sending changes to a stream; returns what stops it. */
export function addLiveStream(stream: LiveStream): () => void {
  if (!hub.subscribed) {
    onTableChange(heard, lost);
    endStreamsOnStop("SIGTERM");
    endStreamsOnStop("SIGINT");
    hub.subscribed = true;
  }
  hub.streams.add(stream);
  return () => hub.streams.delete(stream);
}

/** Streams open on this instance (for tests and metrics). */
export const liveStreamCount = () => hub.streams.size;
