-- CreateTable
CREATE TABLE "service_impact_daily" (
    "service" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "outage" tstzmultirange NOT NULL,
    "impaired" tstzmultirange NOT NULL,

    CONSTRAINT "service_impact_daily_pkey" PRIMARY KEY ("day","service")
);

-- CreateTable
CREATE TABLE "security_event_daily" (
    "day" DATE NOT NULL,
    "type" "SecurityEventType" NOT NULL,
    "severity" "SecuritySeverity" NOT NULL,
    "events" INTEGER NOT NULL,
    "uninvestigated" INTEGER NOT NULL,

    CONSTRAINT "security_event_daily_pkey" PRIMARY KEY ("day","type","severity")
);

-- CreateTable
CREATE TABLE "performance_samples" (
    "id" BIGSERIAL NOT NULL,
    "service" TEXT NOT NULL,
    "metric" TEXT NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL,
    "source" TEXT NOT NULL,

    CONSTRAINT "performance_samples_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "performance_daily" (
    "service" TEXT NOT NULL,
    "metric" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "samples" BIGINT NOT NULL,
    "sum" DOUBLE PRECISION NOT NULL,
    "buckets" BIGINT[],

    CONSTRAINT "performance_daily_pkey" PRIMARY KEY ("service","metric","day")
);

-- CreateIndex
CREATE INDEX "performance_samples_service_metric_at_idx" ON "performance_samples"("service", "metric", "at");

-- ---------------------------------------------------------------------------------------------------
-- Rollups kept by triggers. Statement-level triggers with transition tables, so a bulk statement pays
-- once per statement, not per row. A bulk loader may `SET neuron.bulk_load = 'on'` to skip them and
-- rebuild afterwards (scripts/lib/large-incidents.ts does).

-- 1. incident_daily_stats: MTTA, MTTR and SLA compliance per creation day and severity. Until now the
--    application recomputed a day in each write; every figure is a sum, so a delta (new rows minus old
--    rows) keeps it exact, deletes included, and row locks of the upsert serialise concurrent writers.
-- One row of change: an incident as it was (sign -1) or as it is now (sign +1).
CREATE TYPE incident_stats_delta AS (created_at timestamptz, severity "IncidentSeverity", acknowledged_at timestamptz, resolved_at timestamptz, response_due_at timestamptz, resolution_due_at timestamptz, sign int);

CREATE FUNCTION incident_daily_stats_add(deltas incident_stats_delta[]) RETURNS void LANGUAGE sql AS $fn$
  INSERT INTO incident_daily_stats AS t (day, severity, incidents, acknowledged, ack_seconds, resolved, resolve_seconds, response_met, resolution_met)
  SELECT (created_at AT TIME ZONE 'UTC')::date, severity, sum(sign)::int,
    sum(CASE WHEN acknowledged_at IS NOT NULL THEN sign ELSE 0 END)::int,
    coalesce(sum(extract(epoch FROM acknowledged_at - created_at) * sign), 0)::float8,
    sum(CASE WHEN resolved_at IS NOT NULL THEN sign ELSE 0 END)::int,
    coalesce(sum(extract(epoch FROM resolved_at - created_at) * sign), 0)::float8,
    sum(CASE WHEN acknowledged_at <= response_due_at THEN sign ELSE 0 END)::int,
    sum(CASE WHEN resolved_at <= resolution_due_at THEN sign ELSE 0 END)::int
  FROM unnest(deltas) GROUP BY 1, 2 ORDER BY 1, 2
  ON CONFLICT (day, severity) DO UPDATE SET
    incidents = t.incidents + excluded.incidents, acknowledged = t.acknowledged + excluded.acknowledged,
    ack_seconds = t.ack_seconds + excluded.ack_seconds, resolved = t.resolved + excluded.resolved,
    resolve_seconds = t.resolve_seconds + excluded.resolve_seconds, response_met = t.response_met + excluded.response_met,
    resolution_met = t.resolution_met + excluded.resolution_met;
  -- A day and severity with no incidents left has no row, as a recomputation would have none.
  DELETE FROM incident_daily_stats t USING (SELECT DISTINCT (created_at AT TIME ZONE 'UTC')::date AS day, severity FROM unnest(deltas) WHERE sign < 0) k
  WHERE t.day = k.day AND t.severity = k.severity AND t.incidents = 0;
