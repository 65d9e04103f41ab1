"use client";
// Live updates in the browser: the tab's one LiveConnection (lib/client/live-connection.ts) on
// GET /api/events, kept open while any component that calls useLiveUpdates() is mounted. Each change
// the server names refetches the queries showing it at once; while the stream is up those queries
// poll only as a slow fallback (LIVE_FALLBACK_MS), while it is down every LIVE_REFRESH_MS as before.
import { useQueryClient, type QueryClient } from "@tanstack/react-query";
import { useEffect, useSyncExternalStore } from "react";
import { LIVE_REFRESH_MS, LiveConnection, type LiveStatus } from "@/lib/client/live-connection";

export { LIVE_FALLBACK_MS, LIVE_REFRESH_MS, type LiveStatus } from "@/lib/client/live-connection";

const clients = new Set<QueryClient>();
let connection: LiveConnection | null = null;

function tabConnection(): LiveConnection {
  if (connection) return connection;
  connection = new LiveConnection({
    openEventSource: (url) => new EventSource(url),
    invalidate: (queryKey) => {
      for (const client of clients) void client.invalidateQueries({ queryKey });
    },
    isVisible: () => document.visibilityState === "visible",
  });
  const live = connection;
  document.addEventListener("visibilitychange", () =>
    live.visibilityChanged(document.visibilityState === "visible"),
  );
  return connection;
}

const subscribeToStatus = (listener: () => void) => tabConnection().subscribe(listener);
const readStatus = (): LiveStatus => tabConnection().status;
const readServerStatus = (): LiveStatus => "connecting";

/**
 * The refetch interval for a query kept live by the stream: LIVE_FALLBACK_MS while it is up,
 * LIVE_REFRESH_MS otherwise. Pass it as `refetchInterval` (react-query reads it again after every fetch).
 */
export function livePollInterval(): number {
  return connection?.pollInterval() ?? LIVE_REFRESH_MS;
}

/**
 * Keeps this tab's live update stream open while the calling component is mounted, and returns its
 * status. Call it in any client island that shows live data (the queue, an incident, a dashboard).
 */
export function useLiveUpdates(): LiveStatus {
  const client = useQueryClient();
  useEffect(() => {
    const live = tabConnection();
    clients.add(client);
    live.retain();
    return () => live.release();
  }, [client]);
  return useSyncExternalStore(subscribeToStatus, readStatus, readServerStatus);
}
