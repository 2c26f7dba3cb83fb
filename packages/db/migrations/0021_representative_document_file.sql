-- Scans given before uploads were attached to links: attach the representative's own unattached upload
-- to its link, and forget any other reference (a purged file, or a file that is not the representative's).
UPDATE "stored_files" SET "attached_to_type" = 'representative_link', "attached_to_id" = l."id", "attached_at" = now()
FROM "representative_links" l JOIN "accounts" a ON a."patient_id" = l."representative_patient_id"
WHERE "stored_files"."id" = l."document_file_id" AND "stored_files"."owner_account_id" = a."id"
  AND "stored_files"."attached_to_id" IS NULL;--> statement-breakpoint
UPDATE "representative_links" SET "document_file_id" = NULL
WHERE "document_file_id" IS NOT NULL AND NOT EXISTS (
  SELECT 1 FROM "stored_files" f
  WHERE f."id" = "representative_links"."document_file_id" AND f."attached_to_type" = 'representative_link'
    AND f."attached_to_id" = "representative_links"."id"
);--> statement-breakpoint
ALTER TABLE "representative_links" ADD CONSTRAINT "representative_links_document_file_id_stored_files_id_fk" FOREIGN KEY ("document_file_id") REFERENCES "public"."stored_files"("id") ON DELETE set null ON UPDATE no action;
