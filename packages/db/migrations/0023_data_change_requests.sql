CREATE SEQUENCE "public"."data_change_request_number_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE TABLE "data_change_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"number" text NOT NULL,
	"patient_id" uuid NOT NULL,
	"account_id" uuid,
	"category" text NOT NULL,
	"status" text DEFAULT 'in_progress' NOT NULL,
	"new_value_encrypted" text NOT NULL,
	"reason_encrypted" text NOT NULL,
	"comment_encrypted" text,
	"due_at" timestamp with time zone NOT NULL,
	"confirmed_at" timestamp with time zone,
	"decided_at" timestamp with time zone,
	"decided_by_account_id" uuid,
	"applied_at" timestamp with time zone,
	CONSTRAINT "data_change_requests_category" CHECK ("data_change_requests"."category" in ('full_name', 'birth_date', 'address', 'phone', 'email', 'oms_policy', 'identity_document', 'other')),
	CONSTRAINT "data_change_requests_status" CHECK ("data_change_requests"."status" in ('in_progress', 'approved', 'applied', 'rejected')),
	CONSTRAINT "data_change_requests_number_format" CHECK ("data_change_requests"."number" ~ '^ИЗМ-[0-9]{4}-[0-9]{6,}$'),
	CONSTRAINT "data_change_requests_decided" CHECK (("data_change_requests"."status" = 'in_progress') = ("data_change_requests"."decided_at" is null)),
	CONSTRAINT "data_change_requests_applied" CHECK (("data_change_requests"."status" = 'applied') = ("data_change_requests"."applied_at" is not null)),
	CONSTRAINT "data_change_requests_confirmed_applied" CHECK ("data_change_requests"."status" <> 'applied' or "data_change_requests"."category" not in ('phone', 'email') or "data_change_requests"."confirmed_at" is not null)
);
--> statement-breakpoint
ALTER TABLE "patients" ADD COLUMN "identity_document_encrypted" text;--> statement-breakpoint
ALTER TABLE "data_change_requests" ADD CONSTRAINT "data_change_requests_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "data_change_requests" ADD CONSTRAINT "data_change_requests_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "data_change_requests" ADD CONSTRAINT "data_change_requests_decided_by_account_id_accounts_id_fk" FOREIGN KEY ("decided_by_account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "data_change_requests_number_key" ON "data_change_requests" USING btree ("number");--> statement-breakpoint
CREATE INDEX "data_change_requests_patient_idx" ON "data_change_requests" USING btree ("patient_id","created_at");--> statement-breakpoint
CREATE INDEX "data_change_requests_open_idx" ON "data_change_requests" USING btree ("status","due_at");