CREATE TABLE "waiting_room_places" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seq" bigserial NOT NULL,
	"account_id" uuid,
	"device_id" uuid,
	"is_synthetic" boolean DEFAULT false NOT NULL,
	"status" text NOT NULL,
	"joined_at" timestamp with time zone NOT NULL,
	"last_seen_at" timestamp with time zone NOT NULL,
	"admitted_at" timestamp with time zone,
	"admitted_until" timestamp with time zone,
	CONSTRAINT "waiting_room_places_seq_key" UNIQUE("seq"),
	CONSTRAINT "waiting_room_places_status" CHECK ("waiting_room_places"."status" in ('waiting', 'admitted')),
	CONSTRAINT "waiting_room_places_holder" CHECK ("waiting_room_places"."is_synthetic" = ("waiting_room_places"."account_id" is null and "waiting_room_places"."device_id" is null)),
	CONSTRAINT "waiting_room_places_admission" CHECK (("waiting_room_places"."status" = 'admitted') = ("waiting_room_places"."admitted_at" is not null and "waiting_room_places"."admitted_until" is not null)),
	CONSTRAINT "waiting_room_places_admission_order" CHECK ("waiting_room_places"."admitted_until" is null or ("waiting_room_places"."admitted_at" >= "waiting_room_places"."joined_at" and "waiting_room_places"."admitted_until" > "waiting_room_places"."admitted_at"))
);
--> statement-breakpoint
CREATE TABLE "waiting_room_state" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"active_until" timestamp with time zone,
	"last_overload_at" timestamp with time zone,
	"admissions_per_second" double precision NOT NULL,
	"drill_until" timestamp with time zone,
	"last_admission_at" timestamp with time zone,
	"admission_carry" double precision DEFAULT 0 NOT NULL,
	CONSTRAINT "waiting_room_state_single_row" CHECK ("waiting_room_state"."id" = 1),
	CONSTRAINT "waiting_room_state_rate" CHECK ("waiting_room_state"."admissions_per_second" > 0),
	CONSTRAINT "waiting_room_state_carry" CHECK ("waiting_room_state"."admission_carry" >= 0 and "waiting_room_state"."admission_carry" < 1)
);
--> statement-breakpoint
ALTER TABLE "waiting_room_places" ADD CONSTRAINT "waiting_room_places_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "waiting_room_places_account_key" ON "waiting_room_places" USING btree ("account_id");--> statement-breakpoint
CREATE UNIQUE INDEX "waiting_room_places_device_key" ON "waiting_room_places" USING btree ("device_id");--> statement-breakpoint
CREATE INDEX "waiting_room_places_waiting_idx" ON "waiting_room_places" USING btree ("seq") WHERE "waiting_room_places"."status" = 'waiting';