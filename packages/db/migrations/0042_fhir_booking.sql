ALTER TABLE "appointments" DROP CONSTRAINT "appointments_booked_by_kind";--> statement-breakpoint
ALTER TABLE "appointments" ADD COLUMN "booked_by_client_id" uuid;--> statement-breakpoint
ALTER TABLE "appointments" ADD COLUMN "client_identifier" text;--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_booked_by_client_id_integration_clients_id_fk" FOREIGN KEY ("booked_by_client_id") REFERENCES "public"."integration_clients"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "appointments_client_identifier_key" ON "appointments" USING btree ("booked_by_client_id","client_identifier") WHERE "appointments"."client_identifier" is not null;--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_booked_by_client" CHECK (("appointments"."booked_by_kind" = 'integration_client') = ("appointments"."booked_by_client_id" is not null)
        and ("appointments"."client_identifier" is null or "appointments"."booked_by_client_id" is not null));--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_booked_by_kind" CHECK ("appointments"."booked_by_kind" in ('patient', 'representative', 'registrar', 'practitioner', 'integration_client'));