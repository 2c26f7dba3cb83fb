CREATE TABLE "rebooking_priorities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"patient_id" uuid NOT NULL,
	"specialty_code" text NOT NULL,
	"organization_id" uuid NOT NULL,
	"until" timestamp with time zone NOT NULL,
	"source_appointment_id" uuid NOT NULL
);
--> statement-breakpoint
ALTER TABLE "rebooking_priorities" ADD CONSTRAINT "rebooking_priorities_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rebooking_priorities" ADD CONSTRAINT "rebooking_priorities_specialty_code_specialties_code_fk" FOREIGN KEY ("specialty_code") REFERENCES "public"."specialties"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rebooking_priorities" ADD CONSTRAINT "rebooking_priorities_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rebooking_priorities" ADD CONSTRAINT "rebooking_priorities_source_appointment_id_appointments_id_fk" FOREIGN KEY ("source_appointment_id") REFERENCES "public"."appointments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "rebooking_priorities_source_key" ON "rebooking_priorities" USING btree ("source_appointment_id");--> statement-breakpoint
CREATE INDEX "rebooking_priorities_patient_idx" ON "rebooking_priorities" USING btree ("patient_id","specialty_code","organization_id","until");