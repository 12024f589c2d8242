import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DbHandle } from '../db/client';
import { createTestDb } from './db';
import { getOfferById } from '../offers';
import { seedXssFixtures, XSS_PAYLOADS } from './xss';

let handle: DbHandle;
beforeAll(async () => {
	handle = await createTestDb();
});
afterAll(() => handle.close());

it('stores every payload unchanged through the real use cases (the page must escape them)', async () => {
	const fx = await seedXssFixtures(handle.db);
	const offer = await getOfferById(handle.db, fx.offerId);
	expect(offer?.status).toBe('published');
	for (const p of XSS_PAYLOADS) expect(offer?.description).toContain(p);
});
