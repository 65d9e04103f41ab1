-- CreateTable
CREATE TABLE "incident_daily_stats" (
    "day" DATE NOT NULL,
    "severity" "IncidentSeverity" NOT NULL,
    "incidents" INTEGER NOT NULL,
    "acknowledged" INTEGER NOT NULL,
    "ack_seconds" DOUBLE PRECISION NOT NULL,
    "resolved" INTEGER NOT NULL,
    "resolve_seconds" DOUBLE PRECISION NOT NULL,
    "response_met" INTEGER NOT NULL,
    "resolution_met" INTEGER NOT NULL,

    CONSTRAINT "incident_daily_stats_pkey" PRIMARY KEY ("day","severity")
);

-- Fill it from the incidents already recorded.
INSERT INTO "incident_daily_stats"
SELECT (i.created_at AT TIME ZONE 'UTC')::date, i.severity, count(*)::int, count(i.acknowledged_at)::int,
  coalesce(sum(extract(epoch FROM i.acknowledged_at - i.created_at)), 0), count(i.resolved_at)::int,
  coalesce(sum(extract(epoch FROM i.resolved_at - i.created_at)), 0),
  count(*) FILTER (WHERE i.acknowledged_at <= i.response_due_at)::int, count(*) FILTER (WHERE i.resolved_at <= i.resolution_due_at)::int
FROM "incidents" i
GROUP BY 1, 2;
