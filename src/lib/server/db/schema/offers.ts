import { sql } from 'drizzle-orm';
import {
	boolean,
	doublePrecision,
	index,
	integer,
	jsonb,
	pgEnum,
	pgTable,
	text,
	timestamp,
	uniqueIndex,
	uuid
} from 'drizzle-orm/pg-core';
import { districts } from './districts';
import { institutions } from './institutions';

/**
 * Life cycle of an offer. New offers go draft → in_review → published, or back
 * to changes_requested / rejected. Edits of a published offer wait in
 * offer_changes while the published version stays online.
 */
export const offerStatus = pgEnum('offer_status', [
	'draft',
	'in_review',
	'published',
	'archived',
	'changes_requested',
	'rejected'
]);
/** State of a pending change to a published offer. */
export const changeState = pgEnum('change_state', ['draft', 'in_review', 'changes_requested']);
export const scheduleType = pgEnum('schedule_type', ['ongoing', 'dates', 'recurring']);
export const costType = pgEnum('cost_type', ['free', 'paid']);

/** Provider-written text in another language than German. */
export interface OfferTranslation {
	title: string;
	summary?: string;
	description?: string;
}

/** An education offer: a course, regular group, counselling, event … */
export const offers = pgTable(
	'offers',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		slug: text('slug').notNull().unique(),
		institutionId: uuid('institution_id')
			.notNull()
			.references(() => institutions.id),
		/** Identifier in the provider's own system (for re-imports). */
		externalId: text('external_id'),
		title: text('title').notNull(),
		summary: text('summary'),
		description: text('description').notNull(),
		/** Keyed by locale code (en, tr, ar …); German lives in the columns above. */
		translations: jsonb('translations')
			.$type<Record<string, OfferTranslation>>()
			.notNull()
			.default({}),
		/** Code from config/taxonomies/formats.json */
		format: text('format').notNull(),
		topics: text('topics')
			.array()
			.notNull()
			.default(sql`'{}'::text[]`),
		lifePhases: text('life_phases')
			.array()
			.notNull()
			.default(sql`'{}'::text[]`),
		ageMin: integer('age_min'),
		ageMax: integer('age_max'),
		/** ISO 639-1 codes of the languages the offer is held in. */
		languages: text('languages')
			.array()
			.notNull()
			.default(sql`'{de}'::text[]`),
		costType: costType('cost_type').notNull().default('free'),
		costAmountCents: integer('cost_amount_cents'),
		costNote: text('cost_note'),
		reducedFeeAvailable: boolean('reduced_fee_available').notNull().default(false),
		/** Eligible for "Bildung und Teilhabe" funding. */
		butEligible: boolean('but_eligible').notNull().default(false),
		wheelchairAccessible: boolean('wheelchair_accessible'),
		accessibilityNotes: text('accessibility_notes'),
		/** When all venue fields are null the offer takes place at its institution. */
		venueName: text('venue_name'),
		venueStreet: text('venue_street'),
		venuePostalCode: text('venue_postal_code'),
		venueLocality: text('venue_locality'),
		venueDistrictSlug: text('venue_district_slug').references(() => districts.slug),
		venueLat: doublePrecision('venue_lat'),
		venueLon: doublePrecision('venue_lon'),
		scheduleType: scheduleType('schedule_type').notNull().default('ongoing'),
		/** Human description of when, e.g. "dienstags 15:00–16:30 Uhr". */
		scheduleNote: text('schedule_note'),
		/** RFC 5545 RRULE (without DTSTART) for recurring offers. */
		rrule: text('rrule'),
		recurrenceStart: timestamp('recurrence_start', { withTimezone: true }),
		recurrenceUntil: timestamp('recurrence_until', { withTimezone: true }),
		durationMinutes: integer('duration_minutes'),
		/** Start times that are cancelled in a recurrence (ISO strings). */
		recurrenceExceptions: jsonb('recurrence_exceptions').$type<string[]>().notNull().default([]),
		registrationRequired: boolean('registration_required').notNull().default(false),
		registrationUrl: text('registration_url'),
		registrationEmail: text('registration_email'),
		registrationPhone: text('registration_phone'),
		registrationNote: text('registration_note'),
		/** UN Sustainable Development Goals 1–17. */
		sdgs: integer('sdgs')
			.array()
			.notNull()
			.default(sql`'{}'::integer[]`),
		status: offerStatus('status').notNull().default('draft'),
		/** When a person last confirmed the offer is current (not the same as last saved). */
		lastVerifiedAt: timestamp('last_verified_at', { withTimezone: true }),
		publishedAt: timestamp('published_at', { withTimezone: true }),
		/** When the offer (or its pending change) was last submitted for review. */
		submittedAt: timestamp('submitted_at', { withTimezone: true }),
		/** When the last "please re-check" reminder was mailed (one per stale period). */
		staleReminderSentAt: timestamp('stale_reminder_sent_at', { withTimezone: true }),
		createdBy: uuid('created_by'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('offers_institution_idx').on(t.institutionId),
		index('offers_status_idx').on(t.status),
		uniqueIndex('offers_external_id_idx').on(t.institutionId, t.externalId)
	]
);

/** One dated occurrence (Termin) of an offer with schedule type "dates". */
export const offerDates = pgTable(
	'offer_dates',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		offerId: uuid('offer_id')
			.notNull()
			.references(() => offers.id, { onDelete: 'cascade' }),
		startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
		endsAt: timestamp('ends_at', { withTimezone: true }),
		note: text('note')
	},
	(t) => [index('offer_dates_offer_idx').on(t.offerId, t.startsAt)]
);

/**
 * A provider's pending edit of a published offer (at most one per offer). `data`
 * is the full write body (TOfferInput); approving applies it to the offer row.
 */
export const offerChanges = pgTable('offer_changes', {
	offerId: uuid('offer_id')
		.primaryKey()
		.references(() => offers.id, { onDelete: 'cascade' }),
	state: changeState('state').notNull().default('draft'),
	data: jsonb('data').$type<Record<string, unknown>>().notNull(),
	createdBy: uuid('created_by'),
	submittedAt: timestamp('submitted_at', { withTimezone: true }),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
	updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
});

export const reviewCommentKind = pgEnum('review_comment_kind', [
	'comment',
	'changes_requested',
	'rejected',
	'approved',
	'submitted'
]);

/** The conversation between reviewer and provider about one offer. */
export const reviewComments = pgTable(
	'review_comments',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		offerId: uuid('offer_id')
			.notNull()
			.references(() => offers.id, { onDelete: 'cascade' }),
		authorId: uuid('author_id'),
		authorName: text('author_name').notNull(),
		kind: reviewCommentKind('kind').notNull().default('comment'),
		body: text('body').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('review_comments_offer_idx').on(t.offerId, t.createdAt)]
);
