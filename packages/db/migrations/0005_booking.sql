CREATE TABLE "appointments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"slot_id" uuid NOT NULL,
	"patient_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"practitioner_id" uuid NOT NULL,
	"specialty_code" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"status" text DEFAULT 'booked' NOT NULL,
	"code" text NOT NULL,
	"ticket_number" text NOT NULL,
	"channel" text NOT NULL,
	"booked_by_account_id" uuid,
	"booked_by_kind" text NOT NULL,
	"visit_type" text DEFAULT 'in_person' NOT NULL,
	"reason_encrypted" text,
	"referral_id" uuid,
	"cancellation_reason_encrypted" text,
	"cancelled_at" timestamp with time zone,
	"confirmed_at" timestamp with time zone,
	"arrived_at" timestamp with time zone,
	"rescheduled_to_id" uuid,
	"override_reason" text,
	CONSTRAINT "appointments_code_unique" UNIQUE("code"),
	CONSTRAINT "appointments_ticket_number_unique" UNIQUE("ticket_number"),
	CONSTRAINT "appointments_status" CHECK ("appointments"."status" in ('booked', 'confirmed', 'arrived', 'fulfilled', 'cancelled_by_patient', 'cancelled_by_clinic', 'rescheduled', 'noshow')),
	CONSTRAINT "appointments_channel" CHECK ("appointments"."channel" in ('internet', 'mobile', 'registry', 'call_centre', 'doctor', 'infomat', 'api')),
	CONSTRAINT "appointments_booked_by_kind" CHECK ("appointments"."booked_by_kind" in ('patient', 'representative', 'registrar', 'practitioner')),
	CONSTRAINT "appointments_visit_type" CHECK ("appointments"."visit_type" in ('in_person', 'video', 'home')),
	CONSTRAINT "appointments_code_format" CHECK ("appointments"."code" ~ '^[A-Z2-9]{4}-[A-Z2-9]{4}$')
);
--> statement-breakpoint
CREATE TABLE "idempotency_keys" (
	"account_id" uuid NOT NULL,
	"key" text NOT NULL,
	"fingerprint" text NOT NULL,
	"state" text NOT NULL,
	"response_status" smallint,
	"response_body" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	CONSTRAINT "idempotency_keys_account_id_key_pk" PRIMARY KEY("account_id","key"),
	CONSTRAINT "idempotency_keys_state" CHECK ("idempotency_keys"."state" in ('in_flight', 'done')),
	CONSTRAINT "idempotency_keys_key" CHECK (length("idempotency_keys"."key") between 1 and 255)
);
--> statement-breakpoint
CREATE TABLE "referrals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"patient_id" uuid NOT NULL,
	"specialty_code" text NOT NULL,
	"issued_by_practitioner_id" uuid,
	"issuing_organization_id" uuid,
	"diagnosis_code" text,
	"valid_until" date NOT NULL,
	"used_by_appointment_id" uuid,
	"cancelled_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "schedule_exceptions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"practitioner_role_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"reason" text,
	"created_by_account_id" uuid,
	CONSTRAINT "schedule_exceptions_kind" CHECK ("schedule_exceptions"."kind" in ('absence', 'vacation', 'sick_day', 'extra_hours')),
	CONSTRAINT "schedule_exceptions_period" CHECK ("schedule_exceptions"."ends_at" > "schedule_exceptions"."starts_at")
);
--> statement-breakpoint
CREATE TABLE "schedules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"practitioner_role_id" uuid NOT NULL,
	"location_id" uuid,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"slot_minutes" smallint NOT NULL,
	"days" jsonb NOT NULL,
	"visit_types" text[] DEFAULT '{in_person}' NOT NULL,
	"channels" text[] NOT NULL,
	"priority_percent" smallint DEFAULT 0 NOT NULL,
	"priority_release_hours" smallint DEFAULT 24 NOT NULL,
	CONSTRAINT "schedules_slot_minutes" CHECK ("schedules"."slot_minutes" in (15, 30)),
	CONSTRAINT "schedules_priority_percent" CHECK ("schedules"."priority_percent" between 0 and 100),
	CONSTRAINT "schedules_priority_release" CHECK ("schedules"."priority_release_hours" >= 0),
	CONSTRAINT "schedules_period" CHECK ("schedules"."valid_to" is null or "schedules"."valid_to" >= "schedules"."valid_from"),
	CONSTRAINT "schedules_channels" CHECK ("schedules"."channels" <@ array['internet', 'registry', 'call_centre', 'doctor', 'infomat', 'other_clinic']::text[]),
	CONSTRAINT "schedules_visit_types" CHECK ("schedules"."visit_types" <@ array['in_person', 'video', 'home']::text[])
);
--> statement-breakpoint
CREATE TABLE "slots" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"practitioner_role_id" uuid NOT NULL,
	"schedule_id" uuid,
	"organization_id" uuid NOT NULL,
	"practitioner_id" uuid NOT NULL,
	"region_code" text NOT NULL,
	"specialty_code" text NOT NULL,
	"location_id" uuid,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"visit_type" text DEFAULT 'in_person' NOT NULL,
	"channels" text[] NOT NULL,
	"is_priority" boolean DEFAULT false NOT NULL,
	"priority_released_at" timestamp with time zone,
	"status" text DEFAULT 'free' NOT NULL,
	"held_by_patient_id" uuid,
	"held_until" timestamp with time zone,
	CONSTRAINT "slots_status" CHECK ("slots"."status" in ('free', 'booked', 'blocked')),
	CONSTRAINT "slots_period" CHECK ("slots"."ends_at" > "slots"."starts_at"),
	CONSTRAINT "slots_visit_type" CHECK ("slots"."visit_type" in ('in_person', 'video', 'home')),
	CONSTRAINT "slots_channels" CHECK ("slots"."channels" <@ array['internet', 'registry', 'call_centre', 'doctor', 'infomat', 'other_clinic']::text[]),
	CONSTRAINT "slots_hold" CHECK (("slots"."held_by_patient_id" is null) = ("slots"."held_until" is null))
);
--> statement-breakpoint
CREATE TABLE "ticket_counters" (
	"organization_id" uuid NOT NULL,
	"day" date NOT NULL,
	"last" integer NOT NULL,
	CONSTRAINT "ticket_counters_organization_id_day_pk" PRIMARY KEY("organization_id","day")
);
--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_slot_id_slots_id_fk" FOREIGN KEY ("slot_id") REFERENCES "public"."slots"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_practitioner_id_practitioners_id_fk" FOREIGN KEY ("practitioner_id") REFERENCES "public"."practitioners"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_specialty_code_specialties_code_fk" FOREIGN KEY ("specialty_code") REFERENCES "public"."specialties"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_booked_by_account_id_accounts_id_fk" FOREIGN KEY ("booked_by_account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_referral_id_referrals_id_fk" FOREIGN KEY ("referral_id") REFERENCES "public"."referrals"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_rescheduled_to_id_appointments_id_fk" FOREIGN KEY ("rescheduled_to_id") REFERENCES "public"."appointments"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "idempotency_keys" ADD CONSTRAINT "idempotency_keys_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_specialty_code_specialties_code_fk" FOREIGN KEY ("specialty_code") REFERENCES "public"."specialties"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_issued_by_practitioner_id_practitioners_id_fk" FOREIGN KEY ("issued_by_practitioner_id") REFERENCES "public"."practitioners"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_issuing_organization_id_organizations_id_fk" FOREIGN KEY ("issuing_organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_used_by_appointment_id_appointments_id_fk" FOREIGN KEY ("used_by_appointment_id") REFERENCES "public"."appointments"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "schedule_exceptions" ADD CONSTRAINT "schedule_exceptions_practitioner_role_id_practitioner_roles_id_fk" FOREIGN KEY ("practitioner_role_id") REFERENCES "public"."practitioner_roles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "schedule_exceptions" ADD CONSTRAINT "schedule_exceptions_created_by_account_id_accounts_id_fk" FOREIGN KEY ("created_by_account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "schedules" ADD CONSTRAINT "schedules_practitioner_role_id_practitioner_roles_id_fk" FOREIGN KEY ("practitioner_role_id") REFERENCES "public"."practitioner_roles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "schedules" ADD CONSTRAINT "schedules_location_id_locations_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."locations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "slots" ADD CONSTRAINT "slots_practitioner_role_id_practitioner_roles_id_fk" FOREIGN KEY ("practitioner_role_id") REFERENCES "public"."practitioner_roles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "slots" ADD CONSTRAINT "slots_schedule_id_schedules_id_fk" FOREIGN KEY ("schedule_id") REFERENCES "public"."schedules"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "slots" ADD CONSTRAINT "slots_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "slots" ADD CONSTRAINT "slots_practitioner_id_practitioners_id_fk" FOREIGN KEY ("practitioner_id") REFERENCES "public"."practitioners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "slots" ADD CONSTRAINT "slots_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "slots" ADD CONSTRAINT "slots_specialty_code_specialties_code_fk" FOREIGN KEY ("specialty_code") REFERENCES "public"."specialties"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "slots" ADD CONSTRAINT "slots_location_id_locations_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."locations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "slots" ADD CONSTRAINT "slots_held_by_patient_id_patients_id_fk" FOREIGN KEY ("held_by_patient_id") REFERENCES "public"."patients"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ticket_counters" ADD CONSTRAINT "ticket_counters_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "appointments_active_slot_key" ON "appointments" USING btree ("slot_id") WHERE "appointments"."status" in ('booked', 'confirmed', 'arrived');--> statement-breakpoint
CREATE INDEX "appointments_patient_idx" ON "appointments" USING btree ("patient_id","starts_at");--> statement-breakpoint
CREATE INDEX "appointments_patient_specialty_active_idx" ON "appointments" USING btree ("patient_id","specialty_code") WHERE "appointments"."status" in ('booked', 'confirmed');--> statement-breakpoint
CREATE INDEX "appointments_practitioner_idx" ON "appointments" USING btree ("practitioner_id","starts_at");--> statement-breakpoint
CREATE INDEX "appointments_organization_idx" ON "appointments" USING btree ("organization_id","starts_at");--> statement-breakpoint
CREATE INDEX "idempotency_keys_expires_idx" ON "idempotency_keys" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "referrals_patient_idx" ON "referrals" USING btree ("patient_id","specialty_code");--> statement-breakpoint
CREATE UNIQUE INDEX "referrals_used_key" ON "referrals" USING btree ("used_by_appointment_id") WHERE "referrals"."used_by_appointment_id" is not null;--> statement-breakpoint
CREATE INDEX "schedule_exceptions_role_idx" ON "schedule_exceptions" USING btree ("practitioner_role_id","starts_at");--> statement-breakpoint
CREATE INDEX "schedules_role_idx" ON "schedules" USING btree ("practitioner_role_id","valid_from");--> statement-breakpoint
CREATE UNIQUE INDEX "slots_role_start_key" ON "slots" USING btree ("practitioner_role_id","starts_at");--> statement-breakpoint
CREATE INDEX "slots_free_region_idx" ON "slots" USING btree ("region_code","specialty_code","starts_at") WHERE "slots"."status" = 'free';--> statement-breakpoint
CREATE INDEX "slots_free_organization_idx" ON "slots" USING btree ("organization_id","specialty_code","starts_at") WHERE "slots"."status" = 'free';--> statement-breakpoint
CREATE INDEX "slots_practitioner_idx" ON "slots" USING btree ("practitioner_id","starts_at");--> statement-breakpoint
CREATE INDEX "slots_held_by_idx" ON "slots" USING btree ("held_by_patient_id") WHERE "slots"."held_by_patient_id" is not null;