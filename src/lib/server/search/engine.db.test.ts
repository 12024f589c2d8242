/**
 * Module test: offers written with Drizzle, read back by listPublishedOffers,
 * indexed and searched — the same path as the app's start (app.ts).
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../db/client';
import { institutions, offerDates, offers } from '../db/schema';
import { listDistricts } from '../districts';
import { getPublishedOfferById, listPublishedOffers } from '../offers';
import { createTestDb } from '../testing/db';
import { createSearchEngine, type SearchEngine } from '.';
import { searchQuery, titlesOf } from './test-fixtures';

let handle: DbHandle;
let engine: SearchEngine;
let draftId: string;

beforeAll(async () => {
	handle = await createTestDb();
	const { db } = handle;
	const [vhs, awo] = await db
		.insert(institutions)
		.values([
			{
				slug: 'vhs-salzgitter',
				name: 'Volkshochschule Salzgitter',
				type: 'vhs',
				street: 'Kattowitzer Straße 186',
				postalCode: '38226',
				locality: 'Salzgitter',
				districtSlug: 'lebenstedt',
				lat: 52.1561,
				lon: 10.3301
			},
			{
				slug: 'awo-familienzentrum-thiede',
				name: 'AWO Familienzentrum Thiede',
				type: 'familienzentrum',
				street: 'Schäferwiese 1',
				postalCode: '38239',
				locality: 'Salzgitter',
				districtSlug: 'thiede',
				lat: 52.1872,
				lon: 10.4839,
				wheelchairAccessible: true
			}
		])
		.returning();
	const rows = await db
		.insert(offers)
		.values([
			{
				slug: 'schwimmkurs-kinder',
				institutionId: vhs!.id,
				title: 'Schwimmkurs für Kinder',
				description: 'Seepferdchen in zehn Terminen.',
				format: 'kurs',
				topics: ['bewegung'],
				lifePhases: ['grundschule'],
				scheduleType: 'dates',
				status: 'published',
				translations: { en: { title: 'Swimming course for children' } }
			},
			{
				slug: 'elterncafe-thiede',
				institutionId: awo!.id,
				title: 'Elterncafé',
				description: 'Austausch bei Kaffee, mit Kinderbetreuung.',
				format: 'regelmaessig',
				topics: ['eltern'],
				lifePhases: ['familien'],
				languages: ['de', 'ar'],
				butEligible: true,
				scheduleType: 'recurring',
				rrule: 'FREQ=WEEKLY;BYDAY=WE',
				recurrenceStart: new Date('2025-01-08T09:00:00Z'),
				status: 'published'
			},
			{
				slug: 'sprachkurs-entwurf',
				institutionId: vhs!.id,
				title: 'Sprachkurs Deutsch B1',
				description: 'Noch in Arbeit.',
				format: 'kurs',
				status: 'draft'
			},
			{
				slug: 'sprachkurs-alt',
				institutionId: vhs!.id,
				title: 'Sprachkurs Deutsch A2',
				description: 'Abgelaufen.',
				format: 'kurs',
				status: 'archived'
			}
		])
		.returning();
	await db.insert(offerDates).values([
		{ offerId: rows[0]!.id, startsAt: new Date('2025-04-01T14:00:00Z') },
		{ offerId: rows[0]!.id, startsAt: new Date('2025-04-08T13:00:00Z') }
	]);
	draftId = rows[2]!.id;

	engine = createSearchEngine({
		districts: await listDistricts(db),
		now: () => new Date('2025-03-20T12:00:00Z')
	});
	engine.rebuild(await listPublishedOffers(db));
}, 120_000);

afterAll(async () => {
	await handle?.close();
});

describe('search over offers from the database', () => {
	it('indexes only published offers', () => {
		expect(engine.size).toBe(2);
		expect(engine.search(searchQuery({ q: 'Sprachkurs' }), 'de').total).toBe(0);
	});

	it('finds inflected words, translations and institution names', () => {
		const search = (q: string) => titlesOf(engine.search(searchQuery({ q }), 'de'));
		expect(search('Schwimmkurse')).toEqual(['Schwimmkurs für Kinder']);
		expect(search('swimming')).toEqual(['Schwimmkurs für Kinder']);
		expect(search('Familienzentrum')).toEqual(['Elterncafé']);
	});

	it('filters by dates from offer_dates and by recurrence, with facet labels from the districts table', () => {
		const result = engine.search(searchQuery({ from: '2025-04-08', to: '2025-04-08' }), 'de');
		expect(titlesOf(result)).toEqual(['Schwimmkurs für Kinder']);
		expect(result.hits[0]!.nextDate).toBe('2025-04-01T14:00:00.000Z');
		const wednesday = engine.search(searchQuery({ from: '2025-04-09', to: '2025-04-09' }), 'de');
		expect(titlesOf(wednesday)).toEqual(['Elterncafé']);
		expect(engine.search(searchQuery({}), 'de').facets.district).toEqual([
			{ value: 'lebenstedt', label: 'Lebenstedt', count: 1 },
			{ value: 'thiede', label: 'Thiede', count: 1 }
		]);
	});

	it('follows a status change written to the database', async () => {
		await handle.db.update(offers).set({ status: 'published' }).where(eq(offers.id, draftId));
		engine.upsert((await getPublishedOfferById(handle.db, draftId))!);
		expect(titlesOf(engine.search(searchQuery({ q: 'Sprachkurse' }), 'de'))).toEqual([
			'Sprachkurs Deutsch B1'
		]);
	});
});
