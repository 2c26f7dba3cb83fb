CREATE TABLE "conditions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"patient_id" uuid NOT NULL,
	"encounter_id" uuid,
	"code_encrypted" text NOT NULL,
	"name_encrypted" text NOT NULL,
	"role" text,
	"clinical_status" text DEFAULT 'active' NOT NULL,
	"verification_status" text DEFAULT 'confirmed' NOT NULL,
	"onset_date" date,
	"abatement_date" date,
	"recorded_by_practitioner_id" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "conditions_role" CHECK ("conditions"."role" is null or "conditions"."role" in ('primary', 'secondary', 'complication')),
	CONSTRAINT "conditions_clinical_status" CHECK ("conditions"."clinical_status" in ('active', 'recurrence', 'remission', 'resolved')),
	CONSTRAINT "conditions_verification_status" CHECK ("conditions"."verification_status" in ('confirmed', 'provisional')),
	CONSTRAINT "conditions_abatement" CHECK ("conditions"."abatement_date" is null or "conditions"."onset_date" is null or "conditions"."abatement_date" >= "conditions"."onset_date")
);
--> statement-breakpoint
CREATE TABLE "coverages" (
	"id" uuid PRIMARY KEY NOT NULL,
	"patient_id" uuid NOT NULL,
	"kind" text DEFAULT 'oms' NOT NULL,
	"number_encrypted" text NOT NULL,
	"number_hash" text NOT NULL,
	"insurer_name" text NOT NULL,
	"insurer_code" text,
	"status" text NOT NULL,
	"period_start" date,
	"period_end" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "coverages_kind" CHECK ("coverages"."kind" = 'oms'),
	CONSTRAINT "coverages_status" CHECK ("coverages"."status" in ('active', 'suspended', 'expired')),
	CONSTRAINT "coverages_period" CHECK ("coverages"."period_end" is null or "coverages"."period_start" is null or "coverages"."period_end" >= "coverages"."period_start")
);
--> statement-breakpoint
CREATE TABLE "diagnostic_reports" (
	"id" uuid PRIMARY KEY NOT NULL,
	"patient_id" uuid NOT NULL,
	"encounter_id" uuid,
	"organization_id" uuid,
	"performer_name" text,
	"performer_organization_id" uuid,
	"ordered_by_practitioner_id" uuid,
	"order_number" text,
	"identifier_system" text,
	"identifier_value" text,
	"category" text DEFAULT 'LAB' NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"status" text DEFAULT 'final' NOT NULL,
	"effective_at" timestamp with time zone NOT NULL,
	"issued_at" timestamp with time zone,
	"conclusion_encrypted" text,
	"document_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "diagnostic_reports_status" CHECK ("diagnostic_reports"."status" in ('registered', 'partial', 'final', 'amended', 'cancelled')),
	CONSTRAINT "diagnostic_reports_category" CHECK ("diagnostic_reports"."category" = 'LAB'),
	CONSTRAINT "diagnostic_reports_identifier" CHECK (("diagnostic_reports"."identifier_system" is null) = ("diagnostic_reports"."identifier_value" is null))
);
--> statement-breakpoint
CREATE TABLE "documents" (
	"id" uuid PRIMARY KEY NOT NULL,
	"patient_id" uuid NOT NULL,
	"encounter_id" uuid,
	"type" text NOT NULL,
	"title" text NOT NULL,
	"document_date" date NOT NULL,
	"author_practitioner_id" uuid,
	"author_name" text,
	"organization_id" uuid,
	"status" text DEFAULT 'current' NOT NULL,
	"file_id" uuid,
	"sha256" text,
	"is_signed" boolean DEFAULT false NOT NULL,
	"signer_name" text,
	"signed_at" timestamp with time zone,
	"signature_certificate_serial" text,
	"verification_code" text,
	"revoked_at" timestamp with time zone,
	"revocation_reason" text,
	"request_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "documents_status" CHECK ("documents"."status" in ('current', 'superseded', 'entered-in-error')),
	CONSTRAINT "documents_sha256" CHECK ("documents"."sha256" is null or "documents"."sha256" ~ '^[0-9a-f]{64}$'),
	CONSTRAINT "documents_signed" CHECK (not "documents"."is_signed" or ("documents"."signed_at" is not null and "documents"."file_id" is not null))
);
--> statement-breakpoint
CREATE TABLE "encounter_versions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"encounter_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"complaints_encrypted" text,
	"anamnesis_encrypted" text,
	"examination_encrypted" text,
	"conclusion_encrypted" text,
	"recommendations_encrypted" text,
	"follow_up_encrypted" text,
	"conditions_encrypted" text,
	"amended_by_account_id" uuid,
	"amended_at" timestamp with time zone NOT NULL,
	"amendment_reason_encrypted" text
);
--> statement-breakpoint
CREATE TABLE "encounters" (
	"id" uuid PRIMARY KEY NOT NULL,
	"patient_id" uuid NOT NULL,
	"appointment_id" uuid,
	"practitioner_id" uuid NOT NULL,
	"practitioner_role_id" uuid,
	"organization_id" uuid NOT NULL,
	"class" text DEFAULT 'AMB' NOT NULL,
	"status" text DEFAULT 'in-progress' NOT NULL,
	"period_start" timestamp with time zone NOT NULL,
	"period_end" timestamp with time zone,
	"complaints_encrypted" text,
	"anamnesis_encrypted" text,
	"examination_encrypted" text,
	"conclusion_encrypted" text,
	"recommendations_encrypted" text,
	"follow_up_encrypted" text,
	"version" integer DEFAULT 1 NOT NULL,
	"finished_at" timestamp with time zone,
	"created_by_account_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "encounters_class" CHECK ("encounters"."class" in ('AMB', 'VR', 'HH')),
	CONSTRAINT "encounters_status" CHECK ("encounters"."status" in ('in-progress', 'finished', 'entered-in-error')),
	CONSTRAINT "encounters_period" CHECK ("encounters"."period_end" is null or "encounters"."period_end" >= "encounters"."period_start"),
	CONSTRAINT "encounters_version" CHECK ("encounters"."version" >= 1),
	CONSTRAINT "encounters_finished" CHECK (("encounters"."status" = 'finished') = ("encounters"."finished_at" is not null) or "encounters"."status" = 'entered-in-error')
);
--> statement-breakpoint
CREATE TABLE "icd10_codes" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"chapter" text NOT NULL,
	"block" text NOT NULL,
	"search_text" text NOT NULL,
	"source" text DEFAULT 'talon' NOT NULL,
	CONSTRAINT "icd10_codes_code" CHECK ("icd10_codes"."code" ~ '^[A-Z][0-9]{2}(\.[0-9]{1,2})?$'),
	CONSTRAINT "icd10_codes_source" CHECK ("icd10_codes"."source" in ('talon', 'nsi'))
);
--> statement-breakpoint
CREATE TABLE "immunizations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"patient_id" uuid NOT NULL,
	"encounter_id" uuid,
	"vaccine_code" text NOT NULL,
	"vaccine_name" text NOT NULL,
	"occurrence_date" date NOT NULL,
	"dose_number" smallint,
	"lot_number" text,
	"organization_id" uuid,
	"performer_name" text,
	"status" text DEFAULT 'completed' NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "immunizations_status" CHECK ("immunizations"."status" in ('completed', 'entered-in-error')),
	CONSTRAINT "immunizations_dose" CHECK ("immunizations"."dose_number" is null or "immunizations"."dose_number" > 0)
);
--> statement-breakpoint
CREATE TABLE "medication_requests" (
	"id" uuid PRIMARY KEY NOT NULL,
	"number" text NOT NULL,
	"patient_id" uuid NOT NULL,
	"encounter_id" uuid,
	"practitioner_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"medicine_id" text NOT NULL,
	"medicine_name" text NOT NULL,
	"form" text,
	"strength" text,
	"dosage_text_encrypted" text,
	"quantity" integer NOT NULL,
	"valid_until" date NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"signed_at" timestamp with time zone,
	"sent_at" timestamp with time zone,
	"dispensed_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone,
	"cancel_reason_encrypted" text,
	"document_id" uuid,
	"pharmacy_reference" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "medication_requests_number_unique" UNIQUE("number"),
	CONSTRAINT "medication_requests_status" CHECK ("medication_requests"."status" in ('draft', 'signed', 'sent', 'dispensed', 'cancelled', 'expired')),
	CONSTRAINT "medication_requests_quantity" CHECK ("medication_requests"."quantity" > 0),
	CONSTRAINT "medication_requests_cancelled" CHECK (("medication_requests"."status" = 'cancelled') = ("medication_requests"."cancelled_at" is not null))
);
--> statement-breakpoint
CREATE TABLE "observations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"report_id" uuid,
	"patient_id" uuid NOT NULL,
	"code" text NOT NULL,
	"code_system" text NOT NULL,
	"name" text NOT NULL,
	"value_kind" text NOT NULL,
	"value_encrypted" text NOT NULL,
	"unit" text,
	"unit_display" text,
	"ref_low" double precision,
	"ref_high" double precision,
	"ref_text" text,
	"interpretation" text,
	"effective_at" timestamp with time zone NOT NULL,
	"status" text DEFAULT 'final' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "observations_code_system" CHECK ("observations"."code_system" in ('http://loinc.org', 'urn:talon:lab')),
	CONSTRAINT "observations_value_kind" CHECK ("observations"."value_kind" in ('quantity', 'coded', 'text')),
	CONSTRAINT "observations_interpretation" CHECK ("observations"."interpretation" is null or "observations"."interpretation" in ('LL', 'L', 'N', 'H', 'HH')),
	CONSTRAINT "observations_status" CHECK ("observations"."status" in ('final', 'amended', 'cancelled')),
	CONSTRAINT "observations_range" CHECK ("observations"."ref_low" is null or "observations"."ref_high" is null or "observations"."ref_low" <= "observations"."ref_high")
);
--> statement-breakpoint
CREATE TABLE "stored_files" (
	"id" uuid PRIMARY KEY NOT NULL,
	"owner_account_id" uuid,
	"content_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"storage" text NOT NULL,
	"storage_key" text NOT NULL,
	"content" "bytea",
	"attached_to_type" text,
	"attached_to_id" uuid,
	"attached_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "stored_files_content_type" CHECK ("stored_files"."content_type" in ('application/pdf', 'image/jpeg', 'image/png')),
	CONSTRAINT "stored_files_size" CHECK ("stored_files"."size" between 1 and 5242880),
	CONSTRAINT "stored_files_sha256" CHECK ("stored_files"."sha256" ~ '^[0-9a-f]{64}$'),
	CONSTRAINT "stored_files_storage" CHECK ("stored_files"."storage" in ('db', 's3')),
	CONSTRAINT "stored_files_db_content" CHECK ("stored_files"."storage" <> 'db' or "stored_files"."content" is not null),
	CONSTRAINT "stored_files_attachment" CHECK (("stored_files"."attached_to_type" is null) = ("stored_files"."attached_to_id" is null) and ("stored_files"."attached_to_type" is null) = ("stored_files"."attached_at" is null)),
	CONSTRAINT "stored_files_attached_to_type" CHECK ("stored_files"."attached_to_type" is null or "stored_files"."attached_to_type" in ('document', 'data_change_request', 'document_request', 'representative_link', 'qualification', 'support_ticket'))
);
--> statement-breakpoint
ALTER TABLE "conditions" ADD CONSTRAINT "conditions_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conditions" ADD CONSTRAINT "conditions_encounter_id_encounters_id_fk" FOREIGN KEY ("encounter_id") REFERENCES "public"."encounters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conditions" ADD CONSTRAINT "conditions_recorded_by_practitioner_id_practitioners_id_fk" FOREIGN KEY ("recorded_by_practitioner_id") REFERENCES "public"."practitioners"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coverages" ADD CONSTRAINT "coverages_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "diagnostic_reports" ADD CONSTRAINT "diagnostic_reports_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "diagnostic_reports" ADD CONSTRAINT "diagnostic_reports_encounter_id_encounters_id_fk" FOREIGN KEY ("encounter_id") REFERENCES "public"."encounters"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "diagnostic_reports" ADD CONSTRAINT "diagnostic_reports_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "diagnostic_reports" ADD CONSTRAINT "diagnostic_reports_performer_organization_id_organizations_id_fk" FOREIGN KEY ("performer_organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "diagnostic_reports" ADD CONSTRAINT "diagnostic_reports_ordered_by_practitioner_id_practitioners_id_fk" FOREIGN KEY ("ordered_by_practitioner_id") REFERENCES "public"."practitioners"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "diagnostic_reports" ADD CONSTRAINT "diagnostic_reports_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_encounter_id_encounters_id_fk" FOREIGN KEY ("encounter_id") REFERENCES "public"."encounters"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_author_practitioner_id_practitioners_id_fk" FOREIGN KEY ("author_practitioner_id") REFERENCES "public"."practitioners"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_file_id_stored_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."stored_files"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "encounter_versions" ADD CONSTRAINT "encounter_versions_encounter_id_encounters_id_fk" FOREIGN KEY ("encounter_id") REFERENCES "public"."encounters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "encounter_versions" ADD CONSTRAINT "encounter_versions_amended_by_account_id_accounts_id_fk" FOREIGN KEY ("amended_by_account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "encounters" ADD CONSTRAINT "encounters_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "encounters" ADD CONSTRAINT "encounters_appointment_id_appointments_id_fk" FOREIGN KEY ("appointment_id") REFERENCES "public"."appointments"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "encounters" ADD CONSTRAINT "encounters_practitioner_id_practitioners_id_fk" FOREIGN KEY ("practitioner_id") REFERENCES "public"."practitioners"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "encounters" ADD CONSTRAINT "encounters_practitioner_role_id_practitioner_roles_id_fk" FOREIGN KEY ("practitioner_role_id") REFERENCES "public"."practitioner_roles"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "encounters" ADD CONSTRAINT "encounters_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "encounters" ADD CONSTRAINT "encounters_created_by_account_id_accounts_id_fk" FOREIGN KEY ("created_by_account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "immunizations" ADD CONSTRAINT "immunizations_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "immunizations" ADD CONSTRAINT "immunizations_encounter_id_encounters_id_fk" FOREIGN KEY ("encounter_id") REFERENCES "public"."encounters"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "immunizations" ADD CONSTRAINT "immunizations_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "medication_requests" ADD CONSTRAINT "medication_requests_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "medication_requests" ADD CONSTRAINT "medication_requests_encounter_id_encounters_id_fk" FOREIGN KEY ("encounter_id") REFERENCES "public"."encounters"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "medication_requests" ADD CONSTRAINT "medication_requests_practitioner_id_practitioners_id_fk" FOREIGN KEY ("practitioner_id") REFERENCES "public"."practitioners"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "medication_requests" ADD CONSTRAINT "medication_requests_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "medication_requests" ADD CONSTRAINT "medication_requests_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "observations" ADD CONSTRAINT "observations_report_id_diagnostic_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."diagnostic_reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "observations" ADD CONSTRAINT "observations_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stored_files" ADD CONSTRAINT "stored_files_owner_account_id_accounts_id_fk" FOREIGN KEY ("owner_account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "conditions_primary_key" ON "conditions" USING btree ("encounter_id") WHERE "conditions"."role" = 'primary';--> statement-breakpoint
CREATE INDEX "conditions_patient_idx" ON "conditions" USING btree ("patient_id","recorded_at");--> statement-breakpoint
CREATE INDEX "conditions_encounter_idx" ON "conditions" USING btree ("encounter_id");--> statement-breakpoint
CREATE UNIQUE INDEX "coverages_active_key" ON "coverages" USING btree ("patient_id") WHERE "coverages"."status" = 'active';--> statement-breakpoint
CREATE INDEX "coverages_patient_idx" ON "coverages" USING btree ("patient_id");--> statement-breakpoint
CREATE UNIQUE INDEX "diagnostic_reports_identifier_key" ON "diagnostic_reports" USING btree ("identifier_system","identifier_value") WHERE "diagnostic_reports"."identifier_value" is not null;--> statement-breakpoint
CREATE INDEX "diagnostic_reports_patient_idx" ON "diagnostic_reports" USING btree ("patient_id","effective_at");--> statement-breakpoint
CREATE UNIQUE INDEX "documents_sha256_key" ON "documents" USING btree ("sha256") WHERE "documents"."status" = 'current' and "documents"."sha256" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "documents_verification_code_key" ON "documents" USING btree ("verification_code") WHERE "documents"."verification_code" is not null;--> statement-breakpoint
CREATE INDEX "documents_patient_idx" ON "documents" USING btree ("patient_id","document_date");--> statement-breakpoint
CREATE UNIQUE INDEX "encounter_versions_version_key" ON "encounter_versions" USING btree ("encounter_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "encounters_appointment_key" ON "encounters" USING btree ("appointment_id") WHERE "encounters"."appointment_id" is not null;--> statement-breakpoint
CREATE INDEX "encounters_patient_idx" ON "encounters" USING btree ("patient_id","period_start");--> statement-breakpoint
CREATE INDEX "encounters_practitioner_idx" ON "encounters" USING btree ("practitioner_id","period_start");--> statement-breakpoint
CREATE INDEX "icd10_codes_search_trgm_idx" ON "icd10_codes" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "immunizations_patient_idx" ON "immunizations" USING btree ("patient_id","occurrence_date");--> statement-breakpoint
CREATE INDEX "medication_requests_patient_idx" ON "medication_requests" USING btree ("patient_id","created_at");--> statement-breakpoint
CREATE INDEX "medication_requests_open_idx" ON "medication_requests" USING btree ("valid_until") WHERE "medication_requests"."status" in ('signed', 'sent');--> statement-breakpoint
CREATE INDEX "observations_patient_code_idx" ON "observations" USING btree ("patient_id","code","effective_at");--> statement-breakpoint
CREATE INDEX "observations_report_idx" ON "observations" USING btree ("report_id");--> statement-breakpoint
CREATE INDEX "stored_files_unattached_idx" ON "stored_files" USING btree ("created_at") WHERE "stored_files"."attached_to_id" is null;--> statement-breakpoint
CREATE INDEX "stored_files_attached_idx" ON "stored_files" USING btree ("attached_to_type","attached_to_id");--> statement-breakpoint
CREATE INDEX "stored_files_owner_idx" ON "stored_files" USING btree ("owner_account_id");