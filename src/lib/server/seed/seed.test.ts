import { createHash } from 'node:crypto';
import { asc } from 'drizzle-orm';
import { rrulestr } from 'rrule';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cityConfig } from '../config/city';
import { taxonomies } from '../config/taxonomies';
import type { Db, DbHandle } from '../db/client';
import { districts, institutions, offerDates, offers } from '../db/schema';
import { createTestDb } from '../testing/db';
import { resetDemoData, seedDemoData } from '.';

// 08:15 and 22:30 in Salzgitter on the same day.
const MORNING = new Date('2026-03-10T07:15:00Z');
const EVENING = new Date('2026-03-10T21:30:00Z');
const DAY_MS = 86_400_000;

async function fingerprint(db: Db): Promise<string> {
	const hash = createHash('sha256');
	hash.update(JSON.stringify(await db.select().from(institutions).orderBy(asc(institutions.id))));
	hash.update(JSON.stringify(await db.select().from(offers).orderBy(asc(offers.id))));
	hash.update(JSON.stringify(await db.select().from(offerDates).orderBy(asc(offerDates.id))));
	return hash.digest('hex');
}

const localTime = new Intl.DateTimeFormat('en-GB', {
	timeZone: 'Europe/Berlin',
	hour: '2-digit',
	minute: '2-digit',
	hourCycle: 'h23'
});
const minutesOfDay = (d: Date) => {
	const [h, m] = localTime.format(d).split(':').map(Number);
	return (h ?? 0) * 60 + (m ?? 0);
};

function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
	const dLat = (a.lat - b.lat) * 111.32;
	const dLon = (a.lon - b.lon) * 111.32 * Math.cos((a.lat * Math.PI) / 180);
	return Math.hypot(dLat, dLon);
}

