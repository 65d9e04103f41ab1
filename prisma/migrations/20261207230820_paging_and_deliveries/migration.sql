-- CreateEnum
CREATE TYPE "DeliveryChannel" AS ENUM ('EMAIL', 'CHAT', 'WEBHOOK', 'SUBSCRIPTION');

-- CreateEnum
CREATE TYPE "DeliveryStatus" AS ENUM ('PENDING', 'DELIVERED', 'FAILED');

-- AlterTable
ALTER TABLE "users" ADD COLUMN     "calendar_feed_token_hash" TEXT;

-- CreateTable
CREATE TABLE "incident_paging" (
    "incident_id" UUID NOT NULL,
    "policy_id" UUID,
    "policy_name" TEXT NOT NULL,
    "steps" JSONB NOT NULL,
    "repeat" INTEGER NOT NULL,
    "started_at" TIMESTAMPTZ(3) NOT NULL,
    "assignee_id" UUID,
    "done" JSONB NOT NULL DEFAULT '{}',
    "next_due_at" TIMESTAMPTZ(3),
    "stopped_at" TIMESTAMPTZ(3),
    "stop_reason" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "incident_paging_pkey" PRIMARY KEY ("incident_id")
);

-- CreateTable
CREATE TABLE "notification_deliveries" (
    "id" TEXT NOT NULL,
    "channel" "DeliveryChannel" NOT NULL,
    "event" TEXT NOT NULL,
    "user_id" UUID,
    "subscription_id" UUID,
    "incident_id" UUID,
    "event_id" TEXT,
    "target" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "status" "DeliveryStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "last_status_code" INTEGER,
    "last_error" TEXT,
    "last_duration_ms" INTEGER,
    "next_attempt_at" TIMESTAMPTZ(3) DEFAULT CURRENT_TIMESTAMP,
    "queued_at" TIMESTAMPTZ(3),
    "lease_until" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "delivered_at" TIMESTAMPTZ(3),
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "notification_deliveries_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "notification_attempts" (
    "id" BIGSERIAL NOT NULL,
    "delivery_id" TEXT NOT NULL,
    "attempt" INTEGER NOT NULL,
    "manual" BOOLEAN NOT NULL DEFAULT false,
    "started_at" TIMESTAMPTZ(3) NOT NULL,
    "duration_ms" INTEGER NOT NULL,
    "status_code" INTEGER,
    "error" TEXT,
    "outcome" TEXT NOT NULL,

    CONSTRAINT "notification_attempts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "webhook_subscriptions" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "events" TEXT[],
    "secret_encrypted" TEXT NOT NULL,
    "previous_secret_encrypted" TEXT,
    "previous_secret_until" TIMESTAMPTZ(3),
    "is_active" BOOLEAN NOT NULL DEFAULT true,
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "webhook_subscriptions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "webhook_events" (
    "id" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "data" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "dispatched_at" TIMESTAMPTZ(3),

    CONSTRAINT "webhook_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ack_link_uses" (
    "token_id" TEXT NOT NULL,
    "user_id" UUID NOT NULL,
    "incident_id" UUID NOT NULL,
    "used_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ack_link_uses_pkey" PRIMARY KEY ("token_id")
);

-- CreateIndex
CREATE INDEX "incident_paging_next_due_idx" ON "incident_paging"("next_due_at");

-- CreateIndex
CREATE INDEX "notification_deliveries_due_idx" ON "notification_deliveries"("status", "next_attempt_at");

-- CreateIndex
CREATE INDEX "notification_deliveries_subscription_id_created_at_idx" ON "notification_deliveries"("subscription_id", "created_at" DESC);

-- CreateIndex
CREATE INDEX "notification_deliveries_user_id_created_at_idx" ON "notification_deliveries"("user_id", "created_at" DESC);

-- CreateIndex
CREATE INDEX "notification_deliveries_incident_id_idx" ON "notification_deliveries"("incident_id");

-- CreateIndex
CREATE INDEX "notification_deliveries_event_id_idx" ON "notification_deliveries"("event_id");

-- CreateIndex
CREATE INDEX "notification_deliveries_created_at_idx" ON "notification_deliveries"("created_at" DESC);

-- CreateIndex
CREATE INDEX "notification_attempts_delivery_id_attempt_idx" ON "notification_attempts"("delivery_id", "attempt");

-- CreateIndex
CREATE INDEX "webhook_events_created_at_idx" ON "webhook_events"("created_at");

-- CreateIndex
CREATE INDEX "ack_link_uses_expires_at_idx" ON "ack_link_uses"("expires_at");

-- AddForeignKey
ALTER TABLE "incident_paging" ADD CONSTRAINT "incident_paging_incident_id_fkey" FOREIGN KEY ("incident_id") REFERENCES "incidents"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notification_deliveries" ADD CONSTRAINT "notification_deliveries_subscription_id_fkey" FOREIGN KEY ("subscription_id") REFERENCES "webhook_subscriptions"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notification_attempts" ADD CONSTRAINT "notification_attempts_delivery_id_fkey" FOREIGN KEY ("delivery_id") REFERENCES "notification_deliveries"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The person's own calendar feed token, looked up by its hash.
CREATE UNIQUE INDEX "users_calendar_feed_token_hash_key" ON "users"("calendar_feed_token_hash");

-- Wake the job-running instances when there is something to send or page: NOTIFY on commit (the same
-- channel and function as the dashboards' cache, see 20261127124500_dashboard_notifications).
CREATE TRIGGER notification_deliveries_notify_dashboards AFTER INSERT ON notification_deliveries
  FOR EACH STATEMENT EXECUTE FUNCTION notify_dashboards();
CREATE TRIGGER webhook_events_notify_dashboards AFTER INSERT ON webhook_events
  FOR EACH STATEMENT EXECUTE FUNCTION notify_dashboards();
CREATE TRIGGER incident_paging_notify_dashboards AFTER INSERT OR UPDATE ON incident_paging
  FOR EACH STATEMENT EXECUTE FUNCTION notify_dashboards();

-- Events not yet fanned out to the subscriptions (a handful at any time).
CREATE INDEX "webhook_events_pending_idx" ON "webhook_events" ("created_at") WHERE "dispatched_at" IS NULL;
