CREATE TABLE "visit_surveys" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"appointment_id" uuid NOT NULL,
	"patient_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"practitioner_id" uuid NOT NULL,
	"review_id" uuid,
	"waiting" smallint NOT NULL,
	"cleanliness" smallint NOT NULL,
	"registry" smallint NOT NULL,
	"comment" text,
	"needs_answer" boolean DEFAULT false NOT NULL,
	"answer" text,
	"answer_visibility" text,
	"answered_at" timestamp with time zone,
	"answered_by_account_id" uuid,
	CONSTRAINT "visit_surveys_ratings" CHECK ("visit_surveys"."waiting" between 1 and 5 and "visit_surveys"."cleanliness" between 1 and 5 and "visit_surveys"."registry" between 1 and 5),
	CONSTRAINT "visit_surveys_comment" CHECK (char_length("visit_surveys"."comment") <= 2000),
	CONSTRAINT "visit_surveys_answer" CHECK (("visit_surveys"."answer" is null) = ("visit_surveys"."answer_visibility" is null) and ("visit_surveys"."answer" is null) = ("visit_surveys"."answered_at" is null)
        and char_length("visit_surveys"."answer") <= 2000),
	CONSTRAINT "visit_surveys_answer_visibility" CHECK ("visit_surveys"."answer_visibility" in ('public', 'private'))
);
--> statement-breakpoint
ALTER TABLE "visit_surveys" ADD CONSTRAINT "visit_surveys_appointment_id_appointments_id_fk" FOREIGN KEY ("appointment_id") REFERENCES "public"."appointments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_surveys" ADD CONSTRAINT "visit_surveys_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_surveys" ADD CONSTRAINT "visit_surveys_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_surveys" ADD CONSTRAINT "visit_surveys_practitioner_id_practitioners_id_fk" FOREIGN KEY ("practitioner_id") REFERENCES "public"."practitioners"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_surveys" ADD CONSTRAINT "visit_surveys_review_id_reviews_id_fk" FOREIGN KEY ("review_id") REFERENCES "public"."reviews"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_surveys" ADD CONSTRAINT "visit_surveys_answered_by_account_id_accounts_id_fk" FOREIGN KEY ("answered_by_account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "visit_surveys_appointment_key" ON "visit_surveys" USING btree ("appointment_id");--> statement-breakpoint
CREATE INDEX "visit_surveys_organization_idx" ON "visit_surveys" USING btree ("organization_id","created_at");--> statement-breakpoint
CREATE INDEX "visit_surveys_patient_idx" ON "visit_surveys" USING btree ("patient_id");