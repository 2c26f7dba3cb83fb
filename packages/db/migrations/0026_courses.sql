CREATE TABLE "course_enrollments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"course_id" uuid NOT NULL,
	"practitioner_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"status" text DEFAULT 'processing' NOT NULL,
	"decided_at" timestamp with time zone,
	"decided_by_account_id" uuid,
	"cancelled_by" text,
	"reason" text,
	CONSTRAINT "course_enrollments_status" CHECK ("course_enrollments"."status" in ('processing', 'approved', 'cancelled')),
	CONSTRAINT "course_enrollments_cancelled_by" CHECK (("course_enrollments"."status" = 'cancelled') = ("course_enrollments"."cancelled_by" is not null) and "course_enrollments"."cancelled_by" in ('practitioner', 'admin')),
	CONSTRAINT "course_enrollments_decided" CHECK (("course_enrollments"."status" = 'processing') = ("course_enrollments"."decided_at" is null)),
	CONSTRAINT "course_enrollments_reason_length" CHECK (char_length("course_enrollments"."reason") <= 500)
);
--> statement-breakpoint
CREATE TABLE "courses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"code" text NOT NULL,
	"title" text NOT NULL,
	"provider" text NOT NULL,
	"direction" text NOT NULL,
	"format" text NOT NULL,
	"credits" integer NOT NULL,
	"hours" integer NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"price_rub" integer NOT NULL,
	"seats" integer NOT NULL,
	"approved_count" integer DEFAULT 0 NOT NULL,
	"location" text,
	"requirements" text NOT NULL,
	"description" text NOT NULL,
	CONSTRAINT "courses_code_unique" UNIQUE("code"),
	CONSTRAINT "courses_direction" CHECK ("courses"."direction" in ('clinical_diagnostics', 'surgical_methods', 'pharmacology_therapy', 'management', 'it_in_medicine')),
	CONSTRAINT "courses_format" CHECK ("courses"."format" in ('in_person', 'online', 'mixed')),
	CONSTRAINT "courses_credits" CHECK ("courses"."credits" > 0 and "courses"."hours" > 0),
	CONSTRAINT "courses_period" CHECK ("courses"."ends_on" >= "courses"."starts_on"),
	CONSTRAINT "courses_price" CHECK ("courses"."price_rub" >= 0),
	CONSTRAINT "courses_seats" CHECK ("courses"."seats" > 0),
	CONSTRAINT "courses_approved_within_seats" CHECK ("courses"."approved_count" between 0 and "courses"."seats")
);
--> statement-breakpoint
ALTER TABLE "course_enrollments" ADD CONSTRAINT "course_enrollments_course_id_courses_id_fk" FOREIGN KEY ("course_id") REFERENCES "public"."courses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "course_enrollments" ADD CONSTRAINT "course_enrollments_practitioner_id_practitioners_id_fk" FOREIGN KEY ("practitioner_id") REFERENCES "public"."practitioners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "course_enrollments" ADD CONSTRAINT "course_enrollments_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "course_enrollments" ADD CONSTRAINT "course_enrollments_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "course_enrollments" ADD CONSTRAINT "course_enrollments_decided_by_account_id_accounts_id_fk" FOREIGN KEY ("decided_by_account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "course_enrollments_active_key" ON "course_enrollments" USING btree ("course_id","practitioner_id") WHERE "course_enrollments"."status" in ('processing', 'approved');--> statement-breakpoint
CREATE INDEX "course_enrollments_clinic_idx" ON "course_enrollments" USING btree ("organization_id","status","created_at");--> statement-breakpoint
CREATE INDEX "course_enrollments_practitioner_idx" ON "course_enrollments" USING btree ("practitioner_id","created_at");--> statement-breakpoint
CREATE INDEX "courses_catalogue_idx" ON "courses" USING btree ("starts_on","direction");