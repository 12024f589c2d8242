/**
 * Module test: an offer unconfirmed for longer than the stale and grace
 * periods disappears from every public read — search, API, offer and
 * institution reads, counts — and comes back once someone re-verifies it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { buildSearch, followOffersChanged, type App } from '../app';
import type { DbHandle } from '../db/client';
import { auditLog, offers, settings } from '../db/schema';
import { insertFixtures } from '../api/fixtures';
import { getOfferApi, searchOffersApi } from '../api/offers';
import { getInstitutionApi } from '../api/institutions';
import { countsByDistrict, listInstitutions } from '../institutions';
import {
	getOfferById,
	getPublishedOfferById,
	getPublishedOfferBySlug,
	listPublishedOffers,
	listPublishedOffersOfInstitution,
	reverifyOffer
} from '../offers';
import { createTestDb } from '../testing/db';
import { makeActor } from '../testing/actors';
import { isAppError } from '../errors';
import { getSettings } from '../settings';
import { DAY_MS, freshnessOf } from './freshness';
import { updateFreshnessSettings } from './update-freshness-settings';
import { countOffersByFreshness } from './freshness.queries';

let handle: DbHandle;
let app: App;
let fx: Awaited<ReturnType<typeof insertFixtures>>;
let stopFollowing: () => void;

const ago = (days: number) => new Date(Date.now() - days * DAY_MS);
const searchIds = (q = '') =>
	searchOffersApi(new URL(`http://localhost/api/v1/offers?pageSize=100${q}`), app).items.map(
		(i) => i.id
	);
const totalOffers = async () =>
	[...(await countsByDistrict(handle.db)).values()].reduce((n, c) => n + c.offers, 0);

beforeAll(async () => {
	handle = await createTestDb();
	fx = await insertFixtures(handle.db);
	// With the default periods (182 + 60 days): beratung hidden, schwimmen stale but shown.
	await handle.db
		.update(offers)
		.set({ lastVerifiedAt: ago(250) })
		.where(eq(offers.id, fx.offers.beratung.id));
	await handle.db
		.update(offers)
		.set({ lastVerifiedAt: ago(200) })
		.where(eq(offers.id, fx.offers.schwimmen.id));
	app = { handle, search: await buildSearch(handle) };
	stopFollowing = followOffersChanged(handle, app.search);
});
afterAll(async () => {
	stopFollowing();
	await handle.close();
});

describe('a hidden offer', () => {
	const hidden = () => fx.offers.beratung;

	it('is hidden by the default periods, while the stale one is only marked', async () => {
		const { freshness } = await getSettings(handle.db);
		const [b, s] = await Promise.all([
			getOfferById(handle.db, fx.offers.beratung.id),
			getOfferById(handle.db, fx.offers.schwimmen.id)
		]);
		expect(freshnessOf(b, freshness).state).toBe('hidden');
		expect(freshnessOf(s, freshness).state).toBe('stale');
	});

	it('is not found by any public read', async () => {
		const db = handle.db;
		expect((await listPublishedOffers(db)).map((o) => o.id)).not.toContain(hidden().id);
		expect(await getPublishedOfferById(db, hidden().id)).toBeUndefined();
		expect(await getPublishedOfferBySlug(db, hidden().slug)).toBeUndefined();
		const ofKita = await listPublishedOffersOfInstitution(db, fx.institutions.kita.id);
		expect(ofKita.map((o) => o.slug)).toEqual(['schwimmen-fuer-kinder']);

		expect(searchIds()).not.toContain(hidden().id);
		expect(searchIds()).toContain(fx.offers.schwimmen.id);
		expect(searchIds('&q=Elternberatung')).toEqual([]);
		await expect(getOfferApi(hidden().id, app)).rejects.toSatisfy(
			(e) => isAppError(e) && e.code === 'not_found'
		);
		const inst = await getInstitutionApi(fx.institutions.kita.id, app);
		expect(inst.offers.map((o) => o.slug)).toEqual(['schwimmen-fuer-kinder']);
		expect(inst.offerCount).toBe(1);
		const dir = await listInstitutions(db, { q: 'Kita' });
		expect(dir.items[0]?.offerCount).toBe(1);
		expect(await totalOffers()).toBe(2);
	});

	it('is still there for the portal and the back office', async () => {
		expect((await getOfferById(handle.db, hidden().id))?.status).toBe('published');
		expect(await getPublishedOfferById(handle.db, hidden().id, { includeHidden: true })).toEqual(
			expect.objectContaining({ id: hidden().id })
		);
	});

	it('is back everywhere once a member re-verifies it', async () => {
		const member = await makeActor(handle.db, {
			role: 'provider',
			institutions: [{ slug: 'kita-grosser-baer' }]
		});
		await reverifyOffer(handle.db, { actor: member, offerId: hidden().id });
		expect(searchIds('&q=Elternberatung')).toEqual([hidden().id]);
		expect((await getOfferApi(hidden().id, app)).id).toBe(hidden().id);
		expect(await getPublishedOfferBySlug(handle.db, hidden().slug)).toBeDefined();
		expect(
			(await listPublishedOffersOfInstitution(handle.db, fx.institutions.kita.id)).length
		).toBe(2);
		expect(await totalOffers()).toBe(3);
	});
});

describe('changing the periods', () => {
	it('refuses coordinators and bad values, and changes nothing', async () => {
		const coordinator = await makeActor(handle.db, { role: 'coordinator' });
		await expect(
			updateFreshnessSettings(handle.db, {
				actor: coordinator,
				input: { staleAfterDays: 30, reminderDaysBefore: 7, graceDays: 0 }
			})
		).rejects.toSatisfy((e) => isAppError(e) && e.code === 'forbidden');
		const admin = await makeActor(handle.db, { role: 'admin' });
		await expect(
			updateFreshnessSettings(handle.db, {
				actor: admin,
				input: { staleAfterDays: 30, reminderDaysBefore: 30, graceDays: 0 }
			})
		).rejects.toSatisfy(
			(e) =>
				isAppError(e) &&
				e.code === 'invalid_input' &&
				e.issues.some((i) => i.field === 'reminderDaysBefore') === true
		);
		expect(await handle.db.select().from(settings)).toEqual([]);
		expect(
			await handle.db.select().from(auditLog).where(eq(auditLog.action, 'settings.update'))
		).toEqual([]);
	});

	it('hides and shows offers in search at once', async () => {
		const admin = await makeActor(handle.db, { role: 'admin' });
		// schwimmen (200 days) is hidden with 150 + 30 days …
		const shorter = await updateFreshnessSettings(handle.db, {
			actor: admin,
			input: { staleAfterDays: 150, reminderDaysBefore: 14, graceDays: 30 }
		});
		expect(shorter.changedOffers).toBe(1);
		expect(searchIds()).not.toContain(fx.offers.schwimmen.id);
		expect(await getPublishedOfferById(handle.db, fx.offers.schwimmen.id)).toBeUndefined();
		// … and back with the defaults.
		await updateFreshnessSettings(handle.db, {
			actor: admin,
			input: { staleAfterDays: 182, reminderDaysBefore: 14, graceDays: 60 }
		});
		expect(searchIds()).toContain(fx.offers.schwimmen.id);
		const audit = await handle.db
			.select()
			.from(auditLog)
			.where(eq(auditLog.action, 'settings.update'));
		expect(audit).toHaveLength(2);
	});
});

describe('countOffersByFreshness', () => {
	it('counts published offers by state like freshnessOf', async () => {
		const now = new Date();
		const { freshness } = await getSettings(handle.db);
		const all = await listPublishedOffers(handle.db, { includeHidden: true });
		const expected = { fresh: 0, due_soon: 0, stale: 0, hidden: 0 };
		for (const o of all) expected[freshnessOf(o, freshness, now).state]++;
		expect(await countOffersByFreshness(handle.db, freshness, now)).toEqual(expected);
		const later = new Date(now.getTime() + 400 * DAY_MS);
		expect(await countOffersByFreshness(handle.db, freshness, later)).toEqual({
			fresh: 0,
			due_soon: 0,
			stale: 0,
			hidden: all.length
		});
	});
});
