CREATE TABLE "video_rooms" (
	"appointment_id" uuid PRIMARY KEY NOT NULL,
	"admitted_at" timestamp with time zone,
	"phone_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "video_rooms_something_happened" CHECK ("video_rooms"."admitted_at" is not null or "video_rooms"."phone_at" is not null)
);
--> statement-breakpoint
ALTER TABLE "video_rooms" ADD CONSTRAINT "video_rooms_appointment_id_appointments_id_fk" FOREIGN KEY ("appointment_id") REFERENCES "public"."appointments"("id") ON DELETE cascade ON UPDATE no action;