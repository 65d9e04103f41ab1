// What the month and week views both draw: a freeze's chip on a day, and the data a change's link carries
// (tests and the conflict outline find a change on the calendar by them).
import type { ComponentProps } from "react";
import Link from "next/link";
import { conflictClass, FREEZE_STYLE } from "@/app/(portal)/changes/_components/calendar-style";
import { cn } from "@/components/ui/cn";

/** A freeze on a day: its title after a snowflake, cut to one line, the whole title on hover. */
export function FreezeChip({ title, className }: { title: string; className?: string }) {
  return (
    <div className={cn("truncate px-1", FREEZE_STYLE, className)} title={`Freeze: ${title}`}>
      ❄ {title}
    </div>
  );
}

type CalendarChange = { key: string; conflictsWith: string[] };

/** A change on the calendar as a link to its page, outlined in red while it conflicts with another. */
export function CalendarChangeLink({
  change,
  className,
  ...props
}: { change: CalendarChange } & Omit<ComponentProps<typeof Link>, "href">) {
  return (
    <Link
      href={`/changes/${change.key}`}
      data-testid="calendar-change"
      data-key={change.key}
      data-conflict={change.conflictsWith.length > 0}
      className={cn(className, conflictClass(change.conflictsWith))}
      {...props}
    />
  );
}
