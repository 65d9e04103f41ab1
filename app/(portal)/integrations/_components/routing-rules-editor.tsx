"use client";
// The routing rules (label matchers → service and/or severity, first match wins) and the severity map
// (the `severity` label's value → incident severity), edited as rows.
import { Plus, Trash2 } from "lucide-react";
import {
  EMPTY_MATCHER,
  EMPTY_RULE,
  type MatcherRow,
  type RuleRow,
  type SeverityRow,
} from "@/app/(portal)/integrations/_components/integration-form-values";
import { Button } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/field";
import { MATCHER_OPS } from "@/lib/alerts/routing";
import { SEVERITIES, type Severity } from "@/lib/incidents/sla";

type Service = { slug: string; name: string };

type RulesProps = {
  value: RuleRow[];
  onChange: (rules: RuleRow[]) => void;
  services: Service[];
  errorOf: (path: string) => string | undefined;
};

const replace = <T,>(list: readonly T[], index: number, item: T) =>
  list.map((x, i) => (i === index ? item : x));

export function RoutingRulesEditor({ value, onChange, services, errorOf }: RulesProps) {
  const setRule = (i: number, rule: RuleRow) => onChange(replace(value, i, rule));
  return (
    <fieldset className="min-w-0 space-y-2" data-testid="routing-rules">
      <legend className="mb-1 text-sm font-medium">
        Routing rules{" "}
        <span className="font-normal text-muted">(the first rule whose matchers all hold decides)</span>
      </legend>
      {value.length === 0 ? (
        <p className="text-sm text-muted">
          No rules: alerts go to the default services, with the severity from the map below.
        </p>
      ) : null}
      <ol className="space-y-2">
        {value.map((rule, i) => (
          <li key={i} className="space-y-2 rounded-md border border-border p-2" aria-label={`Rule ${i + 1}`}>
            <ul className="space-y-1">
              {rule.matchers.map((m, j) => (
                <MatcherRowEditor
                  key={j}
                  rule={i + 1}
                  index={j + 1}
                  value={m}
                  error={errorOf(`rules.${i}.matchers.${j}`)}
                  onChange={(next) => setRule(i, { ...rule, matchers: replace(rule.matchers, j, next) })}
                  onRemove={
                    rule.matchers.length > 1
                      ? () => setRule(i, { ...rule, matchers: rule.matchers.filter((_, k) => k !== j) })
                      : undefined
                  }
                />
              ))}
            </ul>
            <div className="flex flex-wrap items-center gap-2">
              <Button
                size="sm"
                variant="ghost"
                onClick={() => setRule(i, { ...rule, matchers: [...rule.matchers, EMPTY_MATCHER] })}
              >
                <Plus aria-hidden className="size-3" /> Matcher
              </Button>
              <span className="text-sm text-muted">then</span>
              <Select
                aria-label={`Rule ${i + 1}: service`}
                value={rule.service}
                onChange={(e) => setRule(i, { ...rule, service: e.target.value })}
                className="w-auto"
              >
                <option value="">Default services</option>
                {services.map((s) => (
                  <option key={s.slug} value={s.slug}>
                    {s.name}
                  </option>
                ))}
              </Select>
              <Select
                aria-label={`Rule ${i + 1}: severity`}
                value={rule.severity}
                onChange={(e) => setRule(i, { ...rule, severity: e.target.value as Severity | "" })}
                className="w-auto"
              >
                <option value="">Severity from the map</option>
                {SEVERITIES.map((s) => (
                  <option key={s} value={s}>
                    {s}
                  </option>
                ))}
              </Select>
              <Button
                size="sm"
                variant="ghost"
                className="ml-auto"
                aria-label={`Remove rule ${i + 1}`}
                onClick={() => onChange(value.filter((_, k) => k !== i))}
              >
                <Trash2 aria-hidden className="size-3.5" /> Remove
              </Button>
            </div>
            {errorOf(`rules.${i}.service`) ? (
              <p role="alert" className="text-xs text-danger">
                {errorOf(`rules.${i}.service`)}
              </p>
            ) : null}
          </li>
        ))}
      </ol>
      <Button size="sm" onClick={() => onChange([...value, EMPTY_RULE])}>
        <Plus aria-hidden className="size-3" /> Add rule
      </Button>
    </fieldset>
  );
}

