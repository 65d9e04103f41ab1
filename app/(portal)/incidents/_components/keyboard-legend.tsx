import { Kbd } from "@/components/ui/states";

type Props = { canUpdate: boolean; canCreate: boolean };

export function KeyboardLegend({ canUpdate, canCreate }: Props) {
  const keys: [string, string][] = [
    ["j / k", "move"],
    ["Enter", "open"],
    ...(canUpdate ? ([["a", "acknowledge"], ["m", "assign to me"]] as [string, string][]) : []),
    ...(canCreate ? ([["c", "report"]] as [string, string][]) : []),
    ["/", "search"],
  ];
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
