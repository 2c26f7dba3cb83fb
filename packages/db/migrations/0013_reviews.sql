CREATE TABLE "reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"appointment_id" uuid NOT NULL,
	"patient_id" uuid NOT NULL,
	"practitioner_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"rating" smallint NOT NULL,
	"comment" text,
	CONSTRAINT "reviews_rating" CHECK ("reviews"."rating" between 1 and 5),
	CONSTRAINT "reviews_comment" CHECK (char_length("reviews"."comment") <= 2000)
);
--> statement-breakpoint
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_appointment_id_appointments_id_fk" FOREIGN KEY ("appointment_id") REFERENCES "public"."appointments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_practitioner_id_practitioners_id_fk" FOREIGN KEY ("practitioner_id") REFERENCES "public"."practitioners"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "reviews_appointment_key" ON "reviews" USING btree ("appointment_id");--> statement-breakpoint
CREATE INDEX "reviews_practitioner_idx" ON "reviews" USING btree ("practitioner_id","created_at");--> statement-breakpoint
CREATE INDEX "reviews_patient_idx" ON "reviews" USING btree ("patient_id");--> statement-breakpoint
-- `practitioners.rating` and `reviews_count` are the mean and the count of the practitioner's reviews (DESIGN
-- §2), kept in the same transaction as the insert (or a cascade delete) by statement-level triggers, so a
-- bulk seed recomputes each practitioner once. The practitioners are locked first, in id order (two
-- transactions never wait on each other in a circle), and counted by a later statement: under READ COMMITTED
-- that statement sees every review committed before the lock was granted, so two reviews of one practitioner
-- at once never lose one another. The lock is FOR NO KEY UPDATE: the review's foreign key already holds
-- FOR KEY SHARE on the row, which FOR UPDATE conflicts with — two reviews at once each held one and waited
-- for the other (a deadlock); NO KEY UPDATE queues them instead. Reviews are never edited: no UPDATE trigger.
CREATE FUNCTION reviews_refresh_practitioner_rating() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM 1 FROM practitioners
    WHERE id IN (SELECT practitioner_id FROM changed_reviews)
    ORDER BY id
    FOR NO KEY UPDATE;
  UPDATE practitioners p
     SET rating = s.rating, reviews_count = s.reviews_count, updated_at = now()
    FROM (
      SELECT c.practitioner_id, round(avg(r.rating), 2) AS rating, count(r.id)::int AS reviews_count
        FROM (SELECT DISTINCT practitioner_id FROM changed_reviews) c
        LEFT JOIN reviews r ON r.practitioner_id = c.practitioner_id
       GROUP BY c.practitioner_id
    ) s
   WHERE p.id = s.practitioner_id;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER reviews_rating_after_insert
AFTER INSERT ON reviews
REFERENCING NEW TABLE AS changed_reviews
FOR EACH STATEMENT
EXECUTE FUNCTION reviews_refresh_practitioner_rating();
--> statement-breakpoint
CREATE TRIGGER reviews_rating_after_delete
AFTER DELETE ON reviews
REFERENCING OLD TABLE AS changed_reviews
FOR EACH STATEMENT
EXECUTE FUNCTION reviews_refresh_practitioner_rating();
--> statement-breakpoint
-- Ratings written before this migration (demo data) had no reviews behind them: from now on they follow the
-- rows of `reviews`, which is empty here.
UPDATE practitioners SET rating = NULL, reviews_count = 0 WHERE rating IS NOT NULL OR reviews_count <> 0;
