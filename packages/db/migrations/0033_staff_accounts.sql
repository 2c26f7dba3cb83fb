CREATE TABLE "staff_invitations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"contact" text NOT NULL,
	"channel" text NOT NULL,
	"full_name" text NOT NULL,
	"sex" text,
	"organization_id" uuid NOT NULL,
	"roles" text[] NOT NULL,
	"token_hash" text NOT NULL,
	"invited_by_account_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"accepted_at" timestamp with time zone,
	"accepted_account_id" uuid,
	"replaced_at" timestamp with time zone,
	CONSTRAINT "staff_invitations_channel" CHECK ("staff_invitations"."channel" in ('email', 'sms')),
	CONSTRAINT "staff_invitations_contact" CHECK (("staff_invitations"."channel" = 'sms' and "staff_invitations"."contact" ~ '^\+7[0-9]{10}$') or ("staff_invitations"."channel" = 'email' and "staff_invitations"."contact" = lower("staff_invitations"."contact") and "staff_invitations"."contact" like '%@%')),
	CONSTRAINT "staff_invitations_roles" CHECK (cardinality("staff_invitations"."roles") > 0 and "staff_invitations"."roles" <@ array['doctor', 'nurse', 'registrar', 'clinic_admin']::text[]),
	CONSTRAINT "staff_invitations_expiry" CHECK ("staff_invitations"."expires_at" > "staff_invitations"."created_at" and "staff_invitations"."expires_at" <= "staff_invitations"."created_at" + interval '72 hours'),
	CONSTRAINT "staff_invitations_closed_once" CHECK ("staff_invitations"."accepted_at" is null or "staff_invitations"."replaced_at" is null),
	CONSTRAINT "staff_invitations_accepted" CHECK ("staff_invitations"."accepted_at" is not null or "staff_invitations"."accepted_account_id" is null)
);
--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "blocked_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "blocked_reason" text;--> statement-breakpoint
ALTER TABLE "staff_invitations" ADD CONSTRAINT "staff_invitations_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_invitations" ADD CONSTRAINT "staff_invitations_invited_by_account_id_accounts_id_fk" FOREIGN KEY ("invited_by_account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_invitations" ADD CONSTRAINT "staff_invitations_accepted_account_id_accounts_id_fk" FOREIGN KEY ("accepted_account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "staff_invitations_token_hash_key" ON "staff_invitations" USING btree ("token_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "staff_invitations_open_key" ON "staff_invitations" USING btree ("contact","organization_id") WHERE "staff_invitations"."accepted_at" is null and "staff_invitations"."replaced_at" is null;--> statement-breakpoint
CREATE INDEX "staff_invitations_organization_idx" ON "staff_invitations" USING btree ("organization_id","created_at");