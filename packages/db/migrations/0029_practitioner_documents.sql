CREATE SEQUENCE "public"."practitioner_document_number_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE TABLE "practitioner_documents" (
	"id" uuid PRIMARY KEY NOT NULL,
	"number" text NOT NULL,
	"kind" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"patient_id" uuid NOT NULL,
	"practitioner_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"encounter_id" uuid,
	"period_from" date,
	"period_to" date,
	"sections_encrypted" text NOT NULL,
	"document_id" uuid,
	"supersedes_id" uuid,
	"signed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "practitioner_documents_kind" CHECK ("practitioner_documents"."kind" in ('discharge-summary', 'medical-certificate', 'outpatient-extract', 'visit-protocol')),
	CONSTRAINT "practitioner_documents_status" CHECK ("practitioner_documents"."status" in ('draft', 'signed', 'superseded')),
	CONSTRAINT "practitioner_documents_number" CHECK ("practitioner_documents"."number" ~ '^ДОК-[0-9]{4}-[0-9]{6,}$'),
	CONSTRAINT "practitioner_documents_period" CHECK (("practitioner_documents"."period_from" is null) = ("practitioner_documents"."period_to" is null) and ("practitioner_documents"."period_from" is null or "practitioner_documents"."period_from" <= "practitioner_documents"."period_to")),
	CONSTRAINT "practitioner_documents_signed" CHECK (("practitioner_documents"."status" = 'draft') = ("practitioner_documents"."document_id" is null and "practitioner_documents"."signed_at" is null))
);
--> statement-breakpoint
ALTER TABLE "practitioner_documents" ADD CONSTRAINT "practitioner_documents_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practitioner_documents" ADD CONSTRAINT "practitioner_documents_practitioner_id_practitioners_id_fk" FOREIGN KEY ("practitioner_id") REFERENCES "public"."practitioners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practitioner_documents" ADD CONSTRAINT "practitioner_documents_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practitioner_documents" ADD CONSTRAINT "practitioner_documents_encounter_id_encounters_id_fk" FOREIGN KEY ("encounter_id") REFERENCES "public"."encounters"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practitioner_documents" ADD CONSTRAINT "practitioner_documents_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practitioner_documents" ADD CONSTRAINT "practitioner_documents_supersedes_id_practitioner_documents_id_fk" FOREIGN KEY ("supersedes_id") REFERENCES "public"."practitioner_documents"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "practitioner_documents_number_key" ON "practitioner_documents" USING btree ("number");--> statement-breakpoint
CREATE UNIQUE INDEX "practitioner_documents_supersedes_key" ON "practitioner_documents" USING btree ("supersedes_id") WHERE "practitioner_documents"."supersedes_id" is not null;--> statement-breakpoint
CREATE INDEX "practitioner_documents_practitioner_idx" ON "practitioner_documents" USING btree ("practitioner_id","status","updated_at");--> statement-breakpoint
CREATE INDEX "practitioner_documents_patient_idx" ON "practitioner_documents" USING btree ("patient_id");