/** The search index's fast start-up read gives exactly the offers of the ordinary read. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { DbHandle } from '../db/client';
import { offers } from '../db/schema';
import { insertFixtures } from '../api/fixtures';
import { seedDemoData } from '../seed';
import { createTestDb } from '../testing/db';
import { listPublishedOffers, loadPublishedOffersForIndex } from './offer.queries';

let handle: DbHandle;

beforeAll(async () => {
	handle = await createTestDb();
	await seedDemoData(handle.db, { offers: 400 });
	await insertFixtures(handle.db);
});
afterAll(() => handle.close());

describe('loadPublishedOffersForIndex', () => {
	it('returns the same public offers as listPublishedOffers, field for field and in the same order', async () => {
		const expected = await listPublishedOffers(handle.db);
		const fast = await loadPublishedOffersForIndex(handle.db);
		expect(expected.length).toBeGreaterThan(400);
		// The demo data covers what the mapping distinguishes: venues, dates, recurrence, translations.
		expect(expected.some((o) => !o.location.atInstitution)).toBe(true);
		expect(expected.some((o) => o.schedule.dates.length > 0)).toBe(true);
		expect(expected.some((o) => o.schedule.rrule !== null)).toBe(true);
		expect(expected.some((o) => Object.keys(o.translations).length > 0)).toBe(true);
		expect(fast).toEqual(expected);
	});

	it('leaves out what the public may not see', async () => {
		const [draft] = await handle.db
			.select()
			.from(offers)
			.where(eq(offers.status, 'draft'))
			.limit(1);
		expect(draft).toBeDefined();
		const ids = new Set((await loadPublishedOffersForIndex(handle.db)).map((o) => o.id));
		expect(ids.has(draft!.id)).toBe(false);
	});
});
