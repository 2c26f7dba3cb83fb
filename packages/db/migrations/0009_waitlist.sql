CREATE TABLE "waitlist_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"patient_id" uuid NOT NULL,
	"created_by_account_id" uuid,
	"specialty_code" text NOT NULL,
	"practitioner_id" uuid,
	"organization_id" uuid,
	"date_from" date NOT NULL,
	"date_to" date NOT NULL,
	"reason" text NOT NULL,
	"status" text DEFAULT 'waiting' NOT NULL,
	"appointment_id" uuid,
	"closed_at" timestamp with time zone,
	CONSTRAINT "waitlist_entries_reason" CHECK ("waitlist_entries"."reason" in ('no_free_slots', 'no_convenient_time', 'no_specialist')),
	CONSTRAINT "waitlist_entries_status" CHECK ("waitlist_entries"."status" in ('waiting', 'fulfilled', 'cancelled', 'expired')),
	CONSTRAINT "waitlist_entries_window" CHECK ("waitlist_entries"."date_to" >= "waitlist_entries"."date_from" and "waitlist_entries"."date_to" - "waitlist_entries"."date_from" <= 31),
	CONSTRAINT "waitlist_entries_closed" CHECK (("waitlist_entries"."status" = 'waiting') = ("waitlist_entries"."closed_at" is null))
);
--> statement-breakpoint
CREATE TABLE "waitlist_offers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"entry_id" uuid NOT NULL,
	"slot_id" uuid NOT NULL,
	"patient_id" uuid NOT NULL,
	"offered_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"status" text DEFAULT 'offered' NOT NULL,
	"resolved_at" timestamp with time zone,
	CONSTRAINT "waitlist_offers_status" CHECK ("waitlist_offers"."status" in ('offered', 'accepted', 'expired', 'declined')),
	CONSTRAINT "waitlist_offers_period" CHECK ("waitlist_offers"."expires_at" > "waitlist_offers"."offered_at"),
	CONSTRAINT "waitlist_offers_resolved" CHECK (("waitlist_offers"."status" = 'offered') = ("waitlist_offers"."resolved_at" is null))
);
--> statement-breakpoint
ALTER TABLE "waitlist_entries" ADD CONSTRAINT "waitlist_entries_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "waitlist_entries" ADD CONSTRAINT "waitlist_entries_created_by_account_id_accounts_id_fk" FOREIGN KEY ("created_by_account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "waitlist_entries" ADD CONSTRAINT "waitlist_entries_specialty_code_specialties_code_fk" FOREIGN KEY ("specialty_code") REFERENCES "public"."specialties"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "waitlist_entries" ADD CONSTRAINT "waitlist_entries_practitioner_id_practitioners_id_fk" FOREIGN KEY ("practitioner_id") REFERENCES "public"."practitioners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "waitlist_entries" ADD CONSTRAINT "waitlist_entries_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "waitlist_entries" ADD CONSTRAINT "waitlist_entries_appointment_id_appointments_id_fk" FOREIGN KEY ("appointment_id") REFERENCES "public"."appointments"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "waitlist_offers" ADD CONSTRAINT "waitlist_offers_entry_id_waitlist_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."waitlist_entries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "waitlist_offers" ADD CONSTRAINT "waitlist_offers_slot_id_slots_id_fk" FOREIGN KEY ("slot_id") REFERENCES "public"."slots"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "waitlist_offers" ADD CONSTRAINT "waitlist_offers_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "waitlist_entries_active_key" ON "waitlist_entries" USING btree ("patient_id","specialty_code",coalesce("practitioner_id", '00000000-0000-0000-0000-000000000000'::uuid),coalesce("organization_id", '00000000-0000-0000-0000-000000000000'::uuid)) WHERE "waitlist_entries"."status" = 'waiting';--> statement-breakpoint
CREATE INDEX "waitlist_entries_waiting_idx" ON "waitlist_entries" USING btree ("specialty_code","created_at") WHERE "waitlist_entries"."status" = 'waiting';--> statement-breakpoint
CREATE INDEX "waitlist_entries_patient_idx" ON "waitlist_entries" USING btree ("patient_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "waitlist_offers_entry_slot_key" ON "waitlist_offers" USING btree ("entry_id","slot_id");--> statement-breakpoint
CREATE UNIQUE INDEX "waitlist_offers_open_slot_key" ON "waitlist_offers" USING btree ("slot_id") WHERE "waitlist_offers"."status" = 'offered';--> statement-breakpoint
CREATE UNIQUE INDEX "waitlist_offers_open_entry_key" ON "waitlist_offers" USING btree ("entry_id") WHERE "waitlist_offers"."status" = 'offered';--> statement-breakpoint
CREATE INDEX "waitlist_offers_open_expires_idx" ON "waitlist_offers" USING btree ("expires_at") WHERE "waitlist_offers"."status" = 'offered';