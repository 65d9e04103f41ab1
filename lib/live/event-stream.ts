// The body of GET /api/events: a text/event-stream that tells a signed-in browser which topics changed
// (never what), with a `retry:` hint, a comment every HEARTBEAT_MS so proxies keep it open and a dead
// client is noticed, and a fresh check of the caller every RECHECK_MS so a session that ended (sign-out,
// disabled person) stops hearing. It ends when the client goes, or when this instance stops hearing
// changes (the browser reconnects, and refetches what it shows).
import "server-only";
import type { NextRequest } from "next/server";
import { principalFromRequest, type Principal } from "@/lib/auth/principal";
import { ensureListening, isListeningForChanges } from "@/lib/cache/shared-answers";
import { AppError } from "@/lib/errors";
import { addLiveStream, admitLiveStream, liveStreamCount } from "@/lib/live/live-hub";
import { log } from "@/lib/log";

const RETRY_MS = 2000;
const HEARTBEAT_MS = 15_000;
const RECHECK_MS = 60_000;

export const EVENT_STREAM_HEADERS = {
  "content-type": "text/event-stream; charset=utf-8",
  // no-transform: no compression layer may buffer the frames; X-Accel-Buffering: the same for nginx.
  "cache-control": "no-store, no-transform",
  "x-accel-buffering": "no",
};

/** Opens a live update stream for a caller the handler wrapper already authenticated. */
export async function openEventStream(req: NextRequest, principal: Principal): Promise<Response> {
  await ensureListening();
  if (!isListeningForChanges()) {
    throw new AppError(
      "UNAVAILABLE",
      "Live updates are unavailable right now; the page refreshes itself by polling",
      { headers: { "retry-after": "5" } },
    );
  }
  admitLiveStream(principal.id);
  const encoder = new TextEncoder();
  let stop = () => {};
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      let isOpen = true;
      const send = (frame: string) => {
        if (!isOpen) return;
        try {
          controller.enqueue(encoder.encode(frame));
        } catch {
          end();
        }
      };
      const end = () => {
        if (!isOpen) return;
        isOpen = false;
        remove();
        clearInterval(heartbeat);
        clearInterval(recheck);
        req.signal.removeEventListener("abort", end);
        log.debug("live stream closed", { open: liveStreamCount() });
        try {
          controller.close();
        } catch {
          // already closed by the client
        }
      };
      const remove = addLiveStream({ personId: principal.id, roles: principal.roles, send, end });
      const heartbeat = setInterval(() => send(": heartbeat\n\n"), HEARTBEAT_MS);
      const recheck = setInterval(() => {
        principalFromRequest(req).then(
          (now) => {
            if (now?.id !== principal.id) end();
          },
          () => undefined, // the database is briefly away: keep the stream, the next check decides
        );
      }, RECHECK_MS);
      heartbeat.unref();
      recheck.unref();
      req.signal.addEventListener("abort", end);
      stop = end;
      log.debug("live stream opened", { open: liveStreamCount() });
      send(`retry: ${RETRY_MS}\nevent: ready\ndata: open\n\n`);
    },
    cancel() {
      stop();
    },
  });
  return new Response(body, { status: 200, headers: EVENT_STREAM_HEADERS });
}
