"use client";
// What the function depends on: catalog services, vendors and other functions. Each shows how long it
// takes to recover, checked live against the RTO being typed, with the same rule the server flags by.
import { hours } from "@/app/(portal)/continuity/_components/continuity-labels";
import { cn } from "@/components/ui/cn";
import { FieldError } from "@/components/ui/field-error";
import { useFunctions } from "@/lib/client/continuity";
import { useServices } from "@/lib/client/services";
import { useVendors } from "@/lib/client/vendors";
import { SERVICE_TIER_RTO_HOURS, slowDependencies, type Dependency } from "@/lib/continuity/rules";

type Kind = Dependency["kind"];
type Option = Dependency;
type Value = { dependsOnServices: string[]; dependsOnVendorIds: string[]; dependsOnFunctionIds: string[] };
type Props = {
  value: Value;
  onChange: (value: Value) => void;
  rtoHours: number | null;
  selfId?: string;
  error?: string;
};

const FIELD: Record<Kind, keyof Value> = {
  SERVICE: "dependsOnServices",
  VENDOR: "dependsOnVendorIds",
  FUNCTION: "dependsOnFunctionIds",
};

function Checklist({
  legend,
  kind,
  options,
  state,
  value,
  onChange,
  rtoHours,
}: {
  legend: string;
  kind: Kind;
  options: Option[];
  state: "pending" | "error" | "ready";
  value: Value;
  onChange: Props["onChange"];
  rtoHours: number | null;
}) {
  const chosen = value[FIELD[kind]];
  const toggle = (id: string, on: boolean) =>
    onChange({ ...value, [FIELD[kind]]: on ? [...chosen, id] : chosen.filter((x) => x !== id) });
  return (
    <fieldset className="min-w-0" data-testid={`depends-on-${kind.toLowerCase()}`}>
      <legend className="mb-1 text-xs font-medium text-muted uppercase">
        {legend} {chosen.length ? <span className="normal-case">({chosen.length})</span> : null}
      </legend>
      <div className="max-h-44 space-y-0.5 overflow-y-auto rounded-md border border-border p-1.5">
        {state === "pending" ? <p className="text-xs text-muted">Loading…</p> : null}
        {state === "error" ? <p className="text-xs text-warning">Could not be loaded.</p> : null}
        {state === "ready" && !options.length ? <p className="text-xs text-muted">None yet.</p> : null}
        {options.map((o) => {
          const isSlow = rtoHours !== null && o.recoveryHours !== null && o.recoveryHours > rtoHours;
          return (
            <label
              key={o.id}
              className="flex cursor-pointer items-center gap-2 rounded px-1 py-0.5 text-sm hover:bg-surface-2"
            >
              <input
                type="checkbox"
                checked={chosen.includes(o.id)}
                onChange={(e) => toggle(o.id, e.target.checked)}
                className="accent-[var(--accent)]"
              />
              <span className="min-w-0 truncate">{o.name}</span>
              <span
                className={cn(
                  "ml-auto font-mono text-xs whitespace-nowrap",
                  isSlow ? "font-semibold text-danger" : "text-muted",
                )}
                title={isSlow ? "Recovers slower than this function's RTO" : undefined}
              >
                {o.recoveryHours === null ? "? h" : hours(o.recoveryHours)}
              </span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}

const stateOf = (q: { isPending: boolean; isError: boolean }) =>
  q.isPending ? "pending" : q.isError ? "error" : "ready";

export function DependencyPicker({ value, onChange, rtoHours, selfId, error }: Props) {
  const services = useServices({});
  const vendors = useVendors({});
  const functions = useFunctions();
  const serviceOptions: Option[] = (services.data?.items ?? []).map((s) => ({
    kind: "SERVICE",
    id: s.slug,
    name: s.name,
    recoveryHours: SERVICE_TIER_RTO_HOURS[s.tier],
  }));
  const vendorOptions: Option[] = (vendors.data?.items ?? []).map((v) => ({
    kind: "VENDOR",
    id: v.id,
    name: v.name,
    recoveryHours: v.recoveryTimeHours,
  }));
  const functionOptions: Option[] = (functions.data?.items ?? [])
    .filter((f) => f.id !== selfId)
    .map((f) => ({ kind: "FUNCTION", id: f.id, name: f.name, recoveryHours: f.rtoHours }));
  const chosen = [...serviceOptions, ...vendorOptions, ...functionOptions].filter((o) =>
    value[FIELD[o.kind]].includes(o.id),
  );
  const { slow, unknown } =
    rtoHours === null ? { slow: [], unknown: [] } : slowDependencies(rtoHours, chosen);
  const lists = [
    { legend: "Services", kind: "SERVICE", options: serviceOptions, query: services },
    { legend: "Vendors", kind: "VENDOR", options: vendorOptions, query: vendors },
    { legend: "Other functions", kind: "FUNCTION", options: functionOptions, query: functions },
  ] as const;
  return (
    <div className="space-y-1.5">
      <p className="text-sm font-medium">Depends on</p>
      <div className="grid gap-3 md:grid-cols-3">
        {lists.map((l) => (
          <Checklist
            key={l.kind}
            legend={l.legend}
            kind={l.kind}
            options={l.options}
            state={stateOf(l.query)}
            value={value}
            onChange={onChange}
            rtoHours={rtoHours}
          />
        ))}
      </div>
      <p
        role="status"
        data-testid="dependency-check"
        className={cn("text-xs", slow.length ? "text-danger" : "text-muted")}
      >
        {rtoHours === null
          ? "Set the RTO to check each dependency's recovery time against it."
          : slow.length
            ? `${slow.map((d) => `${d.name} (${hours(d.recoveryHours)})`).join(", ")} recover${slow.length === 1 ? "s" : ""} slower than the ${hours(rtoHours)} RTO.`
            : chosen.length
              ? `Every chosen dependency with a known recovery time fits the ${hours(rtoHours)} RTO.`
              : "No dependencies chosen."}
        {unknown.length ? ` Unknown recovery time: ${unknown.map((d) => d.name).join(", ")}.` : ""}
      </p>
      <FieldError error={error} />
    </div>
  );
}
