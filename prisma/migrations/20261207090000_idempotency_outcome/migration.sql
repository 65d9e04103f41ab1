-- Idempotency-Key outcome committed with the write (issue 13, item 2).
--
-- Before: a create claimed its key in one statement, wrote in another transaction and stored the response
-- in a third; a crash between the write and the store left a claim that expired after 60 s, and a retry
-- then wrote a second record. Now the key row is inserted by the same statement that appends the write's
-- audit record, inside the write's transaction, carrying the response (the audited "after", which is the
-- create's response) and the entity it made. So after any crash either the write, its key and its
-- response are all committed (a retry replays them) or none is (a retry writes once). A concurrent
-- duplicate waits on the key's primary key and fails with unique_violation once the first commits; the
-- handler then replays the first response.

ALTER TABLE idempotency_keys
  ADD COLUMN entity_type TEXT,
  ADD COLUMN entity_id TEXT;

CREATE FUNCTION idempotent_audit_append(p_user_id uuid, p_key text, p_request_hash text, p_status integer,
    p_at timestamptz, p_actor_id uuid, p_actor_email text, p_action text, p_entity_type text,
    p_entity_id text, p_before jsonb, p_after jsonb, p_hash_prefix text) RETURNS text LANGUAGE plpgsql AS $fn$
BEGIN
  INSERT INTO idempotency_keys (user_id, key, request_hash, response_status, response_body, entity_type, entity_id)
  VALUES (p_user_id, p_key, p_request_hash, p_status, p_after, p_entity_type, p_entity_id);
  RETURN audit_append(p_at, p_actor_id, p_actor_email, p_action, p_entity_type, p_entity_id, p_before, p_after, p_hash_prefix);
END $fn$;
