"use client";
// Which channels a page of each severity uses: P1–P4 × E-mail / Chat / Webhook, one checkbox each. A
// channel not set up is shown disabled with why; its ticks are kept for when it is.
import {
  CHANNEL_LABELS,
  DEFAULT_RULE_WORDS,
  isDefaultRule,
  toggleRule,
  type ChannelRuleValues,
} from "@/app/(portal)/settings/notifications/_components/channel-form-values";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { CHANNELS, type Channel } from "@/lib/escalation/channel-rules";
import { SEVERITIES, SEVERITY_LABELS } from "@/lib/incidents/sla";

type Props = {
  rules: ChannelRuleValues;
  onChange: (rules: ChannelRuleValues) => void;
  configured: ReadonlySet<Channel>;
  onDefaults: () => void;
  error?: string;
};

const NOT_SET_UP: Partial<Record<Channel, string>> = {
  CHAT: "Chat is not set up: add a chat webhook URL above to use it.",
  WEBHOOK: "Webhook is not set up: add your webhook URL above to use it.",
};

export function ChannelRulesMatrix({ rules, onChange, configured, onDefaults, error }: Props) {
  const missing = CHANNELS.filter((c) => !configured.has(c));
  const isAllDefault = SEVERITIES.every((s) => isDefaultRule(rules, s));
  return (
    <fieldset className="min-w-0 space-y-2" data-testid="channel-rules">
      <legend className="mb-1 text-sm font-medium">Which channels each severity uses</legend>
      <p className="text-xs text-muted" id="channel-rules-defaults">
        Defaults: {SEVERITIES.map((s) => `${s} ${DEFAULT_RULE_WORDS[s]}`).join(" · ")}. The bell in the portal
        is always written, whatever you tick here.
      </p>
      <table className="w-full max-w-xl text-sm" aria-describedby="channel-rules-defaults">
        <thead>
          <tr className="border-b border-border text-left text-xs text-muted">
            <th scope="col" className="py-1.5 pr-2 font-medium">
              Severity
            </th>
            {CHANNELS.map((c) => (
              <th key={c} scope="col" className="px-1 py-1.5 text-center font-medium">
                {CHANNEL_LABELS[c]}
                {configured.has(c) ? null : <span className="block font-normal">(not set up)</span>}
              </th>
            ))}
            <th scope="col" className="py-1.5 pl-2 font-medium max-sm:sr-only">
              Rule
            </th>
          </tr>
        </thead>
        <tbody>
          {SEVERITIES.map((s) => (
            <tr key={s} className="border-b border-border last:border-0" data-testid={`rule-${s}`}>
              <th scope="row" className="py-2 pr-2 text-left font-medium">
                <span className="sm:hidden">{s}</span>
                <span className="max-sm:hidden">{SEVERITY_LABELS[s]}</span>
              </th>
              {CHANNELS.map((c) => (
                <td key={c} className="px-1 py-1 text-center">
                  <label className="inline-flex size-8 cursor-pointer items-center justify-center rounded has-[:disabled]:cursor-not-allowed">
                    <input
                      type="checkbox"
                      aria-label={`${s}: ${CHANNEL_LABELS[c]}`}
                      checked={rules[s].includes(c)}
                      disabled={!configured.has(c)}
                      onChange={(e) => onChange(toggleRule(rules, s, c, e.target.checked))}
                      className="size-4 accent-[var(--accent)]"
                    />
                  </label>
                </td>
              ))}
              <td className="py-2 pl-2 text-xs text-muted max-sm:hidden">
                {isDefaultRule(rules, s) ? "Default" : "Changed"}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {missing.map((c) => (
        <p key={c} className="text-xs text-muted">
          {NOT_SET_UP[c]} Its ticks are kept for when it is.
        </p>
      ))}
      <FieldError error={error} />
      <Button size="sm" variant="ghost" disabled={isAllDefault} onClick={onDefaults}>
        Use the defaults
      </Button>
    </fieldset>
  );
}
