ALTER TABLE "document_requests" ADD COLUMN "rejection_reason" text;--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "ogrn" text;--> statement-breakpoint
ALTER TABLE "organizations" ADD CONSTRAINT "organizations_ogrn_key" UNIQUE("ogrn");--> statement-breakpoint
ALTER TABLE "document_requests" ADD CONSTRAINT "document_requests_rejected" CHECK (("document_requests"."status" = 'rejected') = ("document_requests"."rejection_reason" is not null));--> statement-breakpoint
ALTER TABLE "organizations" ADD CONSTRAINT "organizations_ogrn" CHECK ("organizations"."ogrn" is null or ("organizations"."ogrn" ~ '^[1-9][0-9]{12}$' and (left("organizations"."ogrn", 12)::bigint % 11) % 10 = right("organizations"."ogrn", 1)::int));