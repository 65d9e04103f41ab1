// The label of a period filter that arrived with a link: "Recorded 2026-10-01 – 2026-10-31 (UTC)".
// `to` is exclusive: a bound at midnight shows the day before it; a bound with a time shows the time.

/** `verb` opens the label ("Reported", "Finished", "Recorded"); null when neither bound is a valid instant. */
export function periodLabel(verb: string, from: string, to: string): string | null {
  const show = (iso: string, exclusiveEnd: boolean) => {
    const ms = Date.parse(iso);
    if (Number.isNaN(ms)) return null;
    const midnight = ms % 86_400_000 === 0;
    const d = new Date(midnight && exclusiveEnd ? ms - 1 : ms).toISOString();
    return midnight ? d.slice(0, 10) : `${d.slice(0, 10)} ${d.slice(11, 16)}`;
  };
  const a = from ? show(from, false) : null;
  const b = to ? show(to, true) : null;
  if (a && b) return `${verb} ${a} – ${b} (UTC)`;
  if (a) return `${verb} since ${a} (UTC)`;
  if (b) return `${verb} until ${b} (UTC)`;
  return null;
}
