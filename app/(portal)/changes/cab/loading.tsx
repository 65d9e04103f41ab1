export default function Loading() {
  return (
    <div className="space-y-4" aria-busy="true">
      <div className="h-7 w-40 animate-pulse rounded bg-surface-2" />
      {Array.from({ length: 3 }, (_, i) => (
        <div key={i} className="h-56 animate-pulse rounded-lg bg-surface-2" />
      ))}
    </div>
  );
}
