CREATE TYPE "public"."cost_type" AS ENUM('free', 'paid');--> statement-breakpoint
CREATE TYPE "public"."offer_status" AS ENUM('draft', 'in_review', 'published', 'archived');--> statement-breakpoint
CREATE TYPE "public"."schedule_type" AS ENUM('ongoing', 'dates', 'recurring');--> statement-breakpoint
CREATE TABLE "districts" (
	"slug" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"borough" text NOT NULL,
	"lat" double precision NOT NULL,
	"lon" double precision NOT NULL,
	"population" integer NOT NULL,
	"coordinates_approximate" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "institutions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"type" text NOT NULL,
	"operator" text,
	"description" text,
	"street" text NOT NULL,
	"postal_code" text NOT NULL,
	"locality" text NOT NULL,
	"district_slug" text NOT NULL,
	"lat" double precision NOT NULL,
	"lon" double precision NOT NULL,
	"email" text,
	"phone" text,
	"website" text,
	"opening_hours" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"languages" text[] DEFAULT '{}'::text[] NOT NULL,
	"wheelchair_accessible" boolean,
	"accessibility_notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "institutions_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "offer_dates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"offer_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "offers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"institution_id" uuid NOT NULL,
	"external_id" text,
	"title" text NOT NULL,
	"summary" text,
	"description" text NOT NULL,
	"translations" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"format" text NOT NULL,
	"topics" text[] DEFAULT '{}'::text[] NOT NULL,
	"life_phases" text[] DEFAULT '{}'::text[] NOT NULL,
	"age_min" integer,
	"age_max" integer,
	"languages" text[] DEFAULT '{de}'::text[] NOT NULL,
	"cost_type" "cost_type" DEFAULT 'free' NOT NULL,
	"cost_amount_cents" integer,
	"cost_note" text,
	"reduced_fee_available" boolean DEFAULT false NOT NULL,
	"but_eligible" boolean DEFAULT false NOT NULL,
	"wheelchair_accessible" boolean,
	"accessibility_notes" text,
	"venue_name" text,
	"venue_street" text,
	"venue_postal_code" text,
	"venue_locality" text,
	"venue_district_slug" text,
	"venue_lat" double precision,
	"venue_lon" double precision,
	"schedule_type" "schedule_type" DEFAULT 'ongoing' NOT NULL,
	"schedule_note" text,
	"rrule" text,
	"recurrence_start" timestamp with time zone,
	"recurrence_until" timestamp with time zone,
	"duration_minutes" integer,
	"recurrence_exceptions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"registration_required" boolean DEFAULT false NOT NULL,
	"registration_url" text,
	"registration_email" text,
	"registration_phone" text,
	"registration_note" text,
	"sdgs" integer[] DEFAULT '{}'::integer[] NOT NULL,
	"status" "offer_status" DEFAULT 'draft' NOT NULL,
	"last_verified_at" timestamp with time zone,
	"published_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "offers_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
ALTER TABLE "institutions" ADD CONSTRAINT "institutions_district_slug_districts_slug_fk" FOREIGN KEY ("district_slug") REFERENCES "public"."districts"("slug") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offer_dates" ADD CONSTRAINT "offer_dates_offer_id_offers_id_fk" FOREIGN KEY ("offer_id") REFERENCES "public"."offers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offers" ADD CONSTRAINT "offers_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offers" ADD CONSTRAINT "offers_venue_district_slug_districts_slug_fk" FOREIGN KEY ("venue_district_slug") REFERENCES "public"."districts"("slug") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "institutions_district_idx" ON "institutions" USING btree ("district_slug");--> statement-breakpoint
CREATE INDEX "institutions_type_idx" ON "institutions" USING btree ("type");--> statement-breakpoint
CREATE INDEX "offer_dates_offer_idx" ON "offer_dates" USING btree ("offer_id","starts_at");--> statement-breakpoint
CREATE INDEX "offers_institution_idx" ON "offers" USING btree ("institution_id");--> statement-breakpoint
CREATE INDEX "offers_status_idx" ON "offers" USING btree ("status");--> statement-breakpoint
CREATE UNIQUE INDEX "offers_external_id_idx" ON "offers" USING btree ("institution_id","external_id");