describe('seedDemoData', () => {
	let a: DbHandle;
	let b: DbHandle;
	let result: { institutions: number; offers: number };
	let inst: (typeof institutions.$inferSelect)[];
	let all: (typeof offers.$inferSelect)[];
	let published: (typeof offers.$inferSelect)[];
	let dates: (typeof offerDates.$inferSelect)[];

	beforeAll(async () => {
		[a, b] = await Promise.all([createTestDb(), createTestDb()]);
		result = await seedDemoData(a.db, { now: MORNING });
		inst = await a.db.select().from(institutions);
		all = await a.db.select().from(offers);
		published = all.filter((o) => o.status === 'published');
		dates = await a.db.select().from(offerDates);
	});
	afterAll(async () => {
		await Promise.all([a?.close(), b?.close()]);
	});

	it('gives identical rows for the same seed on the same day, whatever the time', async () => {
		const again = await seedDemoData(b.db, { now: EVENING, seed: 1 });
		expect(again).toEqual(result);
		expect(await fingerprint(b.db)).toBe(await fingerprint(a.db));
	});

	it('creates at least 150 institutions and exactly the requested published offers', () => {
		expect(result).toEqual({ institutions: inst.length, offers: 1200 });
		expect(inst.length).toBeGreaterThanOrEqual(150);
		expect(published).toHaveLength(1200);
	});

	it('adds about 5 % drafts, offers in review and archived offers on top', () => {
		const statuses = new Set(all.filter((o) => o.status !== 'published').map((o) => o.status));
		expect(statuses).toEqual(new Set(['draft', 'in_review', 'archived']));
		expect(all.length - published.length).toBe(60);
	});

	it('puts institutions in every district, most in Lebenstedt and then Salzgitter-Bad', async () => {
		const perDistrict = new Map<string, number>();
		for (const i of inst)
			perDistrict.set(i.districtSlug, (perDistrict.get(i.districtSlug) ?? 0) + 1);
		const slugs = (await a.db.select().from(districts)).map((d) => d.slug);
		expect(slugs).toHaveLength(31);
		for (const slug of slugs) expect(perDistrict.get(slug) ?? 0, slug).toBeGreaterThan(0);
		const ranking = [...perDistrict.entries()].sort((x, y) => y[1] - x[1]).map(([slug]) => slug);
		expect(ranking.slice(0, 2)).toEqual(['lebenstedt', 'salzgitter-bad']);
	});

	it('uses every taxonomy code of types, phases, topics and formats, and no unknown code', () => {
		const t = taxonomies();
		const codes = (name: keyof typeof t) => t[name].map((x) => x.code).sort();
		const used = (values: string[]) => [...new Set(values)].sort();
		expect(used(inst.map((i) => i.type))).toEqual(codes('institution-types'));
		expect(used(published.flatMap((o) => o.lifePhases))).toEqual(codes('life-phases'));
		expect(used(published.flatMap((o) => o.topics))).toEqual(codes('topics'));
		expect(used(published.map((o) => o.format))).toEqual(codes('formats'));
		const languages = new Set(codes('languages'));
		for (const o of all) for (const l of o.languages) expect(languages.has(l), l).toBe(true);
		for (const i of inst) for (const l of i.languages) expect(languages.has(l), l).toBe(true);
		for (const o of all) for (const s of o.sdgs) expect(s >= 1 && s <= 17).toBe(true);
	});

	it('has offers held in Turkish, Arabic, Russian, Ukrainian and Polish with translations', () => {
		for (const lang of ['tr', 'ar', 'ru', 'uk', 'pl']) {
			const held = published.filter((o) => o.languages.includes(lang));
			expect(held.length, lang).toBeGreaterThan(0);
			for (const o of held) expect(o.translations[lang]?.title, `${lang}: ${o.title}`).toBeTruthy();
		}
		const withEnglish = published.filter((o) => o.translations.en?.title).length;
		expect(withEnglish / published.length).toBeGreaterThan(0.15);
	});

	it('has free swimming courses in Lebenstedt with upcoming dates, and paid ones elsewhere', () => {
		const districtOf = new Map(inst.map((i) => [i.id, i.districtSlug]));
		const upcoming = new Set(dates.filter((d) => d.startsAt > EVENING).map((d) => d.offerId));
		const swim = published.filter((o) => o.title.startsWith('Schwimmkurs'));
		const where = (o: (typeof published)[number]) =>
			o.venueDistrictSlug ?? districtOf.get(o.institutionId);
		const freeHere = swim.filter(
			(o) => o.costType === 'free' && where(o) === 'lebenstedt' && upcoming.has(o.id)
		);
		expect(freeHere.length).toBeGreaterThanOrEqual(3);
		expect(swim.some((o) => o.costType === 'paid' && where(o) !== 'lebenstedt')).toBe(true);
	});

	it('contains the vocabulary the search and the demo journeys rely on', () => {
		const titles = published.map((o) => o.title);
		for (const word of [
			'Sprachkurs',
			'Integrationskurs',
			'Sprachförderung',
			'Hausaufgabenhilfe',
			'Elterncafé'
		]) {
			expect(
				titles.some((t) => t.includes(word)),
				word
			).toBe(true);
		}
		expect(published.filter((o) => /\bfür\b/.test(o.description)).length).toBeGreaterThan(100);
		expect(inst.filter((i) => i.street.includes('Straße')).length).toBeGreaterThan(30);
		expect(new Set(titles).size).toBeGreaterThan(300);
	});

	it('gives plausible addresses: postal codes of the city, coordinates near the district', async () => {
		const centre = new Map((await a.db.select().from(districts)).map((d) => [d.slug, d]));
		const postalCodes = cityConfig().city.postalCodes;
		for (const i of inst) {
			expect(postalCodes).toContain(i.postalCode);
			expect(distanceKm(i, centre.get(i.districtSlug)!)).toBeLessThan(0.85);
		}
		expect(inst.find((i) => i.districtSlug === 'lebenstedt')?.postalCode).toBe('38226');
		const elsewhere = published.filter((o) => o.venueStreet !== null).length / published.length;
		expect(elsewhere).toBeGreaterThan(0.05);
		expect(elsewhere).toBeLessThan(0.2);
	});

	it('schedules dates, recurrences and ongoing offers in local daytime hours', () => {
		const byType = (t: string) => published.filter((o) => o.scheduleType === t);
		for (const t of ['dates', 'recurring', 'ongoing']) {
			expect(byType(t).length / published.length, t).toBeGreaterThan(0.2);
		}
		const perOffer = new Map<string, number>();
		for (const d of dates) {
			perOffer.set(d.offerId, (perOffer.get(d.offerId) ?? 0) + 1);
			const start = minutesOfDay(d.startsAt);
			expect(start).toBeGreaterThanOrEqual(8 * 60);
			expect(start).toBeLessThanOrEqual(19 * 60 + 30);
			const minutes = (d.endsAt!.getTime() - d.startsAt.getTime()) / 60_000;
			expect(minutes >= 60 && minutes <= 180).toBe(true);
		}
		for (const o of byType('dates')) expect(perOffer.get(o.id) ?? 0).toBeGreaterThanOrEqual(1);
		expect(Math.max(...perOffer.values())).toBeLessThanOrEqual(8);
		expect(dates.some((d) => d.startsAt < MORNING)).toBe(true);
		for (const o of byType('recurring')) {
			expect(() => rrulestr(o.rrule!), o.rrule!).not.toThrow();
			expect(minutesOfDay(o.recurrenceStart!)).toBeGreaterThanOrEqual(8 * 60);
			expect(o.durationMinutes).toBeGreaterThanOrEqual(60);
			expect(o.scheduleNote).toBeTruthy();
		}
		for (const o of byType('ongoing')) expect(o.scheduleNote).toBeTruthy();
	});

	it('has sensible costs and verification dates, some of them stale', () => {
		const free = published.filter((o) => o.costType === 'free').length / published.length;
		expect(free).toBeGreaterThan(0.45);
		expect(free).toBeLessThan(0.65);
		for (const o of published.filter((x) => x.costType === 'paid')) {
			expect(o.costAmountCents! >= 500 && o.costAmountCents! <= 18_000).toBe(true);
		}
		const daysAgo = (d: Date | null) => (MORNING.getTime() - d!.getTime()) / DAY_MS;
		for (const o of published) {
			expect(daysAgo(o.lastVerifiedAt)).toBeGreaterThanOrEqual(13);
			expect(daysAgo(o.lastVerifiedAt)).toBeLessThanOrEqual(245);
			expect(o.publishedAt!.getTime()).toBeLessThanOrEqual(o.lastVerifiedAt!.getTime());
		}
		expect(published.some((o) => daysAgo(o.lastVerifiedAt) > 183)).toBe(true);
		expect(published.some((o) => o.butEligible)).toBe(true);
		expect(published.some((o) => o.sdgs.length > 0 && o.topics.includes('natur'))).toBe(true);
	});

	it('gives different data for a different seed', async () => {
		await resetDemoData(b.db);
		await seedDemoData(b.db, { now: MORNING, seed: 2 });
		expect(await fingerprint(b.db)).not.toBe(await fingerprint(a.db));
	});
});
