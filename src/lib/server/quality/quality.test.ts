import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../db/client';
import { institutions, invitations, offerChanges, offerDates, offers, outbox } from '../db/schema';
import { createTestDb } from '../testing/db';
import { makeActor } from '../testing/actors';
import { systemActor, type Actor } from '../accounts';
import { updateSettings } from '../settings';
import { AppError } from '../errors';
import { qualityReport } from './quality';
import type { QualityReport } from './quality.types';
import { backOfficeOverview } from './overview';

const NOW = new Date('2026-06-01T10:00:00Z');
const daysAgo = (n: number) => new Date(NOW.getTime() - n * 86_400_000);
const daysAhead = (n: number) => new Date(NOW.getTime() + n * 86_400_000);

let handle: DbHandle;
let coordinator: Actor;
let admin: Actor;
let provider: Actor;
const ids: Record<string, string> = {};
const inst: Record<'vhs' | 'kita' | 'verein', string> = { vhs: '', kita: '', verein: '' };

type OfferInsert = typeof offers.$inferInsert;
let seq = 0;

/** A published offer with every recommended field, verified ten days ago; `over` breaks it. */
async function offer(key: string, over: Partial<OfferInsert> & { institutionId: string }) {
	const [row] = await handle.db
		.insert(offers)
		.values({
			slug: `${key}-${++seq}`,
			title: key,
			summary: 'Kurz und klar',
			description: 'Eine ausführliche Beschreibung des Angebots.',
			translations: { en: { title: `${key} (en)` } },
			format: 'kurs',
			topics: ['sprache'],
			lifePhases: ['erwachsene'],
			wheelchairAccessible: true,
			status: 'published',
			publishedAt: daysAgo(100),
			lastVerifiedAt: daysAgo(10),
			...over
		})
		.returning({ id: offers.id });
	ids[key] = row!.id;
	return row!.id;
}

const place = {
	street: 'Weg 1',
	postalCode: '38226',
	locality: 'Salzgitter',
	lat: 52.15,
	lon: 10.33,
	languages: ['de']
};

beforeAll(async () => {
	handle = await createTestDb();
	const rows = await handle.db
		.insert(institutions)
		.values([
			{ slug: 'vhs', name: 'Volkshochschule', type: 'vhs', districtSlug: 'lebenstedt', ...place },
			{ slug: 'kita', name: 'Kita Sonnenschein', type: 'kita', districtSlug: 'thiede', ...place },
			{ slug: 'verein', name: 'Turnverein', type: 'verein', districtSlug: 'lebenstedt', ...place }
		])
		.returning();
	inst.vhs = rows[0]!.id;
	inst.kita = rows[1]!.id;
	inst.verein = rows[2]!.id;
	coordinator = await makeActor(handle.db, { role: 'coordinator' });
	admin = await makeActor(handle.db, { role: 'admin' });
	provider = await makeActor(handle.db, { role: 'provider', institutions: [{ slug: 'vhs' }] });

	// Duplicates: same institution; same district (accents and case ignored); same venue district.
	await offer('Deutschkurs für Anfänger', { institutionId: inst.vhs });
	await offer('Deutschkurs für Anfänger A1', { institutionId: inst.vhs, status: 'in_review' });
	await offer('SCHWIMMKURS für Kinder', { institutionId: inst.vhs });
	await offer('Schwimmkurs fur Kinder', { institutionId: inst.verein });
	await offer('Eltern-Kind-Turnen', { institutionId: inst.vhs });
	await offer('Eltern-Kind-Turnen am Samstag', {
		institutionId: inst.kita,
		venueDistrictSlug: 'lebenstedt',
		venueStreet: 'Halle 2'
	});
	// …and what must not be paired: another district, a draft, an archived offer, a different title.
	await offer('Schwimmkurs für Kinder!', { institutionId: inst.kita });
	await offer('Deutschkurs für Anfänger B1', { institutionId: inst.vhs, status: 'draft' });
	await offer('Deutschkurs für Anfänger C1', { institutionId: inst.vhs, status: 'archived' });
	await offer('Töpfern für Seniorinnen', { institutionId: inst.vhs });

	// Stale: published only, never verified counts as stale.
	await offer('Lange nicht geprüft', { institutionId: inst.kita, lastVerifiedAt: daysAgo(200) });
	await offer('Nie geprüft', { institutionId: inst.kita, lastVerifiedAt: null });
	await offer('Alt, aber in Prüfung', {
		institutionId: inst.kita,
		status: 'in_review',
		lastVerifiedAt: daysAgo(300)
	});

	// Missing recommended fields.
	await offer('Ohne Kurzbeschreibung', { institutionId: inst.verein, summary: '  ' });
	await offer('Anmeldung ohne Weg', { institutionId: inst.verein, registrationRequired: true });
	await offer('Anmeldung per Telefon', {
		institutionId: inst.verein,
		registrationRequired: true,
		registrationPhone: '05341 1234'
	});
	await offer('Kinder ohne Alter', { institutionId: inst.verein, lifePhases: ['grundschule'] });
	await offer('Kinder mit Alter', { institutionId: inst.verein, lifePhases: ['kita'], ageMin: 3 });
	await offer('Familien ohne Alter', { institutionId: inst.verein, lifePhases: ['familien'] });
	await offer('Barrierefreiheit unbekannt', {
		institutionId: inst.verein,
		wheelchairAccessible: null
	});
	await offer('Barrierefreiheit beschrieben', {
		institutionId: inst.verein,
		wheelchairAccessible: null,
		accessibilityNotes: 'Stufenloser Zugang über den Hof'
	});
	await offer('Nur Deutsch', { institutionId: inst.verein, translations: {} });
	await offer('Entwurf ohne alles', {
		institutionId: inst.verein,
		status: 'draft',
		summary: null,
		translations: {},
		wheelchairAccessible: null
	});

	// Dates all past.
	const dated = async (
		key: string,
		dates: { startsAt: Date; endsAt?: Date }[],
		status = 'published'
	) => {
		const id = await offer(key, {
			institutionId: inst.kita,
			scheduleType: 'dates',
			status: status as OfferInsert['status']
		});
		if (dates.length) {
			await handle.db.insert(offerDates).values(dates.map((d) => ({ offerId: id, ...d })));
		}
	};
	await dated('Termine vorbei', [{ startsAt: daysAgo(30) }, { startsAt: daysAgo(20) }]);
	await dated('Ein Termin kommt noch', [{ startsAt: daysAgo(30) }, { startsAt: daysAhead(5) }]);
	await dated('Läuft gerade', [{ startsAt: daysAgo(1), endsAt: daysAhead(1) }]);
	await dated('Termine fehlen', []);
	await dated('Entwurf vorbei', [{ startsAt: daysAgo(30) }], 'draft');
	const recurring = (key: string, until: Date | null) =>
		offer(key, {
			institutionId: inst.kita,
			scheduleType: 'recurring',
			rrule: 'FREQ=WEEKLY;BYDAY=TU',
			recurrenceStart: daysAgo(100),
			recurrenceUntil: until
		});
	await recurring('Wiederholung beendet', daysAgo(3));
	await recurring('Wiederholung offen', null);
	await recurring('Wiederholung läuft', daysAhead(30));
});
afterAll(() => handle.close());

