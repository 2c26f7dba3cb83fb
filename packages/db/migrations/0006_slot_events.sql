-- Live availability (issue 4, item 10): the database itself announces every change of a slot's
-- availability on the channel `slot_events`, whoever made the change (booking, hold, cancel, generation,
-- a clinic blocking a slot, a manual UPDATE). NOTIFY is delivered at commit, in commit order, to every
-- session listening on the channel, so all server processes on one PostgreSQL hear it; a rolled-back
-- change announces nothing.
--
-- A slot is available when it is free and not under a live hold. An expiring hold changes no row, so the
-- moment it lapses is not announced by itself; the next change of the row (or a sweep that clears expired
-- holds) is.
CREATE FUNCTION slot_is_available(s slots) RETURNS boolean
LANGUAGE sql STABLE AS $$
  SELECT s.status = 'free' AND (s.held_until IS NULL OR s.held_until <= now())
$$;
--> statement-breakpoint
-- The payload stays far below NOTIFY's 8000-byte limit. `startsAt` is written in UTC whatever the session's
-- TimeZone, so every listener parses the same text.
CREATE FUNCTION slots_notify_availability() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  s slots;
  is_available boolean;
BEGIN
  -- A bulk load with no page open to hear it (the seed of a whole region: millions of rows in one
  -- transaction) mutes the events for its transaction: `SELECT set_config('talon.slot_events', 'off', true)`.
  IF current_setting('talon.slot_events', true) = 'off' THEN RETURN NULL; END IF;
  IF TG_OP = 'DELETE' THEN
    s := OLD;
    -- A slot nobody could book disappearing changes nothing on any page.
    IF NOT slot_is_available(OLD) THEN RETURN NULL; END IF;
    is_available := false;
  ELSIF TG_OP = 'INSERT' THEN
    s := NEW;
    is_available := slot_is_available(NEW);
    -- A new booked or blocked slot was never on any page either.
    IF NOT is_available THEN RETURN NULL; END IF;
  ELSE
    s := NEW;
    is_available := slot_is_available(NEW);
    IF is_available = slot_is_available(OLD) THEN RETURN NULL; END IF;
  END IF;
  PERFORM pg_notify('slot_events', json_build_object(
    'slotId', s.id,
    'organizationId', s.organization_id,
    'specialtyCode', s.specialty_code,
    'practitionerId', s.practitioner_id,
    'regionCode', s.region_code,
    'startsAt', to_char(s.starts_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
    'available', is_available
  )::text);
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER slots_notify_insert AFTER INSERT ON slots
FOR EACH ROW EXECUTE FUNCTION slots_notify_availability();
--> statement-breakpoint
CREATE TRIGGER slots_notify_update AFTER UPDATE OF status, held_by_patient_id, held_until ON slots
FOR EACH ROW EXECUTE FUNCTION slots_notify_availability();
--> statement-breakpoint
CREATE TRIGGER slots_notify_delete AFTER DELETE ON slots
FOR EACH ROW EXECUTE FUNCTION slots_notify_availability();
