CREATE TABLE "fhir_subscription_notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"subscription_id" uuid NOT NULL,
	"appointment_id" uuid NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"not_before" timestamp with time zone DEFAULT now() NOT NULL,
	"last_error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	CONSTRAINT "fhir_subscription_notifications_status" CHECK ("fhir_subscription_notifications"."status" in ('pending', 'sending', 'sent', 'dead'))
);
--> statement-breakpoint
CREATE TABLE "fhir_subscriptions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"client_id" uuid NOT NULL,
	"organization_id" uuid,
	"status" text DEFAULT 'active' NOT NULL,
	"criteria" text NOT NULL,
	"reason" text NOT NULL,
	"actor_type" text,
	"actor_id" uuid,
	"patient_id" uuid,
	"appointment_statuses" text[],
	"endpoint" text NOT NULL,
	"headers_encrypted" text NOT NULL,
	"payload" text,
	"secret_encrypted" text NOT NULL,
	"error_count" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	CONSTRAINT "fhir_subscriptions_status" CHECK ("fhir_subscriptions"."status" in ('active', 'error')),
	CONSTRAINT "fhir_subscriptions_actor" CHECK (("fhir_subscriptions"."actor_type" is null) = ("fhir_subscriptions"."actor_id" is null) and ("fhir_subscriptions"."actor_type" is null or "fhir_subscriptions"."actor_type" in ('Practitioner', 'PractitionerRole', 'Location'))),
	CONSTRAINT "fhir_subscriptions_target" CHECK ("fhir_subscriptions"."actor_id" is not null or "fhir_subscriptions"."patient_id" is not null),
	CONSTRAINT "fhir_subscriptions_error_count" CHECK ("fhir_subscriptions"."error_count" >= 0)
);
--> statement-breakpoint
ALTER TABLE "fhir_subscription_notifications" ADD CONSTRAINT "fhir_subscription_notifications_subscription_id_fhir_subscriptions_id_fk" FOREIGN KEY ("subscription_id") REFERENCES "public"."fhir_subscriptions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fhir_subscriptions" ADD CONSTRAINT "fhir_subscriptions_client_id_integration_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."integration_clients"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fhir_subscriptions" ADD CONSTRAINT "fhir_subscriptions_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "fhir_subscription_notifications_due_idx" ON "fhir_subscription_notifications" USING btree ("not_before") WHERE "fhir_subscription_notifications"."status" = 'pending';--> statement-breakpoint
CREATE INDEX "fhir_subscription_notifications_subscription_idx" ON "fhir_subscription_notifications" USING btree ("subscription_id","status");--> statement-breakpoint
CREATE INDEX "fhir_subscriptions_client_idx" ON "fhir_subscriptions" USING btree ("client_id","created_at");--> statement-breakpoint
CREATE INDEX "fhir_subscriptions_active_idx" ON "fhir_subscriptions" USING btree ("actor_id") WHERE "fhir_subscriptions"."status" = 'active';--> statement-breakpoint
-- Rest-hook notifications (issue 14 item 5) are written in the transaction of the appointment change,
-- whoever makes it (patient, registry, clinic cancellation, a FHIR client, a signed link): one row per
-- active subscription of an active client whose criteria the visit matches after the change
-- (`matchesCriteria` in packages/core/src/fhir-subscriptions is the same rule in TypeScript). A client tied to
-- an organisation hears only that organisation's visits.
CREATE FUNCTION fhir_subscriptions_notify() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO fhir_subscription_notifications (subscription_id, appointment_id)
  SELECT s.id, NEW.id
    FROM fhir_subscriptions s
    JOIN integration_clients c ON c.id = s.client_id AND c.status = 'active'
    JOIN slots sl ON sl.id = NEW.slot_id
   WHERE s.status = 'active'
     AND (s.organization_id IS NULL OR s.organization_id = NEW.organization_id)
     AND (s.actor_type IS NULL
          OR (s.actor_type = 'Practitioner' AND s.actor_id = NEW.practitioner_id)
          OR (s.actor_type = 'PractitionerRole' AND s.actor_id = sl.practitioner_role_id)
          OR (s.actor_type = 'Location' AND s.actor_id = sl.location_id))
     AND (s.patient_id IS NULL OR s.patient_id = NEW.patient_id)
     AND (s.appointment_statuses IS NULL OR NEW.status = ANY (s.appointment_statuses));
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER fhir_subscriptions_notify_insert
AFTER INSERT ON appointments
FOR EACH ROW
EXECUTE FUNCTION fhir_subscriptions_notify();
--> statement-breakpoint
CREATE TRIGGER fhir_subscriptions_notify_update
AFTER UPDATE OF status, starts_at, slot_id ON appointments
FOR EACH ROW
WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.starts_at IS DISTINCT FROM NEW.starts_at OR OLD.slot_id IS DISTINCT FROM NEW.slot_id)
EXECUTE FUNCTION fhir_subscriptions_notify();