const titles = (items: { title: string }[]) => items.map((i) => i.title).sort();

describe('qualityReport', () => {
	let report: QualityReport;
	beforeAll(async () => {
		report = await qualityReport(handle.db, {
			actor: coordinator,
			now: NOW,
			limits: { duplicates: 100, stale: 100, missing: 100, past: 100 }
		});
	});

	it('pairs similar titles at the same institution or in the same district, and nothing else', () => {
		const pairs = report.duplicates.items.map((p) => [p.a.title, p.b.title].sort().join(' + '));
		expect(pairs.sort()).toEqual([
			'Deutschkurs für Anfänger + Deutschkurs für Anfänger A1',
			'Eltern-Kind-Turnen + Eltern-Kind-Turnen am Samstag',
			'SCHWIMMKURS für Kinder + Schwimmkurs fur Kinder'
		]);
		expect(report.duplicates.total).toBe(3);
		const deutsch = report.duplicates.items.find((p) => p.a.title.startsWith('Deutsch'))!;
		expect(deutsch).toMatchObject({ sameInstitution: true, sharedDistrict: 'lebenstedt' });
		expect(deutsch.similarity).toBeGreaterThan(0.6);
		const turnen = report.duplicates.items.find((p) => p.a.title.startsWith('Eltern'))!;
		expect(turnen).toMatchObject({ sameInstitution: false, sharedDistrict: 'lebenstedt' });
		// Most similar first.
		const sims = report.duplicates.items.map((p) => p.similarity);
		expect(sims).toEqual([...sims].sort((a, b) => b - a));
	});

	it('lists published offers not verified within the configured period, never-verified first', () => {
		expect(report.staleAfterDays).toBe(182);
		expect(report.stale.items.map((i) => i.title)).toEqual(['Nie geprüft', 'Lange nicht geprüft']);
		expect(report.stale.items[0]!.lastVerifiedAt).toBeNull();
		expect(report.stale.total).toBe(2);
	});

	it('names each missing recommended field and skips offers that have it in another form', () => {
		const byTitle = Object.fromEntries(report.missing.items.map((i) => [i.title, i.missing]));
		expect(byTitle).toEqual({
			'Ohne Kurzbeschreibung': ['summary'],
			'Anmeldung ohne Weg': ['registrationContact'],
			'Kinder ohne Alter': ['ages'],
			'Barrierefreiheit unbekannt': ['accessibility'],
			'Nur Deutsch': ['translation']
		});
		expect(report.missing.total).toBe(5);
		expect(report.missing.byCheck).toEqual({
			summary: 1,
			registrationContact: 1,
			ages: 1,
			accessibility: 1,
			translation: 1
		});
	});

	it('finds dated offers whose every date is over and recurrences that ended', () => {
		expect(titles(report.past.items)).toEqual([
			'Termine fehlen',
			'Termine vorbei',
			'Wiederholung beendet'
		]);
		const byTitle = Object.fromEntries(report.past.items.map((i) => [i.title, i.lastDate]));
		expect(byTitle['Termine vorbei']).toBe(daysAgo(20).toISOString());
		expect(byTitle['Wiederholung beendet']).toBe(daysAgo(3).toISOString());
		expect(byTitle['Termine fehlen']).toBeNull();
	});

	it('caps each section but counts everything, and filters by one check', async () => {
		const capped = await qualityReport(handle.db, {
			actor: coordinator,
			now: NOW,
			limits: { duplicates: 1, stale: 1, missing: 2, past: 0 },
			missingCheck: 'ages'
		});
		expect(capped.duplicates).toMatchObject({ total: 3 });
		expect(capped.duplicates.items).toHaveLength(1);
		expect(capped.stale.items.map((i) => i.title)).toEqual(['Nie geprüft']);
		expect(capped.past).toEqual({ total: 3, items: [] });
		expect(capped.missing.items.map((i) => i.title)).toEqual(['Kinder ohne Alter']);
		expect(capped.missing.total).toBe(1);
	});

	it('follows the stale period in the settings', async () => {
		await updateSettings(handle.db, {
			actor: systemActor('test'),
			group: 'freshness',
			input: { staleAfterDays: 7, reminderDaysBefore: 1, graceDays: 0 }
		});
		try {
			const r = await qualityReport(handle.db, { actor: coordinator, now: NOW });
			expect(r.staleAfterDays).toBe(7);
			// Every published offer was verified at least ten days ago.
			const published = await handle.db.$count(offers, undefined);
			expect(r.stale.total).toBeGreaterThan(2);
			expect(r.stale.total).toBeLessThan(published);
		} finally {
			await updateSettings(handle.db, {
				actor: systemActor('test'),
				group: 'freshness',
				input: { staleAfterDays: 182, reminderDaysBefore: 14, graceDays: 60 }
			});
		}
	});

	it('is for staff only', async () => {
		await expect(qualityReport(handle.db, { actor: provider, now: NOW })).rejects.toThrow(AppError);
		await expect(qualityReport(handle.db, { actor: provider, now: NOW })).rejects.toMatchObject({
			code: 'forbidden'
		});
	});
});

