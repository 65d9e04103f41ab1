-- The triage queue and incident metrics are shared views too (lib/dashboards/cache.ts): the queue also
-- shows update counts, post-mortem action items and people's names, so writes to those tables announce
-- themselves on commit like the dashboards' tables do.
DO $do$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['incident_updates', 'postmortem_action_items', 'users']
  LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION notify_dashboards()', t || '_notify_dashboards', t);
  END LOOP;
END $do$;
