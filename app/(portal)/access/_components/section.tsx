import type { ReactNode } from "react";

export function Section({
  id,
  title,
  count,
  description,
  actions,
  children,
}: {
  id: string;
  title: string;
  count?: number;
  description?: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={`${id}-heading`} className="min-w-0 space-y-2" data-testid={id}>
      <div className="flex flex-wrap items-end justify-between gap-2">
        <div>
          <h2 id={`${id}-heading`} className="text-sm font-semibold">
            {title}
            {count === undefined ? null : (
              <span className="ml-1.5 rounded bg-surface-2 px-1.5 py-0.5 font-mono text-xs text-muted tabular-nums">
                {count}
              </span>
            )}
          </h2>
          {description ? <p className="text-xs text-muted">{description}</p> : null}
        </div>
        {actions}
      </div>
      {children}
    </section>
  );
}
