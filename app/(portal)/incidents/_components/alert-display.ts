// How what an alert brought reads, in the queue and on the incident's page. Pure: unit-tested.

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "3 alerts · fired 5 times" */
export function alertCountText(alertCount: number, fireCount: number): string {
  return `${plural(alertCount, "alert", "alerts")} · fired ${fireCount === 1 ? "once" : `${fireCount} times`}`;
}

/** The queue's short marker: "Alert · 3 alerts · fired 5" (source, alert count, fire count). */
export function queueSourceText(alertCount: number, fireCount: number): string {
  return `Alert · ${plural(alertCount, "alert", "alerts")} · fired ${fireCount}`;
}

/** Only http(s) links are offered: a `javascript:` or `data:` generatorURL is shown as text. */
export const isWebLink = (url: string | null): url is string => !!url && /^https?:\/\//i.test(url);
