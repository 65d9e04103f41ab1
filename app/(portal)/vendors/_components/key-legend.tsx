import { Kbd } from "@/components/ui/states";

// The keys a vendor page answers to (not shown on phones, which have no keyboard).
export function KeyLegend({ keys }: { keys: [string, string][] }) {
  return (
    <ul aria-label="Keyboard shortcuts" className="hidden flex-wrap items-center gap-x-3 gap-y-1 text-xs text-muted sm:flex">
      {keys.map(([key, label]) => (
        <li key={key} className="inline-flex items-center gap-1">
          <Kbd>{key}</Kbd> {label}
        </li>
      ))}
    </ul>
  );
}
