ALTER TABLE "appointments" DROP CONSTRAINT "appointments_booked_by_client_id_integration_clients_id_fk";
--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_booked_by_client_id_integration_clients_id_fk" FOREIGN KEY ("booked_by_client_id") REFERENCES "public"."integration_clients"("id") ON DELETE restrict ON UPDATE no action;