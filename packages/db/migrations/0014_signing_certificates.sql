CREATE TABLE "signing_certificates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"holder_kind" text NOT NULL,
	"practitioner_id" uuid,
	"organization_id" uuid,
	"issuer_id" uuid,
	"subject_common_name" text NOT NULL,
	"subject_organization" text,
	"issuer_common_name" text NOT NULL,
	"serial" text NOT NULL,
	"valid_from" timestamp with time zone NOT NULL,
	"valid_to" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone,
	"certificate_pem" text NOT NULL,
	"private_key_encrypted" text,
	CONSTRAINT "signing_certificates_kind" CHECK ("signing_certificates"."holder_kind" in ('authority', 'practitioner', 'organization')),
	CONSTRAINT "signing_certificates_holder" CHECK (("signing_certificates"."holder_kind" = 'practitioner') = ("signing_certificates"."practitioner_id" is not null)
        and ("signing_certificates"."holder_kind" = 'organization') = ("signing_certificates"."organization_id" is not null)),
	CONSTRAINT "signing_certificates_validity" CHECK ("signing_certificates"."valid_from" < "signing_certificates"."valid_to"),
	CONSTRAINT "signing_certificates_serial" CHECK ("signing_certificates"."serial" ~ '^(0|[1-9a-f][0-9a-f]*)$')
);
--> statement-breakpoint
ALTER TABLE "signing_certificates" ADD CONSTRAINT "signing_certificates_practitioner_id_practitioners_id_fk" FOREIGN KEY ("practitioner_id") REFERENCES "public"."practitioners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signing_certificates" ADD CONSTRAINT "signing_certificates_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signing_certificates" ADD CONSTRAINT "signing_certificates_issuer_id_signing_certificates_id_fk" FOREIGN KEY ("issuer_id") REFERENCES "public"."signing_certificates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "signing_certificates_serial_key" ON "signing_certificates" USING btree ("serial");--> statement-breakpoint
CREATE INDEX "signing_certificates_practitioner_idx" ON "signing_certificates" USING btree ("practitioner_id");--> statement-breakpoint
CREATE INDEX "signing_certificates_organization_idx" ON "signing_certificates" USING btree ("organization_id");