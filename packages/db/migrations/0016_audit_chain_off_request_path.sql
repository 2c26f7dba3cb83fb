-- The audit chain leaves the request path and gets a key (issue 15 item 7, issue 16 item 1).
--
-- Until now a BEFORE INSERT trigger numbered every entry under one installation-wide advisory lock and
-- chained it by SHA-256 inside the inserting transaction, so every audited write waited for the one before
-- it to commit. From here on an entry only takes a number from `audit_events_seq` (no lock; a rolled-back
-- entry leaves a gap) and the worker's chainer links the committed entries in `seq` order into
-- `audit_chain` with HMAC-SHA-256 under TALON_AUDIT_KEY, a key the database never sees
-- (packages/db/src/audit/audit-chainer.ts carries the argument why it never skips an entry).
--
-- The entries written before this migration keep their SHA-256 links in `audit_events.prev_hash/hash`; the
-- first row of `audit_chain` records the switch-over: the head of that older chain (its seq and hash, or
-- seq 0 and the genesis hash on an empty log), from which the keyed chain continues.
DROP TRIGGER audit_events_chain ON audit_events;
--> statement-breakpoint
DROP FUNCTION audit_events_chain();
--> statement-breakpoint
SELECT setval('audit_events_seq', coalesce((SELECT max(seq) FROM audit_events), 0) + 1, false);
--> statement-breakpoint
INSERT INTO audit_chain (seq, prev_seq, hash)
SELECT coalesce(max(seq), 0), NULL,
  coalesce((SELECT hash FROM audit_events ORDER BY seq DESC LIMIT 1), repeat('0', 64))
FROM audit_events;
--> statement-breakpoint
-- The number comes from the sequence whatever the INSERT says, and the old hash columns stay empty, so a
-- writer can neither pick a free number below the chain's head nor pass an entry off as an old one.
-- `pg_current_xact_id()` gives the transaction its id BEFORE it takes its number: the chainer relies on
-- every holder of a number being visible as a running transaction from that moment on.
CREATE FUNCTION audit_events_number() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_current_xact_id();
  NEW.seq := nextval('audit_events_seq');
  NEW.prev_hash := NULL;
  NEW.hash := NULL;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER audit_events_number BEFORE INSERT ON audit_events
FOR EACH ROW EXECUTE FUNCTION audit_events_number();
--> statement-breakpoint
-- The chain is append-only like the log: a link, once written, is never changed or removed.
CREATE FUNCTION audit_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
END
$$;
--> statement-breakpoint
CREATE TRIGGER audit_chain_append_only BEFORE UPDATE OR DELETE ON audit_chain
FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();
--> statement-breakpoint
CREATE TRIGGER audit_chain_no_truncate BEFORE TRUNCATE ON audit_chain
FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();
--> statement-breakpoint
-- Separate database roles on PostgreSQL (docs/identity.md «Audit log»): migrations run as the owner of the
-- tables; the application connects as another role, which this function (run by the owner, by
-- `npm run migrate` with DB_APP_ROLE, after every migration) lets read and write the application's tables
-- but only SELECT and INSERT the audit log and its chain. Not being the owner, that role can neither
-- disable the append-only triggers nor alter the tables. PGlite has one user: there the triggers alone
-- refuse UPDATE, DELETE and TRUNCATE.
--
-- The job queue (pg-boss) creates its own schema and a table per queue, so the application role may create
-- schemas in this database and owns `pgboss`; nothing of the audit log depends on that schema.
CREATE FUNCTION talon_grant_app_role(app_role text) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  object record;
BEGIN
  EXECUTE format('GRANT USAGE ON SCHEMA public TO %I', app_role);
  EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %I', app_role);
  EXECUTE format('GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO %I', app_role);
  EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON audit_events, audit_chain FROM %I', app_role);
  EXECUTE format('REVOKE UPDATE ON SEQUENCE audit_events_seq FROM %I', app_role);
  -- The start-up check that every migration has been applied.
  EXECUTE format('GRANT USAGE ON SCHEMA drizzle TO %I', app_role);
  EXECUTE format('GRANT SELECT ON ALL TABLES IN SCHEMA drizzle TO %I', app_role);
  EXECUTE format('GRANT CREATE ON DATABASE %I TO %I', current_database(), app_role);
  IF to_regnamespace('pgboss') IS NOT NULL
    AND (SELECT pg_get_userbyid(nspowner) FROM pg_namespace WHERE nspname = 'pgboss') <> app_role THEN
    -- A queue created while everything ran as one role: hand it over (possible for a superuser, or an owner
    -- that is a member of the application role).
    BEGIN
      EXECUTE format('ALTER SCHEMA pgboss OWNER TO %I', app_role);
      FOR object IN
        SELECT c.relname, c.relkind FROM pg_class c
        WHERE c.relnamespace = 'pgboss'::regnamespace AND c.relkind IN ('r', 'p', 'S', 'v')
      LOOP
        EXECUTE format('ALTER %s pgboss.%I OWNER TO %I',
          CASE object.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW' ELSE 'TABLE' END,
          object.relname, app_role);
      END LOOP;
      FOR object IN
        SELECT p.oid::regprocedure AS signature FROM pg_proc p WHERE p.pronamespace = 'pgboss'::regnamespace
      LOOP
        EXECUTE format('ALTER ROUTINE %s OWNER TO %I', object.signature, app_role);
      END LOOP;
      FOR object IN
        SELECT t.typname FROM pg_type t WHERE t.typnamespace = 'pgboss'::regnamespace AND t.typtype = 'e'
      LOOP
        EXECUTE format('ALTER TYPE pgboss.%I OWNER TO %I', object.typname, app_role);
      END LOOP;
    EXCEPTION WHEN insufficient_privilege THEN
      RAISE EXCEPTION 'the job queue schema pgboss belongs to another role than %', app_role
        USING HINT = 'It holds only jobs in flight: drop it (DROP SCHEMA pgboss CASCADE) and let the application create it again, or run npm run migrate as a superuser.';
    END;
  END IF;
END
$$;
