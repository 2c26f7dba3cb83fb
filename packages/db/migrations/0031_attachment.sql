CREATE SEQUENCE "public"."attachment_request_number_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE TABLE "attachment_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"number" text NOT NULL,
	"patient_id" uuid NOT NULL,
	"account_id" uuid,
	"organization_id" uuid NOT NULL,
	"district" text,
	"reason_encrypted" text NOT NULL,
	"moved" boolean DEFAULT false NOT NULL,
	"scan_upload_id" uuid,
	"status" text DEFAULT 'submitted' NOT NULL,
	"comment_encrypted" text,
	"decided_by_account_id" uuid,
	"decided_at" timestamp with time zone,
	CONSTRAINT "attachment_requests_status" CHECK ("attachment_requests"."status" in ('submitted', 'approved', 'rejected')),
	CONSTRAINT "attachment_requests_number_format" CHECK ("attachment_requests"."number" ~ '^ПРК-[0-9]{4}-[0-9]{6,}$'),
	CONSTRAINT "attachment_requests_decided" CHECK (("attachment_requests"."status" = 'submitted') = ("attachment_requests"."decided_at" is null)),
	CONSTRAINT "attachment_requests_rejection_comment" CHECK ("attachment_requests"."status" <> 'rejected' or "attachment_requests"."comment_encrypted" is not null)
);
--> statement-breakpoint
CREATE TABLE "patient_attachments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"patient_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"district" text,
	"from" date NOT NULL,
	"to" date,
	"request_id" uuid,
	"created_by_account_id" uuid,
	CONSTRAINT "patient_attachments_period" CHECK ("patient_attachments"."to" is null or "patient_attachments"."to" >= "patient_attachments"."from")
);
--> statement-breakpoint
ALTER TABLE "stored_files" DROP CONSTRAINT "stored_files_attached_to_type";--> statement-breakpoint
ALTER TABLE "attachment_requests" ADD CONSTRAINT "attachment_requests_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attachment_requests" ADD CONSTRAINT "attachment_requests_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attachment_requests" ADD CONSTRAINT "attachment_requests_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attachment_requests" ADD CONSTRAINT "attachment_requests_scan_upload_id_stored_files_id_fk" FOREIGN KEY ("scan_upload_id") REFERENCES "public"."stored_files"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attachment_requests" ADD CONSTRAINT "attachment_requests_decided_by_account_id_accounts_id_fk" FOREIGN KEY ("decided_by_account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "patient_attachments" ADD CONSTRAINT "patient_attachments_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "patient_attachments" ADD CONSTRAINT "patient_attachments_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "patient_attachments" ADD CONSTRAINT "patient_attachments_request_id_attachment_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."attachment_requests"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "patient_attachments" ADD CONSTRAINT "patient_attachments_created_by_account_id_accounts_id_fk" FOREIGN KEY ("created_by_account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "attachment_requests_number_key" ON "attachment_requests" USING btree ("number");--> statement-breakpoint
CREATE UNIQUE INDEX "attachment_requests_open_key" ON "attachment_requests" USING btree ("patient_id") WHERE "attachment_requests"."status" = 'submitted';--> statement-breakpoint
CREATE INDEX "attachment_requests_patient_idx" ON "attachment_requests" USING btree ("patient_id","created_at");--> statement-breakpoint
CREATE INDEX "attachment_requests_organization_idx" ON "attachment_requests" USING btree ("organization_id","status","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "patient_attachments_current_key" ON "patient_attachments" USING btree ("patient_id") WHERE "patient_attachments"."to" is null;--> statement-breakpoint
CREATE INDEX "patient_attachments_patient_idx" ON "patient_attachments" USING btree ("patient_id","from");--> statement-breakpoint
ALTER TABLE "stored_files" ADD CONSTRAINT "stored_files_attached_to_type" CHECK ("stored_files"."attached_to_type" is null or "stored_files"."attached_to_type" in ('document', 'data_change_request', 'document_request', 'representative_link', 'qualification', 'support_ticket', 'attachment_request'));