describe('backOfficeOverview', () => {
	it('counts what waits for the office; failed mails only for admins', async () => {
		await handle.db
			.update(offers)
			.set({ status: 'changes_requested' })
			.where((await import('drizzle-orm')).eq(offers.id, ids['Alt, aber in Prüfung']!));
		await handle.db.insert(offerChanges).values({
			offerId: ids['Töpfern für Seniorinnen']!,
			state: 'in_review',
			data: {},
			submittedAt: daysAgo(1)
		});
		await handle.db.insert(offerChanges).values({
			offerId: ids['Nur Deutsch']!,
			state: 'changes_requested',
			data: {}
		});
		const invite = {
			email: 'neu@example.org',
			institutionId: inst.vhs,
			expiresAt: daysAhead(3)
		};
		await handle.db.insert(invitations).values([
			{ ...invite, tokenHash: 'a' },
			{ ...invite, tokenHash: 'b', acceptedAt: daysAgo(1) },
			{ ...invite, tokenHash: 'c', expiresAt: daysAgo(1) }
		]);
		await handle.db.insert(outbox).values([
			{ to: 'a@example.org', subject: 'A', text: 'a', html: '<p>a</p>', error: 'Verbindung' },
			{ to: 'b@example.org', subject: 'B', text: 'b', html: '<p>b</p>' }
		]);

		const forCoordinator = await backOfficeOverview(handle.db, { actor: coordinator, now: NOW });
		// In review: "Deutschkurs für Anfänger A1" (new) and the change to "Töpfern für Seniorinnen".
		expect(forCoordinator).toEqual({
			review: 2,
			changesRequested: 2,
			stale: { count: 2, staleAfterDays: 182 },
			openInvitations: 1,
			outboxErrors: null
		});
		const forAdmin = await backOfficeOverview(handle.db, { actor: admin, now: NOW });
		expect(forAdmin.outboxErrors).toBe(1);
		await expect(backOfficeOverview(handle.db, { actor: provider, now: NOW })).rejects.toThrow(
			AppError
		);
	});
});
