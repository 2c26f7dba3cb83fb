CREATE TABLE "absence_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"practitioner_role_id" uuid NOT NULL,
	"requested_by_account_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"comment" text,
	"status" text DEFAULT 'submitted' NOT NULL,
	"decided_by_account_id" uuid,
	"decided_at" timestamp with time zone,
	"decision_comment" text,
	CONSTRAINT "absence_requests_kind" CHECK ("absence_requests"."kind" in ('vacation', 'training', 'sick_leave', 'other')),
	CONSTRAINT "absence_requests_status" CHECK ("absence_requests"."status" in ('submitted', 'approved', 'rejected')),
	CONSTRAINT "absence_requests_period" CHECK ("absence_requests"."ends_on" >= "absence_requests"."starts_on"),
	CONSTRAINT "absence_requests_decision" CHECK (("absence_requests"."status" = 'submitted') = ("absence_requests"."decided_at" is null)),
	CONSTRAINT "absence_requests_comment_length" CHECK (char_length("absence_requests"."comment") <= 500)
);
--> statement-breakpoint
ALTER TABLE "absence_requests" ADD CONSTRAINT "absence_requests_practitioner_role_id_practitioner_roles_id_fk" FOREIGN KEY ("practitioner_role_id") REFERENCES "public"."practitioner_roles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "absence_requests" ADD CONSTRAINT "absence_requests_requested_by_account_id_accounts_id_fk" FOREIGN KEY ("requested_by_account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "absence_requests" ADD CONSTRAINT "absence_requests_decided_by_account_id_accounts_id_fk" FOREIGN KEY ("decided_by_account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "absence_requests_role_idx" ON "absence_requests" USING btree ("practitioner_role_id","starts_on");--> statement-breakpoint
CREATE INDEX "absence_requests_status_idx" ON "absence_requests" USING btree ("status","created_at");