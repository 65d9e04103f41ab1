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
import { Input } from "@/components/ui/field";
import { FieldError } from "@/components/ui/field-error";
import { OptionSelect } from "@/components/ui/option-select";
import { MATCHER_OPS } from "@/lib/alerts/routing";
import { SEVERITIES } from "@/lib/incidents/sla";

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
              <OptionSelect
                aria-label={`Rule ${i + 1}: service`}
                options={services.map((s) => ({ value: s.slug, label: s.name }))}
                empty={{ value: "", label: "Default services" }}
                value={rule.service}
                onValue={(service) => setRule(i, { ...rule, service })}
                className="w-auto"
              />
              <OptionSelect
                aria-label={`Rule ${i + 1}: severity`}
                options={SEVERITIES}
                empty={{ value: "", label: "Severity from the map" }}
                value={rule.severity}
                onValue={(severity) => setRule(i, { ...rule, severity })}
                className="w-auto"
              />
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
            <FieldError error={errorOf(`rules.${i}.service`)} />
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
        <OptionSelect
          aria-label={`${name}: operator`}
          options={MATCHER_OPS}
          value={value.op}
          onValue={(op) => onChange({ ...value, op })}
          className="w-20 font-mono"
        />
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
      <FieldError error={error} />
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
            <OptionSelect
              aria-label={`Incident severity for ${row.value || `value ${i + 1}`}`}
              options={SEVERITIES}
              value={row.severity}
              onValue={(severity) => onChange(replace(value, i, { ...row, severity }))}
              className="w-20"
            />
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
      <FieldError error={error} />
      <Button size="sm" onClick={() => onChange([...value, { value: "", severity: "P3" }])}>
        <Plus aria-hidden className="size-3" /> Add mapping
      </Button>
    </fieldset>
  );
}
