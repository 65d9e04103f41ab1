// "A write on one instance → the event on N clients of another": the live update latency the bench
// reports. Writes one at a time (spaced, so coalescing never delays one), and for each notes how long
// until every stream client heard a matching event, measured from the moment the write was sent.
import { performance } from "node:perf_hooks";
import { connectSseClients } from "./sse-clients";

export type LivePath = {
  /** Sends one write (through instance A, or the floor's writer). */
  write: (i: number) => Promise<void>;
  /** The stream the clients hold (instance B, or the floor's stream). */
  streamUrl: string;
  /** Each client's request headers (e.g. a bearer token; a person may hold only so many streams). */
  headers?: (client: number) => Record<string, string>;
  /** Whether an event's data announces the write. */
  isAbout: (data: string) => boolean;
};

export type LiveResult = {
  writes: number;
  clients: number;
  samples: number;
  p50: number;
  p95: number;
  max: number;
  missed: number;
  writeP50: number;
};

const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : NaN;

export async function measureLivePath(
  path: LivePath,
  options: { clients: number; writes: number; spacingMs: number; timeoutMs?: number },
): Promise<LiveResult> {
  const streams = await connectSseClients(path.streamUrl, options.clients, path.headers);
  try {
    await new Promise((r) => setTimeout(r, 500));
    await path.write(-1); // warm-up: the write path's first call
    await new Promise((r) => setTimeout(r, options.spacingMs));
    const delays: number[] = [];
    const writeTimes: number[] = [];
    let missed = 0;
    for (let i = 0; i < options.writes; i++) {
      const sent = performance.now();
      const heard = streams.heardAfter(sent, path.isAbout, options.timeoutMs ?? 5_000);
      await path.write(i);
      writeTimes.push(performance.now() - sent);
      for (const d of await heard) {
        if (d === null) missed += 1;
        else delays.push(d);
      }
      await new Promise((r) => setTimeout(r, options.spacingMs));
    }
    delays.sort((a, b) => a - b);
    writeTimes.sort((a, b) => a - b);
    return {
      writes: options.writes,
      clients: options.clients,
      samples: delays.length,
      p50: percentile(delays, 50),
      p95: percentile(delays, 95),
      max: delays.at(-1) ?? NaN,
      missed,
      writeP50: percentile(writeTimes, 50),
    };
  } finally {
    streams.close();
  }
}
