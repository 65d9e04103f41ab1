// A short placeholder for a computed answer still on its way, announced as busy.
export function Skeleton({ label }: { label: string }) {
  return (
    <span
      aria-busy="true"
      aria-label={label}
      role="status"
      className="inline-block h-4 w-40 animate-pulse rounded bg-surface-2"
    />
  );
}
