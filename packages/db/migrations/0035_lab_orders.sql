CREATE TABLE "lab_order_items" (
	"order_id" uuid NOT NULL,
	"position" smallint NOT NULL,
	"code" text NOT NULL,
	"kind" text NOT NULL,
	"code_system" text,
	"name" text NOT NULL,
	CONSTRAINT "lab_order_items_kind" CHECK ("lab_order_items"."kind" in ('panel', 'analyte')),
	CONSTRAINT "lab_order_items_position" CHECK ("lab_order_items"."position" >= 0)
);
--> statement-breakpoint
CREATE TABLE "lab_orders" (
	"id" uuid PRIMARY KEY NOT NULL,
	"number" text NOT NULL,
	"patient_id" uuid NOT NULL,
	"encounter_id" uuid,
	"organization_id" uuid NOT NULL,
	"requester_practitioner_id" uuid NOT NULL,
	"priority" text DEFAULT 'routine' NOT NULL,
	"note_encrypted" text,
	"status" text DEFAULT 'active' NOT NULL,
	"completed_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	"revoked_by_account_id" uuid,
	"created_by_account_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "lab_orders_number_unique" UNIQUE("number"),
	CONSTRAINT "lab_orders_status" CHECK ("lab_orders"."status" in ('active', 'completed', 'revoked')),
	CONSTRAINT "lab_orders_priority" CHECK ("lab_orders"."priority" in ('routine', 'urgent')),
	CONSTRAINT "lab_orders_completed" CHECK (("lab_orders"."status" = 'completed') = ("lab_orders"."completed_at" is not null)),
	CONSTRAINT "lab_orders_revoked" CHECK (("lab_orders"."status" = 'revoked') = ("lab_orders"."revoked_at" is not null))
);
--> statement-breakpoint
ALTER TABLE "diagnostic_reports" ADD COLUMN "based_on_order_id" uuid;--> statement-breakpoint
ALTER TABLE "diagnostic_reports" ADD COLUMN "entered_by_account_id" uuid;--> statement-breakpoint
ALTER TABLE "diagnostic_reports" ADD COLUMN "reviewed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "diagnostic_reports" ADD COLUMN "reviewed_by_account_id" uuid;--> statement-breakpoint
ALTER TABLE "lab_order_items" ADD CONSTRAINT "lab_order_items_order_id_lab_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."lab_orders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lab_orders" ADD CONSTRAINT "lab_orders_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lab_orders" ADD CONSTRAINT "lab_orders_encounter_id_encounters_id_fk" FOREIGN KEY ("encounter_id") REFERENCES "public"."encounters"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lab_orders" ADD CONSTRAINT "lab_orders_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lab_orders" ADD CONSTRAINT "lab_orders_requester_practitioner_id_practitioners_id_fk" FOREIGN KEY ("requester_practitioner_id") REFERENCES "public"."practitioners"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lab_orders" ADD CONSTRAINT "lab_orders_revoked_by_account_id_accounts_id_fk" FOREIGN KEY ("revoked_by_account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lab_orders" ADD CONSTRAINT "lab_orders_created_by_account_id_accounts_id_fk" FOREIGN KEY ("created_by_account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "lab_order_items_key" ON "lab_order_items" USING btree ("order_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "lab_order_items_code_key" ON "lab_order_items" USING btree ("order_id","code");--> statement-breakpoint
CREATE INDEX "lab_orders_patient_idx" ON "lab_orders" USING btree ("patient_id","created_at");--> statement-breakpoint
CREATE INDEX "lab_orders_open_idx" ON "lab_orders" USING btree ("organization_id","created_at") WHERE "lab_orders"."status" = 'active';--> statement-breakpoint
ALTER TABLE "diagnostic_reports" ADD CONSTRAINT "diagnostic_reports_based_on_order_id_lab_orders_id_fk" FOREIGN KEY ("based_on_order_id") REFERENCES "public"."lab_orders"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "diagnostic_reports" ADD CONSTRAINT "diagnostic_reports_entered_by_account_id_accounts_id_fk" FOREIGN KEY ("entered_by_account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "diagnostic_reports" ADD CONSTRAINT "diagnostic_reports_reviewed_by_account_id_accounts_id_fk" FOREIGN KEY ("reviewed_by_account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "diagnostic_reports_based_on_key" ON "diagnostic_reports" USING btree ("based_on_order_id") WHERE "diagnostic_reports"."based_on_order_id" is not null;--> statement-breakpoint
CREATE INDEX "diagnostic_reports_to_review_idx" ON "diagnostic_reports" USING btree ("ordered_by_practitioner_id","issued_at") WHERE "diagnostic_reports"."reviewed_at" is null;--> statement-breakpoint
ALTER TABLE "diagnostic_reports" ADD CONSTRAINT "diagnostic_reports_reviewed" CHECK ("diagnostic_reports"."reviewed_by_account_id" is null or "diagnostic_reports"."reviewed_at" is not null);