CREATE TABLE "analytics_daily" (
	"day" date NOT NULL,
	"organization_id" uuid NOT NULL,
	"specialty_code" text NOT NULL,
	"practitioner_id" uuid NOT NULL,
	"offered" integer DEFAULT 0 NOT NULL,
	"booked" integer DEFAULT 0 NOT NULL,
	"fulfilled" integer DEFAULT 0 NOT NULL,
	"noshow" integer DEFAULT 0 NOT NULL,
	"cancelled_patient" integer DEFAULT 0 NOT NULL,
	"cancelled_representative" integer DEFAULT 0 NOT NULL,
	"cancelled_registry" integer DEFAULT 0 NOT NULL,
	"cancelled_clinic" integer DEFAULT 0 NOT NULL,
	"ch_internet" integer DEFAULT 0 NOT NULL,
	"ch_mobile" integer DEFAULT 0 NOT NULL,
	"ch_registry" integer DEFAULT 0 NOT NULL,
	"ch_call_centre" integer DEFAULT 0 NOT NULL,
	"ch_doctor" integer DEFAULT 0 NOT NULL,
	"ch_infomat" integer DEFAULT 0 NOT NULL,
	"ch_api" integer DEFAULT 0 NOT NULL,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "analytics_daily_day_organization_id_specialty_code_practitioner_id_pk" PRIMARY KEY("day","organization_id","specialty_code","practitioner_id"),
	CONSTRAINT "analytics_daily_counts" CHECK ("analytics_daily"."offered" >= 0 and "analytics_daily"."fulfilled" >= 0 and "analytics_daily"."noshow" >= 0 and "analytics_daily"."cancelled_patient" >= 0
        and "analytics_daily"."cancelled_representative" >= 0 and "analytics_daily"."cancelled_registry" >= 0 and "analytics_daily"."cancelled_clinic" >= 0
        and "analytics_daily"."fulfilled" + "analytics_daily"."noshow" + "analytics_daily"."cancelled_patient" + "analytics_daily"."cancelled_representative"
          + "analytics_daily"."cancelled_registry" + "analytics_daily"."cancelled_clinic" <= "analytics_daily"."booked"),
	CONSTRAINT "analytics_daily_channels" CHECK ("ch_internet" >= 0 and "ch_mobile" >= 0 and "ch_registry" >= 0 and "ch_call_centre" >= 0 and "ch_doctor" >= 0 and "ch_infomat" >= 0 and "ch_api" >= 0 and "ch_internet" + "ch_mobile" + "ch_registry" + "ch_call_centre" + "ch_doctor" + "ch_infomat" + "ch_api" = "booked")
);
--> statement-breakpoint
CREATE TABLE "analytics_rollup_state" (
	"id" boolean PRIMARY KEY DEFAULT true NOT NULL,
	"closed_through" date NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "analytics_rollup_state_single" CHECK ("analytics_rollup_state"."id")
);
--> statement-breakpoint
ALTER TABLE "appointments" ADD COLUMN "cancelled_by_kind" text;--> statement-breakpoint
-- Who cancelled the visits cancelled before this column: the clinic for `cancelled_by_clinic`; otherwise the
-- basis of the cancel's latest audit entry (registry; representative or consent; self), the patient without one.
UPDATE "appointments" SET "cancelled_by_kind" = CASE "status" WHEN 'cancelled_by_clinic' THEN 'clinic' ELSE 'patient' END
WHERE "status" IN ('cancelled_by_patient', 'cancelled_by_clinic');--> statement-breakpoint
UPDATE "appointments" a SET "cancelled_by_kind" = b."kind"
FROM (
  SELECT DISTINCT ON (e."record_id") e."record_id",
    CASE e."details"->>'basis' WHEN 'registry' THEN 'registry' WHEN 'representative' THEN 'representative'
      WHEN 'booking_consent' THEN 'representative' ELSE 'patient' END AS "kind"
  FROM "audit_events" e
  WHERE e."action" = 'appointment.cancel' AND e."record_type" = 'appointment' AND e."outcome" = 'success'
  ORDER BY e."record_id", e."occurred_at" DESC
) b
WHERE a."id"::text = b."record_id" AND a."status" = 'cancelled_by_patient';--> statement-breakpoint
ALTER TABLE "analytics_daily" ADD CONSTRAINT "analytics_daily_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "analytics_daily" ADD CONSTRAINT "analytics_daily_specialty_code_specialties_code_fk" FOREIGN KEY ("specialty_code") REFERENCES "public"."specialties"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "analytics_daily" ADD CONSTRAINT "analytics_daily_practitioner_id_practitioners_id_fk" FOREIGN KEY ("practitioner_id") REFERENCES "public"."practitioners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_cancelled_by_kind" CHECK (("appointments"."status" in ('cancelled_by_patient', 'cancelled_by_clinic')) = ("appointments"."cancelled_by_kind" is not null)
        and ("appointments"."cancelled_by_kind" is null or ("appointments"."cancelled_by_kind" = 'clinic') = ("appointments"."status" = 'cancelled_by_clinic'))
        and ("appointments"."cancelled_by_kind" is null or "appointments"."cancelled_by_kind" in ('patient', 'representative', 'registry', 'clinic')));