export default function Loading() {
  return (
    <div className="space-y-4" aria-busy="true">
      <div className="h-7 w-48 animate-pulse rounded bg-surface-2" />
      <div className="h-8 w-96 max-w-full animate-pulse rounded bg-surface-2" />
      <div className="h-[36rem] animate-pulse rounded-lg bg-surface-2" />
    </div>
  );
}
