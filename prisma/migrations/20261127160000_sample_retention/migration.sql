-- Raw performance samples are pruned daily (lib/performance/retention.ts); the daily rollups keep the
-- figures. Samples arrive in time order, so a BRIN index finds the old ones for almost no upkeep.

-- CreateIndex
CREATE INDEX "performance_samples_at_idx" ON "performance_samples" USING BRIN ("at");

-- The rollup trigger honours neuron.bulk_load like the incident rollups do. The retention job sets it so
-- deleting old raw samples leaves performance_daily, which keeps every day's figures, as it is.
CREATE OR REPLACE FUNCTION performance_daily_apply() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  IF current_setting('neuron.bulk_load', true) = 'on' THEN RETURN NULL; END IF;
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
