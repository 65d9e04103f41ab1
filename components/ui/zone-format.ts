// Times in a named IANA zone other than the viewer's (an on-call schedule's "09:00 CET"): the zone is
// given, so the server and the browser write the same text. Pure: unit-tested.

type Parts = Partial<Record<Intl.DateTimeFormatPartTypes, string>>;

const formatters = new Map<string, Intl.DateTimeFormat>();

function partsOf(at: Date, timeZone: string): Parts {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-GB", {
      timeZone,
      weekday: "short",
      day: "numeric",
      month: "short",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
      timeZoneName: "short",
    });
    formatters.set(timeZone, f);
  }
  return Object.fromEntries(f.formatToParts(at).map((p) => [p.type, p.value]));
}

export type ZoneTimeOptions = {
  /** Lead with the day: "Mon 7 Dec 09:00 CET". */
  withDay?: boolean;
  /** Midnight reads "24:00" (the end of a day's stretch), not "00:00". */
  isEnd?: boolean;
  /** Leave the zone's name off (it is said once nearby). */
  isZoneHidden?: boolean;
};

/** "09:00 CET", "Mon 7 Dec 09:00 CET": an instant on the wall clock of `timeZone`, the zone named. */
export function formatZoneTime(at: string | Date, timeZone: string, options: ZoneTimeOptions = {}): string {
  const d = typeof at === "string" ? new Date(at) : at;
  const p = partsOf(d, timeZone);
  const isMidnightEnd = options.isEnd && p.hour === "00" && p.minute === "00";
  const clock = isMidnightEnd ? "24:00" : `${p.hour}:${p.minute}`;
  // 24:00 belongs to the day that ends, not to the one that starts.
  const dayParts = isMidnightEnd ? partsOf(new Date(d.getTime() - 1), timeZone) : p;
  const day = options.withDay ? `${dayParts.weekday} ${dayParts.day} ${dayParts.month} ` : "";
  return `${day}${clock}${options.isZoneHidden ? "" : ` ${p.timeZoneName}`}`;
}

/** The zone's short name at an instant: "CET" in winter, "CEST" in summer, "GMT-5" where it has none. */
export function zoneName(at: string | Date, timeZone: string): string {
  return partsOf(typeof at === "string" ? new Date(at) : at, timeZone).timeZoneName ?? timeZone;
}

/** Whether two zones show the same wall clock at an instant (then a second reading adds nothing). */
export function isSameWallClock(at: string | Date, a: string, b: string): boolean {
  const d = typeof at === "string" ? new Date(at) : at;
  const x = partsOf(d, a);
  const y = partsOf(d, b);
  return x.day === y.day && x.hour === y.hour && x.minute === y.minute;
}
