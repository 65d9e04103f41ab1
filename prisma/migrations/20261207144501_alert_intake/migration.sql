-- Alert intake (issue 15): integrations, the notifications they receive (recorded before the answer),
-- alert groups, and incidents opened by alerts (source ALERT, reported by an integration, not a person).
-- CreateEnum
CREATE TYPE "IncidentSource" AS ENUM ('PERSON', 'ALERT');

-- CreateEnum
CREATE TYPE "IntegrationKind" AS ENUM ('ALERTMANAGER', 'EVENTS', 'HEARTBEAT');

-- CreateEnum
CREATE TYPE "AlertNotificationState" AS ENUM ('PENDING', 'PROCESSED', 'REJECTED', 'IGNORED');

-- AlterTable
ALTER TABLE "incidents" ADD COLUMN     "alert_count" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "fire_count" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "integration_id" UUID,
ADD COLUMN     "source" "IncidentSource" NOT NULL DEFAULT 'PERSON',
ALTER COLUMN "reported_by_id" DROP NOT NULL;

-- CreateTable
CREATE TABLE "integrations" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "IntegrationKind" NOT NULL,
    "secret_hash" TEXT NOT NULL,
    "secret_prefix" TEXT NOT NULL,
    "previous_secret_hash" TEXT,
    "previous_secret_expires_at" TIMESTAMPTZ(3),
    "services" TEXT[],
    "rules" JSONB NOT NULL DEFAULT '[]',
    "severity_map" JSONB NOT NULL,
    "auto_resolve" BOOLEAN NOT NULL DEFAULT true,
    "paused" BOOLEAN NOT NULL DEFAULT false,
    "reopen_window_minutes" INTEGER NOT NULL DEFAULT 30,
    "heartbeat_minutes" INTEGER,
    "heartbeat_severity" "IncidentSeverity" NOT NULL DEFAULT 'P2',
    "last_ping_at" TIMESTAMPTZ(3),
    "clock_started_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "integrations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "alert_notifications" (
    "id" BIGSERIAL NOT NULL,
    "integration_id" UUID NOT NULL,
    "received_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "state" "AlertNotificationState" NOT NULL DEFAULT 'PENDING',
    "body" JSONB,
    "raw_text" TEXT,
    "error" TEXT,
    "group_key" TEXT,
    "body_hash" TEXT,
    "outcome" TEXT,
    "incident_id" UUID,
    "processed_at" TIMESTAMPTZ(3),

    CONSTRAINT "alert_notifications_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "alert_groups" (
    "id" UUID NOT NULL,
    "integration_id" UUID NOT NULL,
    "group_key" TEXT NOT NULL,
    "incident_id" UUID,
    "firing" BOOLEAN NOT NULL DEFAULT true,
    "resolved_at" TIMESTAMPTZ(3),
    "first_seen_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_seen_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "fire_count" INTEGER NOT NULL DEFAULT 0,
    "truncated_alerts" INTEGER NOT NULL DEFAULT 0,
    "labels" JSONB NOT NULL DEFAULT '{}',
    "alerts" JSONB NOT NULL DEFAULT '[]',
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "alert_groups_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "integrations_name_key" ON "integrations"("name");

-- CreateIndex
CREATE UNIQUE INDEX "integrations_secret_hash_key" ON "integrations"("secret_hash");

-- CreateIndex
CREATE UNIQUE INDEX "integrations_previous_secret_hash_key" ON "integrations"("previous_secret_hash");

-- CreateIndex
CREATE INDEX "alert_notifications_integration_id_id_idx" ON "alert_notifications"("integration_id", "id" DESC);

-- CreateIndex
CREATE INDEX "alert_notifications_state_id_idx" ON "alert_notifications"("state", "id");

-- CreateIndex
CREATE INDEX "alert_notifications_integration_id_group_key_id_idx" ON "alert_notifications"("integration_id", "group_key", "id");

-- CreateIndex
CREATE INDEX "alert_groups_incident_id_idx" ON "alert_groups"("incident_id");

-- CreateIndex
CREATE UNIQUE INDEX "alert_groups_integration_id_group_key_key" ON "alert_groups"("integration_id", "group_key");

-- CreateIndex
CREATE INDEX "incidents_integration_id_idx" ON "incidents"("integration_id");

-- AddForeignKey
ALTER TABLE "incidents" ADD CONSTRAINT "incidents_integration_id_fkey" FOREIGN KEY ("integration_id") REFERENCES "integrations"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "alert_notifications" ADD CONSTRAINT "alert_notifications_integration_id_fkey" FOREIGN KEY ("integration_id") REFERENCES "integrations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "alert_groups" ADD CONSTRAINT "alert_groups_integration_id_fkey" FOREIGN KEY ("integration_id") REFERENCES "integrations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "alert_groups" ADD CONSTRAINT "alert_groups_incident_id_fkey" FOREIGN KEY ("incident_id") REFERENCES "incidents"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- A person's incident names its reporter; only an alert's may leave it empty. A trigger rather than a
-- CHECK constraint: Prisma's WebAssembly schema engine (the drift test) cannot introspect CHECKs yet.
CREATE FUNCTION incidents_reporter_required() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.reported_by_id IS NULL AND NEW.source <> 'ALERT' THEN
    RAISE EXCEPTION 'an incident reported by a person needs reported_by_id' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER incidents_reporter_required BEFORE INSERT OR UPDATE OF reported_by_id, source ON incidents
  FOR EACH ROW EXECUTE FUNCTION incidents_reporter_required();
