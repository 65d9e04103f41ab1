"use client";
// An escalation policy's page: what it applies to, its steps in order and the timeline they make; an
// ops manager edits it in place (e). Everyone else who works incidents reads it.
import { Pencil } from "lucide-react";
import { EditPolicy } from "@/app/(portal)/escalation-policies/_components/edit-policy";
import { PolicyTimeline } from "@/app/(portal)/escalation-policies/_components/policy-timeline";
import {
  namesOf,
  repeatWords,
  scopeWords,
  stepWords,
} from "@/app/(portal)/escalation-policies/_components/policy-words";
import { formatMinutes } from "@/components/ui/format-duration";
import { PageHeader } from "@/components/ui/page-header";
import { Panel } from "@/components/ui/panel";
import { FactPair } from "@/components/ui/record-facts";
import { BackLink } from "@/components/ui/record-header";
import { useRecordModes } from "@/components/ui/record-modes";
import { Instant } from "@/components/ui/time";
import { usePolicy, useTargetDirectory, type TargetDirectory } from "@/lib/client/escalation";
import { useServices } from "@/lib/client/services";
import type { PolicyResponse } from "@/lib/escalation/api-schemas";

type Props = { initial: PolicyResponse; directory: TargetDirectory; canManage: boolean };

const MODES = [
  {
    mode: "edit",
    key: "e",
    label: "Edit the policy",
    hint: "edit",
    button: "Edit",
    icon: <Pencil aria-hidden className="size-4" />,
    isPrimary: true,
  },
] as const;

export function PolicyDetail({ initial, directory, canManage }: Props) {
  const query = usePolicy(initial.id, initial);
  const policy = query.data ?? initial;
  const targets = useTargetDirectory(directory);
  const names = namesOf(targets.directory);
  const catalog = useServices({});
  const services = new Map((catalog.data?.items ?? []).map((s) => [s.slug, s.name]));
  const { mode, close, actions } = useRecordModes(canManage, MODES);

  return (
    <>
      <BackLink href="/escalation-policies" className="mb-2">
        Escalation policies
      </BackLink>
      <PageHeader
        title={policy.name}
        description={
          <>
            {scopeWords(policy.scope, services)} · {repeatWords(policy.repeat)}
            {query.isError ? <span className="text-warning"> · could not refresh</span> : null}
          </>
        }
        actions={actions}
      />
      {mode === "edit" ? (
        <div className="mb-4">
          <EditPolicy policy={policy} directory={targets.directory} onDone={close} />
        </div>
      ) : (
        <div className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_22rem] lg:items-start">
          <div className="flex min-w-0 flex-col gap-4">
            <Panel title="Steps" testId="policy-steps-view">
              <ol className="space-y-2 text-sm">
                {policy.steps.map((step, i) => (
                  <li key={i} className="rounded-md border border-border p-2" data-testid="policy-step-view">
                    <p className="font-medium">
                      Step {i + 1}: {stepWords(step, names)}
                    </p>
                    <p className="text-xs text-muted">
                      Waits {formatMinutes(step.waitMinutes)} for an acknowledgement, then{" "}
                      {i < policy.steps.length - 1
                        ? `step ${i + 2} pages`
                        : policy.repeat > 0
                          ? "the policy starts again"
                          : "the policy has run its course"}
                      .
                    </p>
                  </li>
                ))}
              </ol>
            </Panel>
            <Panel title="About this policy">
              <dl className="grid grid-cols-1 gap-x-4 gap-y-2 sm:grid-cols-3">
                <FactPair label="Applies to">{scopeWords(policy.scope, services)}</FactPair>
                <FactPair label="Created">
                  <Instant at={policy.createdAt} />
                </FactPair>
                <FactPair label="Last changed">
                  <Instant at={policy.updatedAt} />
                </FactPair>
              </dl>
            </Panel>
          </div>
          <PolicyTimeline policy={policy} names={names} />
        </div>
      )}
    </>
  );
}
