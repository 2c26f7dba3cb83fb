ALTER TABLE "account_roles" DROP CONSTRAINT "account_roles_key";--> statement-breakpoint
ALTER TABLE "account_roles" DROP CONSTRAINT "account_roles_role";--> statement-breakpoint
ALTER TABLE "account_roles" DROP CONSTRAINT "account_roles_organization";--> statement-breakpoint
ALTER TABLE "account_roles" ADD COLUMN "region_code" text;--> statement-breakpoint
ALTER TABLE "representative_links" ADD COLUMN "document_file_id" uuid;--> statement-breakpoint
ALTER TABLE "representative_links" ADD COLUMN "medical_access_allowed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "account_roles" ADD CONSTRAINT "account_roles_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "representative_links_representative_idx" ON "representative_links" USING btree ("representative_patient_id","created_at");--> statement-breakpoint
ALTER TABLE "account_roles" ADD CONSTRAINT "account_roles_key" UNIQUE NULLS NOT DISTINCT("account_id","role","organization_id","region_code");--> statement-breakpoint
ALTER TABLE "account_roles" ADD CONSTRAINT "account_roles_region" CHECK (("account_roles"."role" = 'call_centre') = ("account_roles"."region_code" is not null));--> statement-breakpoint
ALTER TABLE "account_roles" ADD CONSTRAINT "account_roles_role" CHECK ("account_roles"."role" in ('patient', 'doctor', 'nurse', 'registrar', 'call_centre', 'clinic_admin', 'system_admin'));--> statement-breakpoint
ALTER TABLE "account_roles" ADD CONSTRAINT "account_roles_organization" CHECK (("account_roles"."role" in ('patient', 'call_centre', 'system_admin')) = ("account_roles"."organization_id" is null));