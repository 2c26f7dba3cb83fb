ALTER TABLE "conditions" ADD COLUMN "code_hash" text;--> statement-breakpoint
CREATE INDEX "conditions_patient_code_hash_idx" ON "conditions" USING btree ("patient_id","code_hash");