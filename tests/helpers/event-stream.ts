// Opens GET /api/events through its route handler the way Next.js would, and reads its frames as a
// browser's EventSource would see them (event name + data), until closed.
import { NextRequest } from "next/server";
import { BASE_URL } from "./api";

type Handler = (
  req: NextRequest,
  ctx: { params: Promise<Record<string, string | string[]>> },
) => Promise<Response>;
export type Frame = { event: string; data: string; at: number };

export async function openStream(handler: Handler, token?: string) {
  const aborter = new AbortController();
  const headers = new Headers(token ? { authorization: `Bearer ${token}` } : {});
  const res = await handler(
    new NextRequest(new URL("/api/events", BASE_URL), { headers, signal: aborter.signal }),
    { params: Promise.resolve({}) },
  );
  const frames: Frame[] = [];
  const raw: string[] = [];
  let ended = false;
  const waiters = new Set<() => void>();
  const reading = (async () => {
    if (!res.body || !(res.headers.get("content-type") ?? "").startsWith("text/event-stream")) return;
    const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = "";
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true as const }));
      if (done) break;
      buffer += value;
      let cut: number;
      while ((cut = buffer.indexOf("\n\n")) >= 0) {
        const block = buffer.slice(0, cut);
        buffer = buffer.slice(cut + 2);
        raw.push(block);
        const lines = block.split("\n");
        const event = lines.find((l) => l.startsWith("event: "))?.slice(7) ?? "message";
        const data = lines
          .filter((l) => l.startsWith("data: "))
          .map((l) => l.slice(6))
          .join("\n");
        if (lines.some((l) => l.startsWith("data: "))) frames.push({ event, data, at: Date.now() });
        for (const w of waiters) w();
      }
    }
    ended = true;
    for (const w of waiters) w();
  })();
  return {
    status: res.status,
    headers: res.headers,
    frames,
    raw,
    get ended() {
      return ended;
    },
    /** Resolves with the first frame (after `from`) that matches, or null after `ms`. */
    async next(match: (f: Frame) => boolean, ms = 3000, from = 0): Promise<Frame | null> {
      const deadline = Date.now() + ms;
      for (;;) {
        const found = frames.slice(from).find(match);
        if (found) return found;
        if (ended || Date.now() > deadline) return null;
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, Math.max(0, deadline - Date.now()));
          waiters.add(() => {
            clearTimeout(timer);
            resolve();
          });
        });
        waiters.clear();
      }
    },
    /** The client goes away (a tab closed). */
    async close() {
      aborter.abort();
      await res.body?.cancel().catch(() => undefined);
      await reading;
    },
  };
}
