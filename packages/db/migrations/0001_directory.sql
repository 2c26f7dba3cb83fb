CREATE TABLE "locations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"organization_id" uuid NOT NULL,
	"room" text NOT NULL,
	"floor" integer,
	"name" text,
	CONSTRAINT "locations_organization_room_key" UNIQUE("organization_id","room")
);
--> statement-breakpoint
CREATE TABLE "organizations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"region_code" text NOT NULL,
	"registry_code" text NOT NULL,
	"name" text NOT NULL,
	"short_name" text NOT NULL,
	"kind" text NOT NULL,
	"address" text NOT NULL,
	"lat" double precision NOT NULL,
	"lon" double precision NOT NULL,
	"time_zone" text NOT NULL,
	"phone" text,
	"website" text,
	"opening_hours" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"booking_horizon_days" integer DEFAULT 14 NOT NULL,
	"min_notice_minutes" integer DEFAULT 60 NOT NULL,
	"cancellation_window_hours" integer DEFAULT 24 NOT NULL,
	"search_text" text NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	CONSTRAINT "organizations_registry_code_unique" UNIQUE("registry_code"),
	CONSTRAINT "organizations_kind" CHECK ("organizations"."kind" in ('polyclinic', 'children_polyclinic', 'hospital', 'dental', 'womens_clinic', 'diagnostic_centre')),
	CONSTRAINT "organizations_coordinates" CHECK ("organizations"."lat" between -90 and 90 and "organizations"."lon" between -180 and 180),
	CONSTRAINT "organizations_horizon" CHECK ("organizations"."booking_horizon_days" between 1 and 30),
	CONSTRAINT "organizations_min_notice" CHECK ("organizations"."min_notice_minutes" >= 0),
	CONSTRAINT "organizations_cancellation_window" CHECK ("organizations"."cancellation_window_hours" >= 0)
);
--> statement-breakpoint
CREATE TABLE "patients" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"surname" text NOT NULL,
	"name" text NOT NULL,
	"patronymic" text,
	"birth_date" date NOT NULL,
	"sex" text NOT NULL,
	"snils_hash" text,
	"snils_encrypted" text,
	"oms_hash" text,
	"oms_encrypted" text,
	"phone" text,
	"email" text,
	"address" text,
	"region_code" text NOT NULL,
	"attached_organization_id" uuid,
	"attachment_district" text,
	"attached_since" date,
	"privileged_category" text,
	"no_show_count" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "patients_sex" CHECK ("patients"."sex" in ('male', 'female')),
	CONSTRAINT "patients_phone_e164" CHECK ("patients"."phone" is null or "patients"."phone" ~ '^\+7[0-9]{10}$'),
	CONSTRAINT "patients_no_show_count" CHECK ("patients"."no_show_count" >= 0)
);
--> statement-breakpoint
CREATE TABLE "practitioner_roles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"practitioner_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"specialty_code" text NOT NULL,
	"location_id" uuid,
	"is_active" boolean DEFAULT true NOT NULL,
	CONSTRAINT "practitioner_roles_unique" UNIQUE("practitioner_id","organization_id","specialty_code")
);
--> statement-breakpoint
CREATE TABLE "practitioners" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"surname" text NOT NULL,
	"name" text NOT NULL,
	"patronymic" text,
	"sex" text NOT NULL,
	"photo_url" text,
	"qualification_category" text DEFAULT 'none' NOT NULL,
	"experience_since" date NOT NULL,
	"education" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"languages" text[] DEFAULT '{ru}'::text[] NOT NULL,
	"about" text,
	"rating" numeric(3, 2),
	"reviews_count" integer DEFAULT 0 NOT NULL,
	"search_text" text NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	CONSTRAINT "practitioners_sex" CHECK ("practitioners"."sex" in ('male', 'female')),
	CONSTRAINT "practitioners_category" CHECK ("practitioners"."qualification_category" in ('none', 'second', 'first', 'highest')),
	CONSTRAINT "practitioners_rating" CHECK ("practitioners"."rating" is null or "practitioners"."rating" between 1 and 5),
	CONSTRAINT "practitioners_reviews_count" CHECK ("practitioners"."reviews_count" >= 0)
);
--> statement-breakpoint
CREATE TABLE "regions" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"time_zone" text NOT NULL,
	CONSTRAINT "regions_code_format" CHECK ("regions"."code" ~ '^[0-9]{2}$')
);
--> statement-breakpoint
CREATE TABLE "specialties" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"age_group" text NOT NULL,
	"norm_minutes" integer,
	"default_slot_minutes" integer NOT NULL,
	"self_booking" boolean NOT NULL,
	"referral_required" boolean NOT NULL,
	"attachment_required" boolean NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "specialties_kind" CHECK ("specialties"."kind" in ('doctor', 'service')),
	CONSTRAINT "specialties_age_group" CHECK ("specialties"."age_group" in ('adult', 'child', 'any')),
	CONSTRAINT "specialties_slot_minutes" CHECK ("specialties"."default_slot_minutes" in (15, 30))
);
--> statement-breakpoint
ALTER TABLE "locations" ADD CONSTRAINT "locations_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organizations" ADD CONSTRAINT "organizations_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "patients" ADD CONSTRAINT "patients_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "patients" ADD CONSTRAINT "patients_attached_organization_id_organizations_id_fk" FOREIGN KEY ("attached_organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practitioner_roles" ADD CONSTRAINT "practitioner_roles_practitioner_id_practitioners_id_fk" FOREIGN KEY ("practitioner_id") REFERENCES "public"."practitioners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practitioner_roles" ADD CONSTRAINT "practitioner_roles_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practitioner_roles" ADD CONSTRAINT "practitioner_roles_specialty_code_specialties_code_fk" FOREIGN KEY ("specialty_code") REFERENCES "public"."specialties"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practitioner_roles" ADD CONSTRAINT "practitioner_roles_location_id_locations_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."locations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "organizations_region_kind_idx" ON "organizations" USING btree ("region_code","kind");--> statement-breakpoint
CREATE INDEX "organizations_search_trgm_idx" ON "organizations" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "patients_snils_hash_key" ON "patients" USING btree ("snils_hash") WHERE "patients"."snils_hash" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "patients_oms_hash_key" ON "patients" USING btree ("oms_hash") WHERE "patients"."oms_hash" is not null;--> statement-breakpoint
CREATE INDEX "patients_attached_organization_idx" ON "patients" USING btree ("attached_organization_id");--> statement-breakpoint
CREATE INDEX "patients_surname_birth_date_idx" ON "patients" USING btree ("surname","birth_date");--> statement-breakpoint
CREATE INDEX "practitioner_roles_organization_idx" ON "practitioner_roles" USING btree ("organization_id","specialty_code");--> statement-breakpoint
CREATE INDEX "practitioner_roles_specialty_idx" ON "practitioner_roles" USING btree ("specialty_code","organization_id");--> statement-breakpoint
CREATE INDEX "practitioners_search_trgm_idx" ON "practitioners" USING gin ("search_text" gin_trgm_ops);