import Link from "next/link";
import type { ReactNode } from "react";
import { ArrowLeft } from "lucide-react";
import { cn } from "@/components/ui/cn";

/**
 * The way back from a record to its list, above the record's header ("← Changes").
 * @example <BackLink href="/services">Services</BackLink>
 */
export function BackLink({
  href,
  children,
  className,
}: {
  href: string;
  children: ReactNode;
  className?: string;
}) {
  return (
    <Link
      href={href}
      className={cn("inline-flex items-center gap-1 text-xs text-muted hover:text-fg", className)}
    >
      <ArrowLeft aria-hidden className="size-3" /> {children}
    </Link>
  );
}

type Props = {
  /** The list this record belongs to. */
  back: { href: string; label: string };
  /** The record's badges (key, status, severity…), in one wrapping row above the title. */
  badges: ReactNode;
  title: ReactNode;
  /** What follows the title: notices, facts, the description. */
  children?: ReactNode;
  className?: string;
};

/**
 * A record page's header (an incident, a change, an access request, a security event): the way back to
 * its list, its badges, its title as the page's `<h1>`, then whatever the record shows under it.
 * @example <RecordHeader back={{ href: "/changes", label: "Changes" }} badges={<StatusBadge …/>} title={c.title} />
 */
export function RecordHeader({ back, badges, title, children, className }: Props) {
  return (
    <header className={cn("space-y-3", className)}>
      <BackLink href={back.href}>{back.label}</BackLink>
      <div className="flex flex-wrap items-center gap-2">{badges}</div>
      <h1 className="text-xl font-semibold tracking-tight break-words">{title}</h1>
      {children}
    </header>
  );
}

/** The line a live record shows while its refresh fails: what is shown is the last copy that loaded. */
export function StaleNotice({ children }: { children?: ReactNode }) {
  return (
    <p role="status" className="text-xs text-warning">
      {children ?? "Live refresh failed; showing what was last loaded. Retrying…"}
    </p>
  );
}

/**
 * A record's free text under a small heading (a description, closing notes); nothing when empty.
 * `isCollapsible`: a `<details>` open at first, for the long text a reader may fold away.
 */
export function RecordNotes({
  title,
  notes,
  isCollapsible = false,
}: {
  title: string;
  notes: string | null | undefined;
  isCollapsible?: boolean;
}) {
  if (!notes) return null;
  const text = <p className="mt-1 break-words whitespace-pre-wrap">{notes}</p>;
  const box = "rounded-lg border border-border bg-surface px-3 py-2";
  return isCollapsible ? (
    <details open className={box}>
      <summary className="cursor-pointer text-xs font-medium text-muted uppercase select-none">
        {title}
      </summary>
      {text}
    </details>
  ) : (
    <div className={box}>
      <h2 className="text-xs font-medium text-muted uppercase">{title}</h2>
      {text}
    </div>
  );
}

/** The word in a record's badge row while its polling fails: the page shows the copy it last had. */
export function NotUpdating() {
  return <span className="text-xs text-warning">Not updating: showing the last copy</span>;
}
