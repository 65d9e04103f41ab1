-- CreateEnum
CREATE TYPE "AccessType" AS ENUM ('READ', 'WRITE', 'ADMIN');

-- CreateEnum
CREATE TYPE "AccessRequestStatus" AS ENUM ('PENDING', 'APPROVED', 'DENIED', 'CANCELLED', 'EXPIRED', 'REVOKED');

-- CreateEnum
CREATE TYPE "AccessDecision" AS ENUM ('APPROVE', 'DENY');

-- CreateEnum
CREATE TYPE "SecurityEventType" AS ENUM ('LOGIN_ATTEMPT', 'DATA_ACCESS', 'SYSTEM_CHANGE', 'ANOMALY');

-- CreateEnum
CREATE TYPE "SecuritySeverity" AS ENUM ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL');

-- CreateTable
CREATE TABLE "access_requests" (
    "id" UUID NOT NULL,
    "requested_by_id" UUID NOT NULL,
    "requested_for_id" UUID NOT NULL,
    "access_type" "AccessType" NOT NULL,
    "resources" TEXT[],
    "justification" TEXT NOT NULL,
    "duration_days" INTEGER NOT NULL,
    "status" "AccessRequestStatus" NOT NULL DEFAULT 'PENDING',
    "expires_at" TIMESTAMPTZ(3),
    "decided_at" TIMESTAMPTZ(3),
    "ended_at" TIMESTAMPTZ(3),
    "revoked_by_id" UUID,
    "end_reason" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "access_requests_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "access_approvals" (
    "id" UUID NOT NULL,
    "request_id" UUID NOT NULL,
    "approver_id" UUID NOT NULL,
    "decision" "AccessDecision" NOT NULL,
    "comment" TEXT NOT NULL,
    "expires_at" TIMESTAMPTZ(3),
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "access_approvals_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "security_events" (
    "id" UUID NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "type" "SecurityEventType" NOT NULL,
    "severity" "SecuritySeverity" NOT NULL,
    "source" TEXT NOT NULL,
    "user_id" UUID,
    "user_email" TEXT,
    "summary" TEXT NOT NULL,
    "details" JSONB NOT NULL,
    "rule" TEXT,
    "rule_subject" TEXT,
    "investigated" BOOLEAN NOT NULL DEFAULT false,
    "resolved" BOOLEAN NOT NULL DEFAULT false,
    "notes" TEXT,
    "recorded_by_id" UUID,
    "incident_id" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "security_events_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "access_requests_status_expires_at_idx" ON "access_requests"("status", "expires_at");

-- CreateIndex
CREATE INDEX "access_requests_requested_for_id_status_idx" ON "access_requests"("requested_for_id", "status");

-- CreateIndex
CREATE INDEX "access_requests_requested_by_id_idx" ON "access_requests"("requested_by_id");

-- CreateIndex
CREATE INDEX "access_requests_created_at_id_idx" ON "access_requests"("created_at" DESC, "id" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "access_approvals_request_id_approver_id_key" ON "access_approvals"("request_id", "approver_id");

-- CreateIndex
CREATE INDEX "security_events_at_id_idx" ON "security_events"("at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "security_events_investigated_at_idx" ON "security_events"("investigated", "at");

-- CreateIndex
CREATE INDEX "security_events_type_at_idx" ON "security_events"("type", "at");

-- CreateIndex
CREATE INDEX "security_events_rule_rule_subject_at_idx" ON "security_events"("rule", "rule_subject", "at");

-- AddForeignKey
ALTER TABLE "access_requests" ADD CONSTRAINT "access_requests_requested_by_id_fkey" FOREIGN KEY ("requested_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "access_requests" ADD CONSTRAINT "access_requests_requested_for_id_fkey" FOREIGN KEY ("requested_for_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "access_approvals" ADD CONSTRAINT "access_approvals_request_id_fkey" FOREIGN KEY ("request_id") REFERENCES "access_requests"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "access_approvals" ADD CONSTRAINT "access_approvals_approver_id_fkey" FOREIGN KEY ("approver_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "security_events" ADD CONSTRAINT "security_events_incident_id_fkey" FOREIGN KEY ("incident_id") REFERENCES "incidents"("id") ON DELETE SET NULL ON UPDATE CASCADE;
