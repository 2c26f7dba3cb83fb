CREATE SEQUENCE "public"."document_request_number_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE TABLE "document_requests" (
	"id" uuid PRIMARY KEY NOT NULL,
	"number" text NOT NULL,
	"patient_id" uuid NOT NULL,
	"type" text NOT NULL,
	"purpose" text,
	"period_from" date,
	"period_to" date,
	"encounter_id" uuid,
	"status" text NOT NULL,
	"organization_id" uuid,
	"document_id" uuid,
	"source_stamp" text NOT NULL,
	"created_by_account_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "document_requests_status" CHECK ("document_requests"."status" in ('in_progress', 'awaiting_signature', 'ready', 'rejected')),
	CONSTRAINT "document_requests_type" CHECK ("document_requests"."type" in ('vaccination-certificate', 'visit-certificate', 'pool-certificate', 'sport-certificate', 'lab-results-extract', 'outpatient-extract', 'inpatient-extract')),
	CONSTRAINT "document_requests_number" CHECK ("document_requests"."number" ~ '^(СПР|ВЫП)-[0-9]{4}-[0-9]{6,}$'),
	CONSTRAINT "document_requests_period" CHECK (("document_requests"."period_from" is null) = ("document_requests"."period_to" is null) and ("document_requests"."period_from" is null or "document_requests"."period_from" <= "document_requests"."period_to")),
	CONSTRAINT "document_requests_ready" CHECK ("document_requests"."status" <> 'ready' or "document_requests"."document_id" is not null)
);
--> statement-breakpoint
ALTER TABLE "document_requests" ADD CONSTRAINT "document_requests_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_requests" ADD CONSTRAINT "document_requests_encounter_id_encounters_id_fk" FOREIGN KEY ("encounter_id") REFERENCES "public"."encounters"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_requests" ADD CONSTRAINT "document_requests_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_requests" ADD CONSTRAINT "document_requests_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_requests" ADD CONSTRAINT "document_requests_created_by_account_id_accounts_id_fk" FOREIGN KEY ("created_by_account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "document_requests_number_key" ON "document_requests" USING btree ("number");--> statement-breakpoint
CREATE INDEX "document_requests_patient_idx" ON "document_requests" USING btree ("patient_id","type","created_at");