$fn$;

CREATE FUNCTION incident_daily_stats_apply() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  IF current_setting('neuron.bulk_load', true) = 'on' THEN RETURN NULL; END IF;
  IF TG_OP = 'INSERT' THEN
    PERFORM incident_daily_stats_add(ARRAY(
      SELECT ROW(created_at, severity, acknowledged_at, resolved_at, response_due_at, resolution_due_at, 1)::incident_stats_delta FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM incident_daily_stats_add(ARRAY(
      SELECT ROW(created_at, severity, acknowledged_at, resolved_at, response_due_at, resolution_due_at, -1)::incident_stats_delta FROM old_rows));
  ELSE
    PERFORM incident_daily_stats_add(ARRAY(
      SELECT x.d FROM old_rows o JOIN new_rows n ON n.id = o.id
      CROSS JOIN LATERAL (VALUES
        (ROW(o.created_at, o.severity, o.acknowledged_at, o.resolved_at, o.response_due_at, o.resolution_due_at, -1)::incident_stats_delta),
        (ROW(n.created_at, n.severity, n.acknowledged_at, n.resolved_at, n.response_due_at, n.resolution_due_at, 1)::incident_stats_delta)) AS x(d)
      WHERE (o.created_at, o.severity, o.acknowledged_at, o.resolved_at, o.response_due_at, o.resolution_due_at)
        IS DISTINCT FROM (n.created_at, n.severity, n.acknowledged_at, n.resolved_at, n.response_due_at, n.resolution_due_at)));
  END IF;
  RETURN NULL;
END $fn$;

CREATE TRIGGER incidents_daily_stats_insert AFTER INSERT ON incidents REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION incident_daily_stats_apply();
CREATE TRIGGER incidents_daily_stats_update AFTER UPDATE ON incidents REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION incident_daily_stats_apply();
CREATE TRIGGER incidents_daily_stats_delete AFTER DELETE ON incidents REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION incident_daily_stats_apply();

-- 2. service_impact_daily: per service and UTC day, the merged spans of resolved incidents with an
--    impact. Overlaps are not additive, so each (service, day) a change touches is recomputed from the
--    incidents overlapping that day, under a per-(service, day) advisory lock taken in a fixed order.
CREATE INDEX "incidents_impact_span_idx" ON "incidents" USING gist (tstzrange("created_at", "resolved_at"))
  WHERE "impact" <> 'NONE' AND "resolved_at" IS NOT NULL AND "resolved_at" > "created_at";
-- Incidents still open with an impact: their span runs to "now", so they are read live.
CREATE INDEX "incidents_unresolved_impact_idx" ON "incidents" ("created_at") INCLUDE ("impact", "affected_services")
  WHERE "resolved_at" IS NULL AND "impact" <> 'NONE';

-- The (service, day) pairs an incident's impact covers, days in UTC.
CREATE FUNCTION incident_impact_days(services text[], created_at timestamptz, resolved_at timestamptz)
RETURNS TABLE (service text, day date) LANGUAGE sql IMMUTABLE AS $fn$
  SELECT s, d::date FROM unnest(services) s,
    generate_series((created_at AT TIME ZONE 'UTC')::date, ((resolved_at AT TIME ZONE 'UTC') - interval '1 microsecond')::date, interval '1 day') d
$fn$;

CREATE FUNCTION refresh_service_impact_days(p_services text[], p_days date[]) RETURNS void LANGUAGE plpgsql AS $fn$
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('service-impact:' || s || ':' || d::text))
  FROM (SELECT DISTINCT s, d FROM unnest(p_services, p_days) u(s, d) ORDER BY 1, 2) k;
  DELETE FROM service_impact_daily t USING unnest(p_services, p_days) u(s, d) WHERE t.service = u.s AND t.day = u.d;
  INSERT INTO service_impact_daily (service, day, outage, impaired)
  SELECT k.s, k.d,
    coalesce(range_agg(x.r) FILTER (WHERE x.impact = 'OUTAGE'), '{}'::tstzmultirange),
    range_agg(x.r)
  FROM (SELECT DISTINCT s, d FROM unnest(p_services, p_days) u(s, d)) k
  CROSS JOIN LATERAL (
    SELECT i.impact, tstzrange(greatest(i.created_at, k.d::timestamp AT TIME ZONE 'UTC'), least(i.resolved_at, (k.d + 1)::timestamp AT TIME ZONE 'UTC')) AS r
    FROM incidents i
    WHERE tstzrange(i.created_at, i.resolved_at) && tstzrange(k.d::timestamp AT TIME ZONE 'UTC', (k.d + 1)::timestamp AT TIME ZONE 'UTC')
      AND i.impact <> 'NONE' AND i.resolved_at IS NOT NULL AND i.resolved_at > i.created_at
      AND i.affected_services @> ARRAY[k.s]
  ) x
  GROUP BY k.s, k.d;
END $fn$;

CREATE FUNCTION service_impact_apply() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
  v_services text[];
  v_days date[];
BEGIN
  IF current_setting('neuron.bulk_load', true) = 'on' THEN RETURN NULL; END IF;
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(p.service), array_agg(p.day) INTO v_services, v_days FROM (
      SELECT DISTINCT d.service, d.day FROM new_rows n CROSS JOIN LATERAL incident_impact_days(n.affected_services, n.created_at, n.resolved_at) d
      WHERE n.impact <> 'NONE' AND n.resolved_at > n.created_at) p;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg(p.service), array_agg(p.day) INTO v_services, v_days FROM (
      SELECT DISTINCT d.service, d.day FROM old_rows o CROSS JOIN LATERAL incident_impact_days(o.affected_services, o.created_at, o.resolved_at) d
      WHERE o.impact <> 'NONE' AND o.resolved_at > o.created_at) p;
  ELSE
    SELECT array_agg(p.service), array_agg(p.day) INTO v_services, v_days FROM (
      SELECT DISTINCT d.service, d.day
      FROM old_rows o JOIN new_rows n ON n.id = o.id
      CROSS JOIN LATERAL (VALUES (o.affected_services, o.created_at, o.resolved_at, o.impact), (n.affected_services, n.created_at, n.resolved_at, n.impact)) AS v(services, created_at, resolved_at, impact)
      CROSS JOIN LATERAL incident_impact_days(v.services, v.created_at, v.resolved_at) d
      WHERE (o.impact, o.affected_services, o.created_at, o.resolved_at) IS DISTINCT FROM (n.impact, n.affected_services, n.created_at, n.resolved_at)
        AND v.impact <> 'NONE' AND v.resolved_at > v.created_at) p;
  END IF;
  IF v_services IS NOT NULL THEN
    PERFORM refresh_service_impact_days(v_services, v_days);
  END IF;
  RETURN NULL;
END $fn$;

CREATE TRIGGER incidents_service_impact_insert AFTER INSERT ON incidents REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION service_impact_apply();
CREATE TRIGGER incidents_service_impact_update AFTER UPDATE ON incidents REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION service_impact_apply();
CREATE TRIGGER incidents_service_impact_delete AFTER DELETE ON incidents REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION service_impact_apply();

-- The whole rollup recomputed from every incident: fills it now, and serves bulk loads and the
-- freshness tests.
CREATE FUNCTION service_impact_recomputed() RETURNS TABLE (service text, day date, outage tstzmultirange, impaired tstzmultirange)
LANGUAGE sql STABLE AS $fn$
  SELECT d.service, d.day,
    coalesce(range_agg(tstzrange(greatest(i.created_at, d.day::timestamp AT TIME ZONE 'UTC'), least(i.resolved_at, (d.day + 1)::timestamp AT TIME ZONE 'UTC'))) FILTER (WHERE i.impact = 'OUTAGE'), '{}'::tstzmultirange),
    range_agg(tstzrange(greatest(i.created_at, d.day::timestamp AT TIME ZONE 'UTC'), least(i.resolved_at, (d.day + 1)::timestamp AT TIME ZONE 'UTC')))
  FROM incidents i CROSS JOIN LATERAL incident_impact_days(i.affected_services, i.created_at, i.resolved_at) d
  WHERE i.impact <> 'NONE' AND i.resolved_at > i.created_at
  GROUP BY d.service, d.day
$fn$;

INSERT INTO service_impact_daily (service, day, outage, impaired) SELECT * FROM service_impact_recomputed();

-- 3. security_event_daily: events per UTC day, type and severity, and how many are not investigated.
CREATE FUNCTION security_event_daily_apply() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO security_event_daily AS t (day, type, severity, events, uninvestigated)
    SELECT (at AT TIME ZONE 'UTC')::date, type, severity, count(*)::int, count(*) FILTER (WHERE NOT investigated)::int
    FROM new_rows GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT (day, type, severity) DO UPDATE SET events = t.events + excluded.events, uninvestigated = t.uninvestigated + excluded.uninvestigated;
    RETURN NULL;
  END IF;
  IF TG_OP = 'DELETE' THEN
    INSERT INTO security_event_daily AS t (day, type, severity, events, uninvestigated)
    SELECT (at AT TIME ZONE 'UTC')::date, type, severity, -count(*)::int, -(count(*) FILTER (WHERE NOT investigated))::int
    FROM old_rows GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT (day, type, severity) DO UPDATE SET events = t.events + excluded.events, uninvestigated = t.uninvestigated + excluded.uninvestigated;
  ELSE
    INSERT INTO security_event_daily AS t (day, type, severity, events, uninvestigated)
    SELECT day, type, severity, sum(events)::int, sum(uninvestigated)::int FROM (
      SELECT (o.at AT TIME ZONE 'UTC')::date AS day, o.type, o.severity, -1 AS events, CASE WHEN o.investigated THEN 0 ELSE -1 END AS uninvestigated
      FROM old_rows o JOIN new_rows n ON n.id = o.id
      WHERE (o.at, o.type, o.severity, o.investigated) IS DISTINCT FROM (n.at, n.type, n.severity, n.investigated)
      UNION ALL
      SELECT (n.at AT TIME ZONE 'UTC')::date, n.type, n.severity, 1, CASE WHEN n.investigated THEN 0 ELSE 1 END
      FROM old_rows o JOIN new_rows n ON n.id = o.id
      WHERE (o.at, o.type, o.severity, o.investigated) IS DISTINCT FROM (n.at, n.type, n.severity, n.investigated)
    ) d GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT (day, type, severity) DO UPDATE SET events = t.events + excluded.events, uninvestigated = t.uninvestigated + excluded.uninvestigated;
  END IF;
  DELETE FROM security_event_daily WHERE events = 0;
  RETURN NULL;
END $fn$;

CREATE TRIGGER security_events_daily_insert AFTER INSERT ON security_events REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION security_event_daily_apply();
CREATE TRIGGER security_events_daily_update AFTER UPDATE ON security_events REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION security_event_daily_apply();
CREATE TRIGGER security_events_daily_delete AFTER DELETE ON security_events REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION security_event_daily_apply();

INSERT INTO security_event_daily (day, type, severity, events, uninvestigated)
SELECT (at AT TIME ZONE 'UTC')::date, type, severity, count(*)::int, count(*) FILTER (WHERE NOT investigated)::int
FROM security_events GROUP BY 1, 2, 3;

-- 4. performance_daily: count, sum and histogram per service, metric and UTC day. Buckets (mirrored in
--    lib/performance/buckets.ts): for *_percent metrics bucket i holds [i, i+1) (0..100); for the others
--    bucket 0 holds values up to 1 and bucket i (1..159) holds (1.1^(i-1), 1.1^i].
CREATE FUNCTION perf_bucket(metric text, value float8) RETURNS int LANGUAGE sql IMMUTABLE AS $fn$
  SELECT CASE WHEN metric LIKE '%\_percent' THEN least(greatest(floor(value)::int, 0), 100)
    WHEN value <= 1 THEN 0
    ELSE least(ceil(ln(value) / ln(1.1) - 1e-9)::int, 159) END
$fn$;

CREATE FUNCTION perf_histogram(p_buckets int[], p_counts bigint[]) RETURNS bigint[] LANGUAGE sql IMMUTABLE AS $fn$
  SELECT array_agg(coalesce(c.n, 0) ORDER BY i)
  FROM generate_series(0, 159) i
  LEFT JOIN (SELECT b, sum(n)::bigint AS n FROM unnest(p_buckets, p_counts) u(b, n) GROUP BY b) c ON c.b = i
$fn$;

CREATE FUNCTION bigint_array_add(a bigint[], b bigint[]) RETURNS bigint[] LANGUAGE sql IMMUTABLE AS $fn$
  SELECT coalesce(array_agg(coalesce(a[i], 0) + coalesce(b[i], 0) ORDER BY i), '{}')
  FROM generate_series(1, greatest(coalesce(cardinality(a), 0), coalesce(cardinality(b), 0))) i
$fn$;

CREATE AGGREGATE bigint_array_sum(bigint[]) (SFUNC = bigint_array_add, STYPE = bigint[], INITCOND = '{}');

CREATE FUNCTION performance_daily_apply() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    INSERT INTO performance_daily AS t (service, metric, day, samples, sum, buckets)
    SELECT service, metric, day, -sum(n), -sum(s), perf_histogram(array_agg(b), array_agg(-n))
    FROM (SELECT service, metric, (at AT TIME ZONE 'UTC')::date AS day, perf_bucket(metric, value) AS b, count(*) AS n, sum(value) AS s
          FROM old_rows GROUP BY 1, 2, 3, 4) d
    GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT (service, metric, day) DO UPDATE SET samples = t.samples + excluded.samples, sum = t.sum + excluded.sum, buckets = bigint_array_add(t.buckets, excluded.buckets);
    DELETE FROM performance_daily t USING (SELECT DISTINCT service, metric, (at AT TIME ZONE 'UTC')::date AS day FROM old_rows) k
    WHERE t.service = k.service AND t.metric = k.metric AND t.day = k.day AND t.samples = 0;
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN
    INSERT INTO performance_daily AS t (service, metric, day, samples, sum, buckets)
    SELECT service, metric, day, sum(n), sum(s), perf_histogram(array_agg(b), array_agg(n))
    FROM (SELECT service, metric, (at AT TIME ZONE 'UTC')::date AS day, perf_bucket(metric, value) AS b, count(*) AS n, sum(value) AS s
          FROM new_rows GROUP BY 1, 2, 3, 4) d
    GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT (service, metric, day) DO UPDATE SET samples = t.samples + excluded.samples, sum = t.sum + excluded.sum, buckets = bigint_array_add(t.buckets, excluded.buckets);
  END IF;
  RETURN NULL;
END $fn$;

CREATE TRIGGER performance_samples_daily_insert AFTER INSERT ON performance_samples REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION performance_daily_apply();
CREATE TRIGGER performance_samples_daily_update AFTER UPDATE ON performance_samples REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION performance_daily_apply();
CREATE TRIGGER performance_samples_daily_delete AFTER DELETE ON performance_samples REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION performance_daily_apply();

-- Breaches in the last 24 hours (operations dashboard): incidents whose deadline fell in a window.
CREATE INDEX "incidents_response_due_idx" ON "incidents" ("response_due_at");
CREATE INDEX "incidents_resolution_due_idx" ON "incidents" ("resolution_due_at");
CREATE INDEX "incident_escalations_fired_idx" ON "incident_escalations" ("fired_at");
