CREATE SEQUENCE "public"."staff_certificate_number_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE TABLE "staff_application_counters" (
	"organization_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"last_value" integer NOT NULL,
	CONSTRAINT "staff_application_counters_organization_id_year_pk" PRIMARY KEY("organization_id","year"),
	CONSTRAINT "staff_application_counters_last_value" CHECK ("staff_application_counters"."last_value" > 0)
);
--> statement-breakpoint
CREATE TABLE "staff_applications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"number" text NOT NULL,
	"organization_id" uuid NOT NULL,
	"practitioner_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"type" text NOT NULL,
	"status" text DEFAULT 'submitted' NOT NULL,
	"fields_encrypted" text NOT NULL,
	"attachment_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"rejection_reason_encrypted" text,
	"reviewed_by_account_id" uuid,
	"reviewed_at" timestamp with time zone,
	"decided_by_account_id" uuid,
	"decided_at" timestamp with time zone,
	CONSTRAINT "staff_applications_type" CHECK ("staff_applications"."type" in ('transfer', 'training', 'allowance', 'health_leave', 'labour_complaint')),
	CONSTRAINT "staff_applications_status" CHECK ("staff_applications"."status" in ('submitted', 'in_review', 'approved', 'rejected')),
	CONSTRAINT "staff_applications_number_format" CHECK ("staff_applications"."number" ~ '^ЗЯ-[0-9]{4}-[0-9]{6,}$'),
	CONSTRAINT "staff_applications_reviewed" CHECK (("staff_applications"."status" = 'submitted') = ("staff_applications"."reviewed_at" is null)),
	CONSTRAINT "staff_applications_decided" CHECK (("staff_applications"."status" in ('approved', 'rejected')) = ("staff_applications"."decided_at" is not null)),
	CONSTRAINT "staff_applications_rejection_reason" CHECK (("staff_applications"."status" = 'rejected') = ("staff_applications"."rejection_reason_encrypted" is not null))
);
--> statement-breakpoint
CREATE TABLE "staff_certificates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"number" text NOT NULL,
	"kind" text NOT NULL,
	"organization_id" uuid NOT NULL,
	"practitioner_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"file_id" uuid NOT NULL,
	"sha256" text NOT NULL,
	"signer_name" text NOT NULL,
	"signed_at" timestamp with time zone NOT NULL,
	"signature_certificate_serial" text NOT NULL,
	"verification_code" text NOT NULL,
	"issued_on" date NOT NULL,
	CONSTRAINT "staff_certificates_number_unique" UNIQUE("number"),
	CONSTRAINT "staff_certificates_kind" CHECK ("staff_certificates"."kind" in ('work_experience', 'qualification')),
	CONSTRAINT "staff_certificates_sha256" CHECK ("staff_certificates"."sha256" ~ '^[0-9a-f]{64}$')
);
--> statement-breakpoint
ALTER TABLE "stored_files" DROP CONSTRAINT "stored_files_attached_to_type";--> statement-breakpoint
ALTER TABLE "practitioner_roles" ADD COLUMN "employed_since" date DEFAULT current_date NOT NULL;--> statement-breakpoint
ALTER TABLE "staff_application_counters" ADD CONSTRAINT "staff_application_counters_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_applications" ADD CONSTRAINT "staff_applications_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_applications" ADD CONSTRAINT "staff_applications_practitioner_id_practitioners_id_fk" FOREIGN KEY ("practitioner_id") REFERENCES "public"."practitioners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_applications" ADD CONSTRAINT "staff_applications_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_applications" ADD CONSTRAINT "staff_applications_reviewed_by_account_id_accounts_id_fk" FOREIGN KEY ("reviewed_by_account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_applications" ADD CONSTRAINT "staff_applications_decided_by_account_id_accounts_id_fk" FOREIGN KEY ("decided_by_account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_certificates" ADD CONSTRAINT "staff_certificates_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_certificates" ADD CONSTRAINT "staff_certificates_practitioner_id_practitioners_id_fk" FOREIGN KEY ("practitioner_id") REFERENCES "public"."practitioners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_certificates" ADD CONSTRAINT "staff_certificates_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_certificates" ADD CONSTRAINT "staff_certificates_file_id_stored_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."stored_files"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "staff_applications_number_key" ON "staff_applications" USING btree ("organization_id","number");--> statement-breakpoint
CREATE INDEX "staff_applications_account_idx" ON "staff_applications" USING btree ("account_id","created_at");--> statement-breakpoint
CREATE INDEX "staff_applications_organization_idx" ON "staff_applications" USING btree ("organization_id","status","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "staff_certificates_sha256_key" ON "staff_certificates" USING btree ("sha256");--> statement-breakpoint
CREATE UNIQUE INDEX "staff_certificates_verification_code_key" ON "staff_certificates" USING btree ("verification_code");--> statement-breakpoint
CREATE INDEX "staff_certificates_account_idx" ON "staff_certificates" USING btree ("account_id","created_at");--> statement-breakpoint
ALTER TABLE "stored_files" ADD CONSTRAINT "stored_files_attached_to_type" CHECK ("stored_files"."attached_to_type" is null or "stored_files"."attached_to_type" in ('document', 'data_change_request', 'document_request', 'representative_link', 'qualification', 'support_ticket', 'attachment_request', 'staff_application', 'staff_certificate'));--> statement-breakpoint
-- Existing positions: the day the row was created (the only day known), never before the first day in the profession.
UPDATE "practitioner_roles" r SET "employed_since" = greatest(p."experience_since", r."created_at"::date) FROM "practitioners" p WHERE p."id" = r."practitioner_id";
