CREATE SEQUENCE "public"."support_ticket_number_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE TABLE "support_articles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"keywords" text DEFAULT '' NOT NULL,
	"position" integer DEFAULT 100 NOT NULL,
	"search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('russian', title), 'A') || setweight(to_tsvector('russian', keywords), 'B') || setweight(to_tsvector('russian', body), 'C')) STORED,
	CONSTRAINT "support_articles_slug_format" CHECK ("support_articles"."slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$')
);
--> statement-breakpoint
CREATE TABLE "support_canned_answers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "support_messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"ticket_id" uuid NOT NULL,
	"author" text NOT NULL,
	"author_account_id" uuid,
	"text_encrypted" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "support_messages_author" CHECK ("support_messages"."author" in ('author', 'operator', 'system')),
	CONSTRAINT "support_messages_system" CHECK ("support_messages"."author" <> 'system' or "support_messages"."author_account_id" is null)
);
--> statement-breakpoint
CREATE TABLE "support_tickets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"number" text NOT NULL,
	"account_id" uuid,
	"organization_id" uuid,
	"category" text NOT NULL,
	"source" text NOT NULL,
	"status" text DEFAULT 'new' NOT NULL,
	"subject_encrypted" text NOT NULL,
	"page" text,
	"assignee_account_id" uuid,
	"first_response_at" timestamp with time zone,
	"resolved_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	CONSTRAINT "support_tickets_category" CHECK ("support_tickets"."category" in ('booking', 'medical_card', 'sign_in', 'representatives', 'technical', 'quality', 'suggestion', 'other')),
	CONSTRAINT "support_tickets_source" CHECK ("support_tickets"."source" in ('form', 'chat', 'system')),
	CONSTRAINT "support_tickets_status" CHECK ("support_tickets"."status" in ('new', 'in_progress', 'awaiting_reply', 'resolved', 'closed')),
	CONSTRAINT "support_tickets_number_format" CHECK ("support_tickets"."number" ~ '^ОБ-[0-9]{4}-[0-9]{6,}$'),
	CONSTRAINT "support_tickets_system_author" CHECK ("support_tickets"."source" <> 'system' or "support_tickets"."account_id" is null),
	CONSTRAINT "support_tickets_closed" CHECK (("support_tickets"."status" = 'closed') = ("support_tickets"."closed_at" is not null)),
	CONSTRAINT "support_tickets_resolved" CHECK ("support_tickets"."status" <> 'resolved' or "support_tickets"."resolved_at" is not null),
	CONSTRAINT "support_tickets_first_response" CHECK ("support_tickets"."first_response_at" is null or "support_tickets"."first_response_at" >= "support_tickets"."created_at")
);
--> statement-breakpoint
ALTER TABLE "account_roles" DROP CONSTRAINT "account_roles_role";--> statement-breakpoint
ALTER TABLE "account_roles" DROP CONSTRAINT "account_roles_organization";--> statement-breakpoint
ALTER TABLE "support_messages" ADD CONSTRAINT "support_messages_ticket_id_support_tickets_id_fk" FOREIGN KEY ("ticket_id") REFERENCES "public"."support_tickets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_messages" ADD CONSTRAINT "support_messages_author_account_id_accounts_id_fk" FOREIGN KEY ("author_account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_tickets" ADD CONSTRAINT "support_tickets_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_tickets" ADD CONSTRAINT "support_tickets_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_tickets" ADD CONSTRAINT "support_tickets_assignee_account_id_accounts_id_fk" FOREIGN KEY ("assignee_account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "support_articles_slug_key" ON "support_articles" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "support_articles_search_idx" ON "support_articles" USING gin ("search");--> statement-breakpoint
CREATE INDEX "support_messages_ticket_idx" ON "support_messages" USING btree ("ticket_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "support_tickets_number_key" ON "support_tickets" USING btree ("number");--> statement-breakpoint
CREATE INDEX "support_tickets_account_idx" ON "support_tickets" USING btree ("account_id","created_at");--> statement-breakpoint
CREATE INDEX "support_tickets_queue_idx" ON "support_tickets" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "support_tickets_organization_idx" ON "support_tickets" USING btree ("organization_id","created_at");--> statement-breakpoint
ALTER TABLE "account_roles" ADD CONSTRAINT "account_roles_role" CHECK ("account_roles"."role" in ('patient', 'doctor', 'nurse', 'registrar', 'call_centre', 'clinic_admin', 'system_admin', 'support'));--> statement-breakpoint
ALTER TABLE "account_roles" ADD CONSTRAINT "account_roles_organization" CHECK (("account_roles"."role" in ('patient', 'call_centre', 'system_admin', 'support')) = ("account_roles"."organization_id" is null));