CREATE SEQUENCE "public"."audit_events_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE TABLE "audit_chain" (
	"seq" bigint PRIMARY KEY NOT NULL,
	"prev_seq" bigint,
	"hash" text NOT NULL,
	"chained_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "audit_chain_order" CHECK ("audit_chain"."prev_seq" is null or "audit_chain"."prev_seq" < "audit_chain"."seq")
);
--> statement-breakpoint
ALTER TABLE "audit_events" ALTER COLUMN "prev_hash" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "audit_events" ALTER COLUMN "prev_hash" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_events" ALTER COLUMN "hash" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "audit_events" ALTER COLUMN "hash" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "emergency_accesses" ALTER COLUMN "reason" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "appointments" ADD COLUMN "override_reason_encrypted" text;--> statement-breakpoint
ALTER TABLE "idempotency_keys" ADD COLUMN "response_encrypted" text;--> statement-breakpoint
ALTER TABLE "referrals" ADD COLUMN "diagnosis_code_encrypted" text;--> statement-breakpoint
ALTER TABLE "emergency_accesses" ADD COLUMN "reason_encrypted" text;--> statement-breakpoint
CREATE UNIQUE INDEX "audit_chain_prev_seq_key" ON "audit_chain" USING btree ("prev_seq");