CREATE TABLE "qualification_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"qualification_id" uuid NOT NULL,
	"changed_by_account_id" uuid,
	"changed_at" timestamp with time zone NOT NULL,
	"before" jsonb,
	"after" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "qualifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"practitioner_id" uuid NOT NULL,
	"type" text NOT NULL,
	"number" text NOT NULL,
	"issued_on" date NOT NULL,
	"valid_until" date,
	"specialty_code" text NOT NULL,
	"status" text DEFAULT 'in_work' NOT NULL,
	"scan_upload_id" uuid,
	CONSTRAINT "qualifications_type" CHECK ("qualifications"."type" in ('diploma', 'accreditation', 'qualification_category', 'training_certificate')),
	CONSTRAINT "qualifications_status" CHECK ("qualifications"."status" in ('in_work', 'sent', 'confirmed')),
	CONSTRAINT "qualifications_period" CHECK ("qualifications"."valid_until" is null or "qualifications"."valid_until" > "qualifications"."issued_on"),
	CONSTRAINT "qualifications_validity_required" CHECK ("qualifications"."valid_until" is not null or "qualifications"."type" not in ('accreditation', 'qualification_category')),
	CONSTRAINT "qualifications_number_length" CHECK (char_length("qualifications"."number") between 1 and 40)
);
--> statement-breakpoint
ALTER TABLE "qualification_changes" ADD CONSTRAINT "qualification_changes_qualification_id_qualifications_id_fk" FOREIGN KEY ("qualification_id") REFERENCES "public"."qualifications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "qualification_changes" ADD CONSTRAINT "qualification_changes_changed_by_account_id_accounts_id_fk" FOREIGN KEY ("changed_by_account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "qualifications" ADD CONSTRAINT "qualifications_practitioner_id_practitioners_id_fk" FOREIGN KEY ("practitioner_id") REFERENCES "public"."practitioners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "qualifications" ADD CONSTRAINT "qualifications_specialty_code_specialties_code_fk" FOREIGN KEY ("specialty_code") REFERENCES "public"."specialties"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "qualifications" ADD CONSTRAINT "qualifications_scan_upload_id_stored_files_id_fk" FOREIGN KEY ("scan_upload_id") REFERENCES "public"."stored_files"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "qualification_changes_qualification_idx" ON "qualification_changes" USING btree ("qualification_id","changed_at");--> statement-breakpoint
CREATE INDEX "qualifications_practitioner_idx" ON "qualifications" USING btree ("practitioner_id","type");--> statement-breakpoint
CREATE INDEX "qualifications_expiring_idx" ON "qualifications" USING btree ("valid_until") WHERE "qualifications"."type" = 'accreditation';