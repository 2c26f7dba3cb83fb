CREATE TABLE "status_incident_updates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"incident_id" uuid NOT NULL,
	"status" text NOT NULL,
	"text" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"author_account_id" uuid,
	CONSTRAINT "status_incident_updates_status" CHECK ("status_incident_updates"."status" in ('investigating', 'identified', 'monitoring', 'resolved'))
);
--> statement-breakpoint
CREATE TABLE "status_incidents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"title" text NOT NULL,
	"severity" text NOT NULL,
	"components" text[] NOT NULL,
	"status" text NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"resolved_at" timestamp with time zone,
	"created_by_account_id" uuid,
	CONSTRAINT "status_incidents_severity" CHECK ("status_incidents"."severity" in ('minor', 'major', 'critical')),
	CONSTRAINT "status_incidents_status" CHECK ("status_incidents"."status" in ('investigating', 'identified', 'monitoring', 'resolved')),
	CONSTRAINT "status_incidents_components" CHECK (cardinality("status_incidents"."components") > 0 and "status_incidents"."components" <@ array['web', 'api', 'booking', 'database', 'delivery_sms', 'delivery_email', 'delivery_push', 'identity_provider']::text[]),
	CONSTRAINT "status_incidents_resolved" CHECK (("status_incidents"."status" = 'resolved') = ("status_incidents"."resolved_at" is not null))
);
--> statement-breakpoint
ALTER TABLE "status_incident_updates" ADD CONSTRAINT "status_incident_updates_incident_id_status_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "public"."status_incidents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "status_incident_updates" ADD CONSTRAINT "status_incident_updates_author_account_id_accounts_id_fk" FOREIGN KEY ("author_account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "status_incidents" ADD CONSTRAINT "status_incidents_created_by_account_id_accounts_id_fk" FOREIGN KEY ("created_by_account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "status_incident_updates_incident_idx" ON "status_incident_updates" USING btree ("incident_id","at");--> statement-breakpoint
CREATE INDEX "status_incidents_recent_idx" ON "status_incidents" USING btree ("resolved_at","started_at");--> statement-breakpoint
CREATE INDEX "notification_outbox_recent_idx" ON "notification_outbox" USING btree ("updated_at");