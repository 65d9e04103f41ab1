-- CreateEnum
CREATE TYPE "ChangeCategory" AS ENUM ('STANDARD', 'NORMAL', 'MAJOR', 'EMERGENCY');

-- CreateEnum
CREATE TYPE "ChangeEnvironment" AS ENUM ('PRODUCTION', 'STAGING', 'DEVELOPMENT');

-- CreateEnum
CREATE TYPE "ChangeStatus" AS ENUM ('DRAFT', 'IN_TECHNICAL_REVIEW', 'IN_CAB_REVIEW', 'APPROVED', 'REJECTED', 'SCHEDULED', 'IMPLEMENTING', 'VERIFYING', 'COMPLETED', 'ROLLED_BACK', 'CLOSED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "RiskLevel" AS ENUM ('LOW', 'MEDIUM', 'HIGH');

-- CreateEnum
CREATE TYPE "ApprovalRoute" AS ENUM ('AUTO', 'TECHNICAL_REVIEW', 'CAB', 'EMERGENCY_CAB');

-- CreateEnum
CREATE TYPE "VoteDecision" AS ENUM ('APPROVE', 'REJECT');

-- AlterTable
ALTER TABLE "incidents" ADD COLUMN     "caused_by_change_id" UUID;

-- CreateTable
CREATE TABLE "change_key_counters" (
    "year" INTEGER NOT NULL,
    "last_seq" INTEGER NOT NULL,

    CONSTRAINT "change_key_counters_pkey" PRIMARY KEY ("year")
);

-- CreateTable
CREATE TABLE "changes" (
    "id" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "category" "ChangeCategory" NOT NULL,
    "environment" "ChangeEnvironment" NOT NULL,
    "services" TEXT[],
    "planned_start" TIMESTAMPTZ(3),
    "planned_end" TIMESTAMPTZ(3),
    "implementation_plan" TEXT NOT NULL,
    "rollback_plan" TEXT NOT NULL,
    "verification_plan" TEXT NOT NULL,
    "risk_answers" JSONB NOT NULL,
    "risk_score" INTEGER NOT NULL,
    "risk_level" "RiskLevel" NOT NULL,
    "risk_factors" JSONB NOT NULL,
    "risk_policy_version" TEXT NOT NULL,
    "approval_route" "ApprovalRoute",
    "quorum" INTEGER,
    "round" INTEGER NOT NULL DEFAULT 0,
    "status" "ChangeStatus" NOT NULL DEFAULT 'DRAFT',
    "requested_by_id" UUID NOT NULL,
    "implementer_id" UUID,
    "emergency_authorized_by_id" UUID,
    "submitted_at" TIMESTAMPTZ(3),
    "approved_at" TIMESTAMPTZ(3),
    "scheduled_at" TIMESTAMPTZ(3),
    "started_at" TIMESTAMPTZ(3),
    "finished_at" TIMESTAMPTZ(3),
    "closed_at" TIMESTAMPTZ(3),
    "rollback_notes" TEXT,
    "review_notes" TEXT,
    "closing_notes" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "changes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "change_approvals" (
    "id" UUID NOT NULL,
    "change_id" UUID NOT NULL,
    "round" INTEGER NOT NULL,
    "approver_id" UUID NOT NULL,
    "decision" "VoteDecision" NOT NULL,
    "comment" TEXT NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "change_approvals_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "change_events" (
    "id" BIGSERIAL NOT NULL,
    "change_id" UUID NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor_id" UUID,
    "actor_name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "data" JSONB,

    CONSTRAINT "change_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "change_freezes" (
    "id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "starts_at" TIMESTAMPTZ(3) NOT NULL,
    "ends_at" TIMESTAMPTZ(3) NOT NULL,
    "environments" "ChangeEnvironment"[],
    "created_by_id" UUID NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "change_freezes_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "changes_key_key" ON "changes"("key");

-- CreateIndex
CREATE INDEX "changes_status_idx" ON "changes"("status");

-- CreateIndex
CREATE INDEX "changes_planned_start_planned_end_idx" ON "changes"("planned_start", "planned_end");

-- CreateIndex
CREATE INDEX "changes_created_at_id_idx" ON "changes"("created_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "changes_services_idx" ON "changes" USING GIN ("services");

-- CreateIndex
CREATE UNIQUE INDEX "change_approvals_change_id_round_approver_id_key" ON "change_approvals"("change_id", "round", "approver_id");

-- CreateIndex
CREATE INDEX "change_events_change_id_id_idx" ON "change_events"("change_id", "id");

-- CreateIndex
CREATE INDEX "change_freezes_starts_at_ends_at_idx" ON "change_freezes"("starts_at", "ends_at");

-- CreateIndex
CREATE INDEX "incidents_caused_by_change_id_idx" ON "incidents"("caused_by_change_id");

-- AddForeignKey
ALTER TABLE "incidents" ADD CONSTRAINT "incidents_caused_by_change_id_fkey" FOREIGN KEY ("caused_by_change_id") REFERENCES "changes"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "changes" ADD CONSTRAINT "changes_requested_by_id_fkey" FOREIGN KEY ("requested_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "changes" ADD CONSTRAINT "changes_implementer_id_fkey" FOREIGN KEY ("implementer_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "change_approvals" ADD CONSTRAINT "change_approvals_change_id_fkey" FOREIGN KEY ("change_id") REFERENCES "changes"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "change_approvals" ADD CONSTRAINT "change_approvals_approver_id_fkey" FOREIGN KEY ("approver_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "change_events" ADD CONSTRAINT "change_events_change_id_fkey" FOREIGN KEY ("change_id") REFERENCES "changes"("id") ON DELETE CASCADE ON UPDATE CASCADE;
