import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, inArray } from 'drizzle-orm';
import type { DbHandle } from '../db/client';
import { offerChanges, offers } from '../db/schema';
import { FIXTURE_NOW, insertFixtures } from '../api/fixtures';
import { createTestDb } from '../testing/db';
import { makeActor } from '../testing/actors';
import { AppError } from '../errors';
import type { Actor } from '../accounts';
import { reverifyOffer } from '../offers';
import { DEFAULT_SETTINGS, updateSettings } from '../settings';
import {
	bucketOf,
	getPortalDashboard,
	listInstitutionManagers,
	listPortalOffers
} from './portal-offers';

const NOW = new Date('2026-06-01T10:00:00Z');
const daysAgo = (d: number) => new Date(NOW.getTime() - d * 86_400_000);

let handle: DbHandle;
let fx: Awaited<ReturnType<typeof insertFixtures>>;
/** Editor at the VHS and manager of the Kita. */
let provider: Actor;
let otherProvider: Actor;
let coordinator: Actor;
let admin: Actor;
const ids: Record<string, string> = {};

beforeAll(async () => {
	handle = await createTestDb();
	fx = await insertFixtures(handle.db);
	const db = handle.db;
	const vhs = fx.institutions.vhs.id;
	const kita = fx.institutions.kita.id;
	const base = { description: 'Beschreibung', format: 'kurs', status: 'published' as const };
	// The fixtures' published offers count as checked a week before the real clock;
	// here they were last checked when published (2025-03-01, 457 days before NOW).
	await db
		.update(offers)
		.set({ lastVerifiedAt: FIXTURE_NOW })
		.where(
			inArray(offers.id, [fx.offers.sprachkurs.id, fx.offers.schwimmen.id, fx.offers.beratung.id])
		);
	const rows = await db
		.insert(offers)
		.values([
			{
				...base,
				slug: 'frisch',
				institutionId: vhs,
				title: 'Frisch geprüft',
				lastVerifiedAt: daysAgo(10)
			},
			{
				...base,
				slug: 'bald',
				institutionId: vhs,
				title: 'Bald fällig',
				lastVerifiedAt: daysAgo(170)
			},
			{
				...base,
				slug: 'grenze',
				institutionId: vhs,
				title: 'Genau fällig',
				lastVerifiedAt: daysAgo(168)
			},
			{
				...base,
				slug: 'knapp',
				institutionId: vhs,
				title: 'Knapp nicht fällig',
				lastVerifiedAt: daysAgo(167)
			},
			{
				...base,
				slug: 'veraltet',
				institutionId: kita,
				title: 'Veraltet',
				lastVerifiedAt: daysAgo(200)
			},
			{ ...base, slug: 'nie', institutionId: kita, title: 'Nie geprüft', lastVerifiedAt: null },
			{
				...base,
				slug: 'aenderung',
				institutionId: vhs,
				title: 'Mit Änderung in Prüfung',
				lastVerifiedAt: daysAgo(5)
			},
			{
				...base,
				slug: 'zurueck',
				institutionId: vhs,
				title: 'Änderung zurückgegeben',
				lastVerifiedAt: daysAgo(5)
			},
			{
				...base,
				slug: 'pruefung',
				institutionId: vhs,
				title: 'Neu in Prüfung',
				status: 'in_review' as const
			},
			{
				...base,
				slug: 'erbeten',
				institutionId: kita,
				title: 'Straßenfest',
				status: 'changes_requested' as const
			},
			{
				...base,
				slug: 'abgelehnt',
				institutionId: vhs,
				title: 'Abgelehnt',
				status: 'rejected' as const
			},
			{
				...base,
				slug: 'archiv',
				institutionId: vhs,
				title: 'Archiviert',
				status: 'archived' as const
			},
			{
				...base,
				slug: 'fremd',
				institutionId: fx.institutions.verein.id,
				title: 'Fremdes Angebot',
				lastVerifiedAt: daysAgo(300)
			}
		])
		.returning({ id: offers.id, slug: offers.slug });
	for (const r of rows) ids[r.slug] = r.id;
	await db.insert(offerChanges).values([
		{ offerId: ids.aenderung!, state: 'in_review', data: {} },
		{ offerId: ids.zurueck!, state: 'changes_requested', data: {} },
		{ offerId: ids.frisch!, state: 'draft', data: {} }
	]);
	provider = await makeActor(db, {
		role: 'provider',
		email: 'anna@example.org',
		institutions: [{ slug: 'vhs-salzgitter' }, { slug: 'kita-grosser-baer', role: 'manager' }]
	});
	otherProvider = await makeActor(db, {
		role: 'provider',
		institutions: [{ slug: 'sv-mueller', role: 'manager' }]
	});
	coordinator = await makeActor(db, { role: 'coordinator' });
	admin = await makeActor(db, { role: 'admin' });
});
afterAll(() => handle.close());

