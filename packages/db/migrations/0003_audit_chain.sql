-- The audit log is append-only and tamper-evident (DESIGN rule 17): the database, not the application,
-- numbers each entry, chains it to the previous one by hash, and refuses UPDATE, DELETE and TRUNCATE.

-- The canonical form of an entry is a JSON array of its fields (unambiguous, unlike a joined string);
-- the verify command recomputes it with this same function.
CREATE FUNCTION audit_event_hash(e audit_events) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT encode(sha256(convert_to(jsonb_build_array(
    e.seq,
    to_char(e.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
    e.actor_account_id, e.actor_role, e.on_behalf_of_patient_id, e.subject_patient_id,
    e.action, e.record_type, e.record_id, e.outcome, e.reason, e.ip, e.user_agent, e.details,
    e.prev_hash
  )::text, 'UTF8')), 'hex')
$$;
--> statement-breakpoint
-- Entries are serialised by a transaction-scoped advisory lock so that the chain has no forks; the lock is
-- held only for the rest of the inserting transaction, which is short by design.
CREATE FUNCTION audit_events_chain() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  last_seq bigint;
  last_hash text;
BEGIN
  PERFORM pg_advisory_xact_lock(7375001);
  SELECT seq, hash INTO last_seq, last_hash FROM audit_events ORDER BY seq DESC LIMIT 1;
  NEW.seq := coalesce(last_seq, 0) + 1;
  NEW.prev_hash := coalesce(last_hash, repeat('0', 64));
  NEW.hash := audit_event_hash(NEW);
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER audit_events_chain BEFORE INSERT ON audit_events
FOR EACH ROW EXECUTE FUNCTION audit_events_chain();
--> statement-breakpoint
CREATE FUNCTION audit_events_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_events is append-only' USING ERRCODE = 'insufficient_privilege';
END
$$;
--> statement-breakpoint
CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events
FOR EACH ROW EXECUTE FUNCTION audit_events_refuse_change();
--> statement-breakpoint
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
FOR EACH STATEMENT EXECUTE FUNCTION audit_events_refuse_change();
