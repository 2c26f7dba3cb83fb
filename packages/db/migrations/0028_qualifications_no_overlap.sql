-- Periods of one practitioner's documents of one type and specialty never overlap (issue 12 item 7). An
-- exclusion constraint, so two racing inserts cannot both pass (a trigger's check would need a lock).
-- btree_gist gives GiST the equality of uuid and text; it is a trusted extension since PostgreSQL 13 and
-- PGlite ships it as a contrib module. Documents without an end (a diploma) are not compared.
CREATE EXTENSION IF NOT EXISTS btree_gist;--> statement-breakpoint
ALTER TABLE "qualifications" ADD CONSTRAINT "qualifications_no_overlap" EXCLUDE USING gist (
  "practitioner_id" WITH =,
  "type" WITH =,
  "specialty_code" WITH =,
  daterange("issued_on", "valid_until", '[]') WITH &&
) WHERE ("valid_until" IS NOT NULL);
