import Link from "next/link";

/**
 * Service slugs as small links to each service's page; `empty` when there are none. Each is at least
 * 24 px tall (WCAG 2.5.8 target size): several sit side by side.
 */
export function ServiceLinks({ slugs, empty = "None" }: { slugs: readonly string[]; empty?: string }) {
  if (slugs.length === 0) return <span className="text-muted">{empty}</span>;
  return (
    <span className="flex flex-wrap gap-1">
      {slugs.map((slug) => (
        <Link
          key={slug}
          href={`/services/${slug}`}
          className="inline-flex min-h-6 items-center rounded bg-surface-2 px-1.5 font-mono text-xs hover:text-accent"
        >
          {slug}
        </Link>
      ))}
    </span>
  );
}
