-- Live availability and holds (issue 4, items 4 and 10). A hold (or a waitlist offer, which is a hold) makes
-- a slot unavailable until `held_until`, and its lapse changes no row, so nothing announced it. Two changes:
-- 1. An announcement that a slot stopped being available because of a hold carries `availableAt` (the hold's
--    end): a page shows the slot again at that moment by itself, to the second, without any sweep.
-- 2. Clearing a hold that had already lapsed (the waitlist passing an expired offer on, a new hold by
--    someone else) is announced as available, so pages that heard "taken" at hold time hear "free" again.
CREATE OR REPLACE FUNCTION slots_notify_availability() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  s slots;
  is_available boolean;
  available_at timestamptz;
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
    IF is_available = slot_is_available(OLD)
      AND NOT (is_available AND OLD.held_until IS NOT NULL AND NEW.held_until IS NULL) THEN
      RETURN NULL;
    END IF;
  END IF;
  -- Free but held: available again when the hold ends, unless something else changes first.
  IF NOT is_available AND s.status = 'free' AND s.held_until > now() THEN
    available_at := s.held_until;
  END IF;
  PERFORM pg_notify('slot_events', json_build_object(
    'slotId', s.id,
    'organizationId', s.organization_id,
    'specialtyCode', s.specialty_code,
    'practitionerId', s.practitioner_id,
    'regionCode', s.region_code,
    'startsAt', to_char(s.starts_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
    'available', is_available,
    'availableAt', to_char(available_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
  )::text);
  RETURN NULL;
END
$$;
