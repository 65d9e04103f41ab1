// Expiries are chosen and shown in UTC. A datetime-local input has no zone, so its value is read and
// written as UTC here (to the second: a grant may be cut to a few minutes), never through the browser's zone.
const pad = (n: number) => String(n).padStart(2, "0");

// "2026-05-12T10:00:30.000Z" → "2026-05-12T10:00:30", for a datetime-local input with step 1.
export function toUtcInput(ms: number): string {
  const d = new Date(ms);
  if (Number.isNaN(d.getTime())) return "";
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

// "2026-05-12T10:00" or "…:30" (taken as UTC) → ISO; "" or nonsense → undefined.
export function fromUtcInput(value: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/.exec(value.trim());
  if (!m) return undefined;
  const [y, mo, d, h, mi] = m.slice(1, 6).map(Number) as [number, number, number, number, number];
  const ms = Date.UTC(y, mo - 1, d, h, mi, m[6] ? Number(m[6]) : 0);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}

const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

// "Tue 12 May 10:00 UTC" (seconds only when set): the same text on the server and in the browser.
export function formatUtc(iso: string): string {
  const d = new Date(iso);
  const seconds = d.getUTCSeconds() ? `:${pad(d.getUTCSeconds())}` : "";
  return `${WEEKDAYS[d.getUTCDay()]} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}${seconds} UTC`;
}

// Time left, coarse when far and to the second when close: "3 d 4 h", "5 h 12 min", "12 min", "25 s".
export function formatRemaining(ms: number): string {
  const s = Math.max(0, Math.ceil(ms / 1000));
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m} min`;
  const h = Math.floor(m / 60);
  if (h < 24) return `${h} h ${m % 60} min`;
  return `${Math.floor(h / 24)} d ${h % 24} h`;
}
