export default function Loading() {
  return (
    <div className="max-w-3xl space-y-4" aria-busy="true" aria-label="Loading">
      <div className="h-7 w-48 animate-pulse rounded bg-surface-2" />
      {[9, 14, 28, 12, 32].map((h, i) => (
        <div key={i} className="animate-pulse rounded bg-surface-2" style={{ height: `${h * 4}px` }} />
      ))}
    </div>
  );
}
