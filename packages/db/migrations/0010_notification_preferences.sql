CREATE TABLE "appointment_link_uses" (
	"token_id" text PRIMARY KEY NOT NULL,
	"appointment_id" uuid NOT NULL,
	"action" text NOT NULL,
	"used_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "appointment_link_uses_action" CHECK ("appointment_link_uses"."action" in ('confirm', 'cancel', 'change'))
);
--> statement-breakpoint
CREATE TABLE "appointment_reminders" (
	"appointment_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"outbox_id" uuid,
	"due_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "appointment_reminders_pkey" PRIMARY KEY("appointment_id","kind"),
	CONSTRAINT "appointment_reminders_kind" CHECK ("appointment_reminders"."kind" in ('email_3d', 'sms_1d', 'push_2h'))
);
--> statement-breakpoint
CREATE TABLE "notification_preferences" (
	"account_id" uuid PRIMARY KEY NOT NULL,
	"is_sms_enabled" boolean DEFAULT true NOT NULL,
	"is_email_enabled" boolean DEFAULT true NOT NULL,
	"is_push_enabled" boolean DEFAULT true NOT NULL,
	"is_in_app_enabled" boolean DEFAULT true NOT NULL,
	"quiet_start" text DEFAULT '22:00' NOT NULL,
	"quiet_end" text DEFAULT '08:00' NOT NULL,
	"reminder_time" text,
	"time_zone" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "notification_preferences_quiet_start" CHECK ("notification_preferences"."quiet_start" ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
	CONSTRAINT "notification_preferences_quiet_end" CHECK ("notification_preferences"."quiet_end" ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
	CONSTRAINT "notification_preferences_reminder_time" CHECK ("notification_preferences"."reminder_time" is null or "notification_preferences"."reminder_time" ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$')
);
--> statement-breakpoint
ALTER TABLE "appointment_link_uses" ADD CONSTRAINT "appointment_link_uses_appointment_id_appointments_id_fk" FOREIGN KEY ("appointment_id") REFERENCES "public"."appointments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointment_reminders" ADD CONSTRAINT "appointment_reminders_appointment_id_appointments_id_fk" FOREIGN KEY ("appointment_id") REFERENCES "public"."appointments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointment_reminders" ADD CONSTRAINT "appointment_reminders_outbox_id_notification_outbox_id_fk" FOREIGN KEY ("outbox_id") REFERENCES "public"."notification_outbox"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification_preferences" ADD CONSTRAINT "notification_preferences_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "appointment_link_uses_appointment_idx" ON "appointment_link_uses" USING btree ("appointment_id");--> statement-breakpoint
CREATE INDEX "appointment_reminders_outbox_idx" ON "appointment_reminders" USING btree ("outbox_id");--> statement-breakpoint
CREATE INDEX "appointments_upcoming_idx" ON "appointments" USING btree ("starts_at") WHERE "appointments"."status" in ('booked', 'confirmed');--> statement-breakpoint
-- Reminders are dropped when their visit stops being upcoming (DESIGN rule 21: cancelled, rescheduled — the
-- new appointment gets its own —, arrived, no-show), in the same transaction as the change, whoever makes it
-- (the patient, a signed link, the registry, a clinic cancelling a period). Only pending rows change: one
-- being sent is left to the deliver job, which checks the visit again before it sends.
CREATE FUNCTION appointments_drop_reminders() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE notification_outbox o
     SET status = 'cancelled', updated_at = now(), last_error = 'appointment ' || NEW.status
    FROM appointment_reminders r
   WHERE r.appointment_id = NEW.id AND o.id = r.outbox_id AND o.status = 'pending';
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER appointments_drop_reminders
AFTER UPDATE OF status ON appointments
FOR EACH ROW
WHEN (OLD.status IN ('booked', 'confirmed') AND NEW.status NOT IN ('booked', 'confirmed'))
EXECUTE FUNCTION appointments_drop_reminders();
