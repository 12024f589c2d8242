import { sql } from 'drizzle-orm';
import {
	boolean,
	doublePrecision,
	index,
	jsonb,
	pgTable,
	text,
	timestamp,
	uuid
} from 'drizzle-orm/pg-core';
import { districts } from './districts';

/** One line of opening hours, e.g. { days: 'Mo–Fr', opens: '08:00', closes: '16:00' }. */
export interface OpeningHoursLine {
	days: string;
	opens: string;
	closes: string;
	note?: string;
}

/** A place that runs offers: a Kita, school, VHS, library, association … */
export const institutions = pgTable(
	'institutions',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		slug: text('slug').notNull().unique(),
		name: text('name').notNull(),
		/** Code from config/taxonomies/institution-types.json */
		type: text('type').notNull(),
		/** The organisation behind it (Träger), e.g. "Stadt Salzgitter", "AWO". */
		operator: text('operator'),
		description: text('description'),
		street: text('street').notNull(),
		postalCode: text('postal_code').notNull(),
		locality: text('locality').notNull(),
		districtSlug: text('district_slug')
			.notNull()
			.references(() => districts.slug),
		lat: doublePrecision('lat').notNull(),
		lon: doublePrecision('lon').notNull(),
		email: text('email'),
		phone: text('phone'),
		website: text('website'),
		openingHours: jsonb('opening_hours').$type<OpeningHoursLine[]>().notNull().default([]),
		/** ISO 639-1 codes of the languages staff speak. */
		languages: text('languages')
			.array()
			.notNull()
			.default(sql`'{}'::text[]`),
		wheelchairAccessible: boolean('wheelchair_accessible'),
		accessibilityNotes: text('accessibility_notes'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('institutions_district_idx').on(t.districtSlug),
		index('institutions_type_idx').on(t.type)
	]
);
