// A reviewer's vote. The row lock serializes votes on one change and the unique (change, round, approver)
// key keeps one vote per person, so twenty identical clicks count once. The tally then decides.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Role } from "@/lib/auth/permissions";
import type { Principal } from "@/lib/auth/principal";
import { canVote, tallyVotes, type ApprovalRoute } from "@/lib/changes/approval-route";
import { approvedEventData } from "@/lib/changes/approved-scope";
import { loadChangeRow, lockChange, toChangeResponse } from "@/lib/changes/get-change";
import { recordChangeEvent } from "@/lib/changes/record-change-event";
import type { ChangeResponse, VoteInput } from "@/lib/changes/schemas";
import { changeStatusInSentence } from "@/lib/changes/status-labels";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError, notFound } from "@/lib/errors";
import { notifyUsers } from "@/lib/notifications/notify";

const IN_REVIEW = ["IN_TECHNICAL_REVIEW", "IN_CAB_REVIEW"];

export async function voteOnChange(
  actor: Principal,
  key: string,
  input: VoteInput,
  now = new Date(),
): Promise<ChangeResponse> {
  return db
    .$transaction(async (tx) => {
      const current = await lockChange(tx, key);
      const roundVotes = current.votes.filter((v) => v.round === current.round);
      const previous = roundVotes.find((v) => v.approverId === actor.id);
      // A resend of the same vote is answered like the first, also once that vote has decided the change
      // (a double click on the approval that reaches the quorum).
      if (previous?.decision === input.decision) return toChangeResponse(tx, current, actor);
      if (!IN_REVIEW.includes(current.status) || !current.approvalRoute) {
        throw new AppError(
          "UNPROCESSABLE",
          `${key} is ${changeStatusInSentence(current.status)} and is not awaiting votes`,
        );
      }
      const route: ApprovalRoute = current.approvalRoute;
      const voters = [...new Set([...roundVotes.map((v) => v.approverId), actor.id])];
      const users = await tx.user.findMany({
        where: { id: { in: voters }, isActive: true },
        select: { id: true, roles: true },
      });
      const voterRoles: Record<string, Role[]> = Object.fromEntries(users.map((u) => [u.id, u.roles]));
      const ctx = {
        requesterId: current.requestedById,
        implementerId: current.implementerId,
        voterRoles,
        quorum: current.quorum ?? env.CAB_QUORUM,
      };

      const eligibility = canVote(route, actor.id, ctx);
      if (!eligibility.ok) throw new AppError("FORBIDDEN", eligibility.reason);

      // Changing one's mind is not a resend.
      if (previous)
        throw new AppError("CONFLICT", `You already voted ${previous.decision} on ${key} in this round`);
      await tx.changeApproval.create({
        data: {
          changeId: current.id,
          round: current.round,
          approverId: actor.id,
          decision: input.decision,
          comment: input.comment,
          at: now,
        },
      });
      const votes = [...roundVotes, { approverId: actor.id, decision: input.decision }].map((v) => ({
        voterId: v.approverId,
        decision: v.decision,
      }));
      const tally = tallyVotes(route, votes, ctx);
      const before = await toChangeResponse(tx, current, actor);

      const data: Prisma.ChangeUncheckedUpdateInput = { version: current.version + 1 };
      if (tally.decision === "APPROVED") {
        data.status = "APPROVED";
        data.approvedAt = now;
        if (route === "EMERGENCY_CAB") data.emergencyAuthorizedById = actor.id;
      } else if (tally.decision === "REJECTED") {
        data.status = "REJECTED";
      }
      await tx.change.update({ where: { key }, data });
      const verb = input.decision === "APPROVE" ? "Approved" : "Rejected";
      await recordChangeEvent(
        tx,
        current.id,
        actor,
        "VOTE",
        `${verb}${input.comment ? `: ${input.comment.slice(0, 200)}` : ""} (${tally.approvals}/${tally.needed} approvals)`,
        { decision: input.decision, round: current.round },
        now,
      );
      if (tally.decision !== "PENDING") {
        const outcome =
          tally.decision === "APPROVED"
            ? route === "EMERGENCY_CAB"
              ? "Authorized as an emergency; may deploy outside the windows"
              : "Approved"
            : "Rejected; back to the requester to modify and resubmit";
        // The approval records what it approved, so a later move or edit is compared with exactly that.
        const approved = tally.decision === "APPROVED" ? approvedEventData(current, current.round) : {};
        await recordChangeEvent(
          tx,
          current.id,
          { id: null, name: "Neuron Ops" },
          "STATUS_CHANGED",
          outcome,
          { from: current.status, to: tally.decision, ...approved },
          now,
        );
        await notifyUsers(
          tx,
          [current.requestedById, ...(current.implementerId ? [current.implementerId] : [])],
          {
            kind: tally.decision === "APPROVED" ? "CHANGE_APPROVED" : "CHANGE_REJECTED",
            title: `${key} ${tally.decision === "APPROVED" ? "was approved" : "was rejected"}`,
            body: `${current.title}${input.comment ? ` — ${actor.name}: ${input.comment.slice(0, 300)}` : ""}`,
            link: `/changes/${key}`,
          },
        );
      }
      const after = await toChangeResponse(tx, await loadChangeRow(tx, key), actor);
      await recordAudit(tx, {
        actor,
        action: input.decision === "APPROVE" ? "change.approve" : "change.reject",
        entityType: "change",
        entityId: key,
        before,
        after,
      });
      return after;
    })
    .catch((error: unknown) => {
      if (error instanceof AppError && error.code === "NOT_FOUND") throw notFound(`Change ${key}`);
      throw error;
    });
}
