import { boolean, doublePrecision, integer, pgTable, text } from 'drizzle-orm/pg-core';

/** A district (Stadtteil) of the configured city, loaded from config/cities/<city>/districts.csv. */
export const districts = pgTable('districts', {
	slug: text('slug').primaryKey(),
	name: text('name').notNull(),
	/** The borough (Ortschaft) the district belongs to. */
	borough: text('borough').notNull(),
	lat: doublePrecision('lat').notNull(),
	lon: doublePrecision('lon').notNull(),
	population: integer('population').notNull(),
	/** true where the centre coordinates are good only to about 1 km. */
	coordinatesApproximate: boolean('coordinates_approximate').notNull().default(false)
});