describe('bucketOf', () => {
	it('puts a pending change of a published offer in its own bucket', () => {
		expect(bucketOf('published', null)).toBe('published');
		expect(bucketOf('published', 'draft')).toBe('published');
		expect(bucketOf('published', 'in_review')).toBe('change_in_review');
		expect(bucketOf('published', 'changes_requested')).toBe('changes_requested');
		expect(bucketOf('changes_requested', null)).toBe('changes_requested');
		expect(bucketOf('draft', null)).toBe('draft');
		expect(bucketOf('archived', null)).toBe('archived');
	});
});

describe('getPortalDashboard', () => {
	it('counts the offers of my institutions by status, a pending change on its own', async () => {
		const d = await getPortalDashboard(handle.db, { actor: provider, now: NOW });
		expect(d.counts).toEqual({
			draft: 1, // fixture "Entwurf"
			in_review: 1,
			change_in_review: 1,
			changes_requested: 2,
			// fixtures sprachkurs, schwimmen, beratung + frisch, bald, grenze, knapp, veraltet, nie
			published: 9,
			rejected: 1,
			archived: 1
		});
		expect(d.total).toBe(16);
		expect(d.institutions.map((i) => [i.slug, i.role, i.total, i.published])).toEqual([
			['vhs-salzgitter', 'editor', 11, 7],
			['kita-grosser-baer', 'manager', 5, 4]
		]);
	});

	it('lists published offers to re-check with the default periods (182 − 14 days), oldest check first', async () => {
		expect(DEFAULT_SETTINGS.freshness).toMatchObject({
			staleAfterDays: 182,
			reminderDaysBefore: 14
		});
		const d = await getPortalDashboard(handle.db, { actor: provider, now: NOW });
		expect(d.needsCheck.map((o) => [o.title, o.freshness?.state])).toEqual([
			// Neither checked nor published: no day to count from, stale without dates.
			['Nie geprüft', 'stale'],
			// The fixtures were checked on 2025-03-01 (alphabetical among equals): hidden by now.
			['Elternberatung', 'hidden'],
			['Schwimmen für Kinder', 'hidden'],
			['Sprachkurs Deutsch A1', 'hidden'],
			['Veraltet', 'stale'],
			['Bald fällig', 'due_soon'],
			['Genau fällig', 'due_soon']
		]);
		expect(d.needsCheck.map((o) => o.title)).not.toContain('Fremdes Angebot');
		expect(d.needsCheck.map((o) => o.title)).not.toContain('Knapp nicht fällig');
		const byTitle = new Map(d.needsCheck.map((o) => [o.title, o.freshness]));
		expect(byTitle.get('Nie geprüft')?.staleSince).toBeNull();
		// Due on the day it goes stale (182 days after the check), hidden 60 days later.
		expect(byTitle.get('Bald fällig')?.staleSince).toEqual(daysAgo(170 - 182));
		expect(byTitle.get('Veraltet')?.hiddenFrom).toEqual(daysAgo(200 - 182 - 60));
	});

	it('follows the freshness settings', async () => {
		await updateSettings(handle.db, {
			actor: admin,
			group: 'freshness',
			input: { staleAfterDays: 365, reminderDaysBefore: 30, graceDays: 60 }
		});
		try {
			const d = await getPortalDashboard(handle.db, { actor: provider, now: NOW });
			// 365 − 30 = 335 days: only the never-checked offer and the fixtures (457 days).
			expect(d.needsCheck.map((o) => o.title)).toEqual([
				'Nie geprüft',
				'Elternberatung',
				'Schwimmen für Kinder',
				'Sprachkurs Deutsch A1'
			]);
			expect(d.freshness.staleAfterDays).toBe(365);
		} finally {
			await updateSettings(handle.db, {
				actor: admin,
				group: 'freshness',
				input: DEFAULT_SETTINGS.freshness
			});
		}
	});

	it('counts a never-checked offer from the day it was published', async () => {
		const setPublished = (publishedAt: Date | null) =>
			handle.db.update(offers).set({ publishedAt }).where(eq(offers.id, ids.nie!));
		try {
			await setPublished(daysAgo(20));
			const recent = await getPortalDashboard(handle.db, { actor: provider, now: NOW });
			expect(recent.needsCheck.map((o) => o.title)).not.toContain('Nie geprüft');

			await setPublished(daysAgo(190));
			const old = await getPortalDashboard(handle.db, { actor: provider, now: NOW });
			const titles = old.needsCheck.map((o) => o.title);
			// Oldest first: after "Veraltet" (checked 200 days ago), before "Bald fällig" (170).
			expect(titles.slice(titles.indexOf('Veraltet'))).toEqual([
				'Veraltet',
				'Nie geprüft',
				'Bald fällig',
				'Genau fällig'
			]);
			const nie = old.needsCheck.find((o) => o.title === 'Nie geprüft')!;
			expect(nie.lastVerifiedAt).toBeNull();
			expect(nie.publishedAt).toBe(daysAgo(190).toISOString());
			expect(nie.freshness?.state).toBe('stale');
			expect(nie.freshness?.staleSince).toEqual(daysAgo(190 - 182));
		} finally {
			await setPublished(null);
		}
	});

	it('lists offers and pending changes the office sent back', async () => {
		const d = await getPortalDashboard(handle.db, { actor: provider, now: NOW });
		expect(d.changesRequested.map((o) => [o.title, o.status, o.changeState])).toEqual([
			['Änderung zurückgegeben', 'published', 'changes_requested'],
			['Straßenfest', 'changes_requested', null]
		]);
	});

	it('a re-check with one click takes the offer off the list', async () => {
		// By the real clock (after NOW) the offer is even older, so it is listed.
		const before = await getPortalDashboard(handle.db, { actor: provider });
		expect(before.needsCheck.map((o) => o.title)).toContain('Bald fällig');
		await reverifyOffer(handle.db, { actor: provider, offerId: ids.bald! });
		const d = await getPortalDashboard(handle.db, { actor: provider });
		expect(d.needsCheck.map((o) => o.title)).not.toContain('Bald fällig');
	});

	it('shows only my institutions; staff without memberships get an empty dashboard', async () => {
		const other = await getPortalDashboard(handle.db, { actor: otherProvider, now: NOW });
		expect(other.total).toBe(1);
		expect(other.needsCheck.map((o) => o.title)).toEqual(['Fremdes Angebot']);
		const staff = await getPortalDashboard(handle.db, { actor: coordinator, now: NOW });
		expect(staff.total).toBe(0);
		expect(staff.institutions).toEqual([]);
	});
});

