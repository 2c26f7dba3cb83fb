CREATE TABLE "integration_client_assertions" (
	"client_id" uuid NOT NULL,
	"jti" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	CONSTRAINT "integration_client_assertions_pkey" PRIMARY KEY("client_id","jti")
);
--> statement-breakpoint
CREATE TABLE "integration_client_tokens" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"client_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"scopes" text[] NOT NULL,
	"issued_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	CONSTRAINT "integration_client_tokens_hash_key" UNIQUE("token_hash"),
	CONSTRAINT "integration_client_tokens_lifetime" CHECK ("integration_client_tokens"."expires_at" > "integration_client_tokens"."issued_at")
);
--> statement-breakpoint
CREATE TABLE "integration_clients" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"name" text NOT NULL,
	"organization_id" uuid,
	"allowed_scopes" text[] NOT NULL,
	"auth_method" text NOT NULL,
	"secret_hash" text,
	"jwks" jsonb,
	"jwks_url" text,
	"status" text DEFAULT 'active' NOT NULL,
	"revoked_at" timestamp with time zone,
	"created_by_account_id" uuid,
	CONSTRAINT "integration_clients_auth_method" CHECK ("integration_clients"."auth_method" in ('client_secret_basic', 'private_key_jwt')),
	CONSTRAINT "integration_clients_status" CHECK ("integration_clients"."status" in ('active', 'revoked')),
	CONSTRAINT "integration_clients_scopes" CHECK (cardinality("integration_clients"."allowed_scopes") > 0),
	CONSTRAINT "integration_clients_credentials" CHECK (("integration_clients"."auth_method" = 'client_secret_basic' and "integration_clients"."secret_hash" is not null and "integration_clients"."jwks" is null and "integration_clients"."jwks_url" is null)
        or ("integration_clients"."auth_method" = 'private_key_jwt' and "integration_clients"."secret_hash" is null and ("integration_clients"."jwks" is null) <> ("integration_clients"."jwks_url" is null))),
	CONSTRAINT "integration_clients_revoked" CHECK (("integration_clients"."status" = 'revoked') = ("integration_clients"."revoked_at" is not null))
);
--> statement-breakpoint
ALTER TABLE "integration_client_assertions" ADD CONSTRAINT "integration_client_assertions_client_id_integration_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."integration_clients"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "integration_client_tokens" ADD CONSTRAINT "integration_client_tokens_client_id_integration_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."integration_clients"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "integration_clients" ADD CONSTRAINT "integration_clients_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "integration_clients" ADD CONSTRAINT "integration_clients_created_by_account_id_accounts_id_fk" FOREIGN KEY ("created_by_account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "integration_client_tokens_client_idx" ON "integration_client_tokens" USING btree ("client_id","expires_at");