function MatcherRowEditor({
  rule,
  index,
  value,
  error,
  onChange,
  onRemove,
}: {
  rule: number;
  index: number;
  value: MatcherRow;
  error?: string;
  onChange: (m: MatcherRow) => void;
  onRemove?: () => void;
}) {
  const name = `Rule ${rule}, matcher ${index}`;
  return (
    <li className="space-y-0.5">
      <div className="flex flex-wrap items-center gap-1">
        <Input
          aria-label={`${name}: label`}
          aria-invalid={!!error}
          value={value.label}
          onChange={(e) => onChange({ ...value, label: e.target.value })}
          placeholder="alertname"
          className="w-36 font-mono"
        />
        <Select
          aria-label={`${name}: operator`}
          value={value.op}
          onChange={(e) => onChange({ ...value, op: e.target.value as MatcherRow["op"] })}
          className="w-20 font-mono"
        >
          {MATCHER_OPS.map((op) => (
            <option key={op} value={op}>
              {op}
            </option>
          ))}
        </Select>
        <Input
          aria-label={`${name}: value`}
          aria-invalid={!!error}
          value={value.value}
          onChange={(e) => onChange({ ...value, value: e.target.value })}
          placeholder="HighErrorRate"
          className="w-48 min-w-0 flex-1 font-mono"
        />
        {onRemove ? (
          <Button size="sm" variant="ghost" aria-label={`Remove ${name.toLowerCase()}`} onClick={onRemove}>
            <Trash2 aria-hidden className="size-3.5" />
          </Button>
        ) : null}
      </div>
      {error ? (
        <p role="alert" className="text-xs text-danger">
          {error}
        </p>
      ) : null}
    </li>
  );
}

type MapProps = {
  value: SeverityRow[];
  onChange: (rows: SeverityRow[]) => void;
  error?: string;
};

export function SeverityMapEditor({ value, onChange, error }: MapProps) {
  return (
    <fieldset className="min-w-0 space-y-2" data-testid="severity-map">
      <legend className="mb-1 text-sm font-medium">
        Severity map{" "}
        <span className="font-normal text-muted">
          (the alert&apos;s severity label → incident severity; otherwise P3)
        </span>
      </legend>
      <ul className="space-y-1">
        {value.map((row, i) => (
          <li key={i} className="flex flex-wrap items-center gap-1">
            <Input
              aria-label={`Severity label value ${i + 1}`}
              value={row.value}
              onChange={(e) => onChange(replace(value, i, { ...row, value: e.target.value }))}
              placeholder="critical"
              className="w-40 font-mono"
            />
            <span aria-hidden className="text-muted">
              →
            </span>
            <Select
              aria-label={`Incident severity for ${row.value || `value ${i + 1}`}`}
              value={row.severity}
              onChange={(e) => onChange(replace(value, i, { ...row, severity: e.target.value as Severity }))}
              className="w-20"
            >
              {SEVERITIES.map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </Select>
            <Button
              size="sm"
              variant="ghost"
              aria-label={`Remove the mapping for ${row.value || `value ${i + 1}`}`}
              onClick={() => onChange(value.filter((_, k) => k !== i))}
            >
              <Trash2 aria-hidden className="size-3.5" />
            </Button>
          </li>
        ))}
      </ul>
      {error ? (
        <p role="alert" className="text-xs text-danger">
          {error}
        </p>
      ) : null}
      <Button size="sm" onClick={() => onChange([...value, { value: "", severity: "P3" }])}>
        <Plus aria-hidden className="size-3" /> Add mapping
      </Button>
    </fieldset>
  );
}
