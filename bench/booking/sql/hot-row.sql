-- The issue's yardstick for the hot slot: every client updates one and the same row (the hot slot's), so
-- each update waits for the row lock of the one before it. :hot_slot_id is given with -D.
update slots set updated_at = now() where id = :hot_slot_id;
