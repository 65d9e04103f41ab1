"use client";
// An instant on the wall clock of a named zone that is not necessarily the viewer's (an on-call
// schedule's "09:00 CET"). The text is the same on the server and in the browser (the zone is given);
// after mount, hovering it gives the viewer's own time where that differs. `Instant` (time.tsx) is the
// one for times shown in the viewer's zone.
import { cn } from "@/components/ui/cn";
import { runtimeTimeZone } from "@/components/ui/format-time";
import { useIsClient } from "@/components/ui/use-is-client";
import { formatZoneTime, isSameWallClock, type ZoneTimeOptions } from "@/components/ui/zone-format";

type Props = ZoneTimeOptions & {
  at: string | Date;
  /** The IANA zone the text is read in ("Europe/Berlin"). */
  timeZone: string;
  className?: string;
};

/** `<ZonedTime at={iso} timeZone="Europe/Berlin" />` → `<time>09:00 CET</time>`, your time on hover. */
export function ZonedTime({ at, timeZone, className, ...options }: Props) {
  const isClient = useIsClient();
  const d = typeof at === "string" ? new Date(at) : at;
  const viewer = isClient ? runtimeTimeZone() : null;
  const title =
    viewer && !isSameWallClock(d, timeZone, viewer)
      ? `Your time: ${formatZoneTime(d, viewer, { withDay: true, isEnd: options.isEnd })}`
      : undefined;
  return (
    <time dateTime={d.toISOString()} title={title} className={cn("whitespace-nowrap", className)}>
      {formatZoneTime(d, timeZone, options)}
    </time>
  );
}
