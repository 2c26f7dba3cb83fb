DROP INDEX "slots_free_region_idx";--> statement-breakpoint
DROP INDEX "slots_free_organization_idx";--> statement-breakpoint
CREATE INDEX "slots_free_region_idx" ON "slots" USING btree ("region_code","specialty_code","starts_at","id") WHERE "slots"."status" = 'free';--> statement-breakpoint
CREATE INDEX "slots_free_organization_idx" ON "slots" USING btree ("organization_id","specialty_code","starts_at","id") WHERE "slots"."status" = 'free';