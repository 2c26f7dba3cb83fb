ALTER TABLE "slots" ADD COLUMN "external_system" text;--> statement-breakpoint
ALTER TABLE "slots" ADD COLUMN "external_id" text;--> statement-breakpoint
ALTER TABLE "practitioner_roles" ADD COLUMN "external_system" text;--> statement-breakpoint
ALTER TABLE "practitioner_roles" ADD COLUMN "external_id" text;--> statement-breakpoint
ALTER TABLE "practitioner_roles" ADD COLUMN "external_active" boolean;--> statement-breakpoint
CREATE UNIQUE INDEX "slots_external_key" ON "slots" USING btree ("external_system","external_id") WHERE "slots"."external_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "practitioner_roles_external_key" ON "practitioner_roles" USING btree ("external_system","external_id") WHERE "practitioner_roles"."external_id" is not null;--> statement-breakpoint
ALTER TABLE "slots" ADD CONSTRAINT "slots_external" CHECK (("slots"."external_system" is null) = ("slots"."external_id" is null));--> statement-breakpoint
ALTER TABLE "practitioner_roles" ADD CONSTRAINT "practitioner_roles_external" CHECK (("practitioner_roles"."external_system" is null) = ("practitioner_roles"."external_id" is null) and ("practitioner_roles"."external_id" is null) = ("practitioner_roles"."external_active" is null));