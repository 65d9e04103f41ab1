// A main section of a record page (an incident's updates, its post-mortem): a card whose title row holds
// the section's heading, which names it, and what acts on the whole section (an Edit, a key hint).
import { useId, type ReactNode } from "react";
import { cn } from "@/components/ui/cn";

type Props = {
  title: ReactNode;
  /** Shown before the title (a lucide icon at `size-4 text-muted`). */
  icon?: ReactNode;
  /** The right end of the title row. */
  aside?: ReactNode;
  className?: string;
  children: ReactNode;
};

/** @example <SectionCard title="Post-mortem" icon={<FileText … />} aside={<Button>Edit</Button>}>…</SectionCard> */
export function SectionCard({ title, icon, aside, className, children }: Props) {
  const id = useId();
  return (
    <section
      aria-labelledby={id}
      className={cn("space-y-3 rounded-lg border border-border bg-surface p-3", className)}
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id={id} className="flex items-center gap-1.5 font-semibold">
          {icon}
          {title}
        </h2>
        {aside}
      </div>
      {children}
    </section>
  );
}
