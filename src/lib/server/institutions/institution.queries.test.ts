import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../db/client';
import { createTestDb } from '../testing/db';
import { insertFixtures } from '../api/fixtures';
import {
	countsByDistrict,
	getInstitutionById,
	getInstitutionBySlug,
	listInstitutions
} from './institution.queries';
import { ZInstitution, ZInstitutionListQuery } from './institution.schemas';

let handle: DbHandle;
let fx: Awaited<ReturnType<typeof insertFixtures>>;

beforeAll(async () => {
	handle = await createTestDb();
	fx = await insertFixtures(handle.db);
});
afterAll(() => handle.close());

describe('listInstitutions', () => {
	it('returns all institutions sorted by name, with defaults', async () => {
		const page = await listInstitutions(handle.db);
		expect(page.total).toBe(3);
		expect(page.page).toBe(1);
		expect(page.pageSize).toBe(20);
		expect(page.items.map((i) => i.slug)).toEqual([
			'kita-grosser-baer',
			'sv-mueller',
			'vhs-salzgitter'
		]);
		for (const item of page.items) expect(ZInstitution.parse(item)).toBeTruthy();
	});

	it('maps the row into the DTO', async () => {
		const { items } = await listInstitutions(handle.db, { q: 'volkshoch' });
		expect(items[0]).toMatchObject({
			name: 'Volkshochschule Salzgitter',
			type: 'vhs',
			typeLabel: 'Volkshochschule',
			operator: 'Stadt Salzgitter',
			address: {
				street: 'Kattowitzer Straße 186',
				postalCode: '38226',
				locality: 'Salzgitter',
				district: { slug: 'lebenstedt', name: 'Lebenstedt' }
			},
			contact: { email: 'info@vhs.example', phone: null, website: null },
			openingHours: [{ days: 'Mo–Fr', opens: '08:00', closes: '16:00', note: null }],
			languages: ['de', 'tr'],
			accessibility: { wheelchairAccessible: null, notes: null },
			offerCount: 1
		});
		expect(items[0]!.url).toMatch(/\/einrichtungen\/vhs-salzgitter$/);
	});

	it('keeps the total past the last page', async () => {
		const page = await listInstitutions(handle.db, { page: 5, pageSize: 2 });
		expect(page).toEqual({ total: 3, page: 5, pageSize: 2, items: [] });
	});

	it('takes the parsed query schema as filters', async () => {
		const filters = ZInstitutionListQuery.parse({ type: 'kita,verein', language: ['ar'] });
		const page = await listInstitutions(handle.db, filters, { locale: 'en' });
		expect(page.items.map((i) => [i.slug, i.typeLabel])).toEqual([
			['kita-grosser-baer', 'Day-care centre (Kita)']
		]);
	});
});

describe('single institutions and counts', () => {
	it('finds by slug and by id, and not by a malformed id', async () => {
		expect((await getInstitutionBySlug(handle.db, 'kita-grosser-baer'))?.offerCount).toBe(2);
		expect((await getInstitutionById(handle.db, fx.institutions.verein.id))?.offerCount).toBe(0);
		expect(await getInstitutionById(handle.db, 'nope')).toBeUndefined();
		expect(await getInstitutionBySlug(handle.db, 'nope')).toBeUndefined();
	});

	it('counts institutions and published offers per district (offers at their venue)', async () => {
		const counts = await countsByDistrict(handle.db);
		expect(counts.get('lebenstedt')).toEqual({ institutions: 2, offers: 1 });
		expect(counts.get('thiede')).toEqual({ institutions: 1, offers: 2 });
		expect(counts.get('salder')).toBeUndefined();
	});
});
