"use client";
// The raise form's live panel: the same pure policy the server applies on save and submit, so the score,
// level and route shown here are the ones the change will get.
import { RiskBadge, RouteBadge } from "@/app/(portal)/changes/_components/change-badges";
import type { ChangeFormValues } from "@/app/(portal)/changes/_components/change-form-values";
import { ROLE_NAMES } from "@/app/(portal)/changes/_components/change-labels";
import { RiskFactorTable } from "@/app/(portal)/changes/_components/risk-factor-table";
import { WindowFit } from "@/app/(portal)/changes/_components/window-fit";
import { approvalsNeeded, ELIGIBLE_ROLES, routeFor, type ApprovalRoute } from "@/lib/changes/approval-route";
import { assessRisk, RISK_QUESTIONS, type RiskAnswers } from "@/lib/changes/risk-policy";

const CONTEXT_LABELS: Record<string, string> = {
  environment: "Environment",
  serviceCount: "Services affected",
};
const labelOf = (question: string) =>
  CONTEXT_LABELS[question] ?? RISK_QUESTIONS[question as keyof typeof RISK_QUESTIONS]?.label ?? question;

export function approverText(route: ApprovalRoute, cabQuorum: number): string {
  if (route === "AUTO") return "Approved automatically when submitted.";
  const needed = approvalsNeeded(route, cabQuorum);
  const who = ELIGIBLE_ROLES[route].map((r) => ROLE_NAMES[r] ?? r).join(" or ");
  const tail =
    route === "EMERGENCY_CAB"
      ? " Once authorized it may deploy outside the windows and through freezes."
      : "";
  return `${needed} approval${needed === 1 ? "" : "s"} from ${who}, never the requester or the implementer; one rejection sends it back.${tail}`;
}

type Props = {
  values: ChangeFormValues;
  cabQuorum: number;
  onPickWindow: (start: string, end: string) => void;
};

export function RiskPreview({ values, cabQuorum, onPickWindow }: Props) {
  const risk = assessRisk(values.riskAnswers as RiskAnswers, {
    environment: values.environment,
    category: values.category,
    serviceCount: values.services.length,
  });
  const route = routeFor(values.category, risk.level);
  const unanswered = risk.factors.filter((f) => f.defaulted).length;
  return (
    <aside
      aria-label="Risk and approval preview"
      data-testid="risk-preview"
      // It scrolls on its own beside a long form: focusable, so the keyboard can scroll it too.
      tabIndex={0}
      className="space-y-3 rounded-lg border border-border bg-surface p-3 @4xl:sticky @4xl:top-16 @4xl:max-h-[calc(100dvh-5rem)] @4xl:overflow-y-auto"
    >
      <div className="flex flex-wrap items-center gap-2">
        <h2 className="text-xs font-medium text-muted uppercase">Live risk</h2>
        <RiskBadge level={risk.level} score={risk.score} />
        <span className="text-xs text-muted">→</span>
        <RouteBadge route={route} />
      </div>
      {unanswered ? (
        <p className="text-xs text-warning">
          {unanswered} question{unanswered === 1 ? "" : "s"} unanswered: each counts as its riskiest answer
          until answered.
        </p>
      ) : null}
      <RiskFactorTable
        factors={risk.factors.map((f) => ({ ...f, label: labelOf(f.question) }))}
        score={risk.score}
        floor={risk.floor}
      />
      <div>
        <h3 className="text-xs font-medium text-muted uppercase">Who must approve</h3>
        <p className="text-sm" data-testid="approvers">
          {approverText(route, cabQuorum)}
        </p>
      </div>
      <WindowFit
        environment={values.environment}
        start={values.plannedStart}
        end={values.plannedEnd}
        isEmergency={values.category === "EMERGENCY"}
        onPick={onPickWindow}
      />
    </aside>
  );
}