describe('listPortalOffers', () => {
	it('filters by status bucket, institution and title (case and accents ignored)', async () => {
		const byStatus = await listPortalOffers(handle.db, {
			actor: provider,
			filter: { status: 'changes_requested' }
		});
		expect(byStatus.items.map((o) => o.title)).toEqual(['Änderung zurückgegeben', 'Straßenfest']);

		const kita = await listPortalOffers(handle.db, {
			actor: provider,
			filter: { institution: 'kita-grosser-baer', status: 'published' }
		});
		expect(kita.items.map((o) => o.title)).toEqual([
			'Elternberatung',
			'Nie geprüft',
			'Schwimmen für Kinder',
			'Veraltet'
		]);

		const q = await listPortalOffers(handle.db, { actor: provider, filter: { q: 'STRASSE' } });
		expect(q.items.map((o) => o.title)).toEqual(['Straßenfest']);
		const q2 = await listPortalOffers(handle.db, { actor: provider, filter: { q: 'anderung' } });
		expect(q2.items.map((o) => o.title)).toEqual([
			'Änderung zurückgegeben',
			'Mit Änderung in Prüfung'
		]);
	});

	it('never lists offers of other institutions, even when asked for one', async () => {
		const r = await listPortalOffers(handle.db, {
			actor: provider,
			filter: { institution: 'sv-mueller' }
		});
		expect(r.total).toBe(0);
	});

	it('pages through the list', async () => {
		const p1 = await listPortalOffers(handle.db, { actor: provider, page: 1, pageSize: 5 });
		const p4 = await listPortalOffers(handle.db, { actor: provider, page: 4, pageSize: 5 });
		expect(p1.total).toBe(16);
		expect(p1.items).toHaveLength(5);
		expect(p4.items).toHaveLength(1);
		const all = await listPortalOffers(handle.db, { actor: provider, pageSize: 50 });
		expect(all.items.slice(0, 5)).toEqual(p1.items);
	});

	it('"due" lists the offers to re-check, oldest first', async () => {
		const r = await listPortalOffers(handle.db, {
			actor: provider,
			filter: { due: true, institution: 'kita-grosser-baer' },
			now: NOW
		});
		expect(r.items.map((o) => o.title)).toEqual([
			'Nie geprüft',
			'Elternberatung',
			'Schwimmen für Kinder',
			'Veraltet'
		]);
	});
});

describe('listInstitutionManagers', () => {
	it('names the managers to a member and refuses non-members', async () => {
		const managers = await listInstitutionManagers(handle.db, {
			actor: provider,
			institutionId: fx.institutions.kita.id
		});
		expect(managers).toEqual([{ displayName: 'anna', email: 'anna@example.org' }]);
		await expect(
			listInstitutionManagers(handle.db, {
				actor: otherProvider,
				institutionId: fx.institutions.kita.id
			})
		).rejects.toBeInstanceOf(AppError);
	});
});
