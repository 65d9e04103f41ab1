import type { ReactNode } from "react";
import { CheckCircle2, XCircle } from "lucide-react";
import { Instant } from "@/components/ui/time";

/** One approver's decision as the API returns it (an access approval, a CAB vote). */
export type Decision = {
  approver: { id: string; name: string };
  decision: string;
  at: string;
  comment?: string | null;
};

type Props<D extends Decision> = {
  decisions: readonly D[];
  /** Approvals the record needs. */
  needed: number;
  /** After "x of N approvals": who may give them (" from two different people"). */
  summary?: ReactNode;
  /** The word for a decision that is not an approval: "denied", "rejected". */
  refusal: string;
  /** Shown instead of the list while nobody has decided; nothing when null. */
  empty: ReactNode;
  /** More under one decision (a shorter expiry the approver set). */
  detail?: (decision: D) => ReactNode;
};

/**
 * The decisions on a record so far: "x of N approvals", then each approver, approved or refused, when,
 * and their comment. Test ids `approvals` and `approval-count`.
 */
export function DecisionList<D extends Decision>({
  decisions,
  needed,
  summary,
  refusal,
  empty,
  detail,
}: Props<D>) {
  const approved = decisions.filter((a) => a.decision === "APPROVE").length;
  const refused = `${refusal.charAt(0).toUpperCase()}${refusal.slice(1)}`;
  return (
    <div className="space-y-1.5" data-testid="approvals">
      <p className="text-sm">
        <span className="font-mono font-semibold tabular-nums" data-testid="approval-count">
          {approved} of {needed}
        </span>{" "}
        approval{needed === 1 ? "" : "s"}
        {summary}
      </p>
      {decisions.length === 0 ? (
        empty
      ) : (
        <ul className="space-y-1.5">
          {decisions.map((a) => (
            <li key={`${a.approver.id}-${a.at}`} className="flex gap-2 text-sm">
              {a.decision === "APPROVE" ? (
                <CheckCircle2 aria-label="Approved" className="mt-0.5 size-4 shrink-0 text-success" />
              ) : (
                <XCircle aria-label={refused} className="mt-0.5 size-4 shrink-0 text-danger" />
              )}
              <div className="min-w-0">
                <span className="font-medium">{a.approver.name}</span>{" "}
                <span className="text-muted">{a.decision === "APPROVE" ? "approved" : refusal} · </span>
                <span className="text-xs text-muted">
                  <Instant at={a.at} />
                </span>
                {detail?.(a)}
                {a.comment ? (
                  <p className="break-words whitespace-pre-wrap text-muted">“{a.comment}”</p>
                ) : null}
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
