-- Dashboards cache their computed figures per instance and drop them when the data behind them
-- changes: every write to a table a dashboard reads sends `NOTIFY neuron_dashboards, '<table>'`,
-- which PostgreSQL delivers to every listening instance only once the transaction commits (and once
-- per transaction, however many rows or statements). See lib/dashboards/cache.ts.
CREATE FUNCTION notify_dashboards() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  IF current_setting('neuron.bulk_load', true) = 'on' THEN RETURN NULL; END IF;
  PERFORM pg_notify('neuron_dashboards', TG_TABLE_NAME);
  RETURN NULL;
END $fn$;

DO $do$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['incidents', 'incident_escalations', 'changes', 'change_freezes', 'services', 'security_events',
    'access_requests', 'vendors', 'vendor_assessments', 'business_functions', 'dr_tests', 'performance_samples']
  LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION notify_dashboards()', t || '_notify_dashboards', t);
  END LOOP;
END $do$;

-- Change-caused incidents per period (executive dashboard): the few incidents linked to a change.
CREATE INDEX "incidents_caused_by_change_created_idx" ON "incidents" ("created_at") WHERE "caused_by_change_id" IS NOT NULL;
