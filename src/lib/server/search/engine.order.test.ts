/** Behaviours 10–12: sorting, pagination, incremental updates. */
import { describe, expect, it } from 'vitest';
import { createSearchEngine } from '.';
import { makeOffer, searchQuery, testDistricts, titlesOf } from './test-fixtures';

const NOW = new Date('2025-03-03T10:00:00Z'); // a Monday
const newEngine = () => createSearchEngine({ districts: testDistricts, now: () => NOW });
const dated = (iso: string) => ({
	type: 'dates' as const,
	dates: [{ startsAt: iso, endsAt: null, note: null }]
});

describe('10. sorting', () => {
	const engine = newEngine();
	engine.rebuild([
		makeOffer({
			title: 'Zumba im Park',
			location: { district: { slug: 'salzgitter-bad', name: 'Salzgitter-Bad' } }
		}),
		makeOffer({
			title: 'Ölmalerei',
			schedule: dated('2025-03-05T09:00:00Z'),
			description: 'Malkurs mit Öl.'
		}),
		makeOffer({
			title: 'Apfelernte',
			schedule: dated('2025-03-20T17:00:00Z'),
			location: { district: { slug: 'thiede', name: 'Thiede' } },
			description: 'Malkurs? Nein: Äpfel pflücken.'
		}),
		makeOffer({
			title: 'Obstgarten-Malkurs',
			schedule: { type: 'recurring', rrule: 'FREQ=WEEKLY;BYDAY=TH', start: '2025-01-02T15:00:00Z' },
			location: { district: { slug: 'gebhardshagen', name: 'Gebhardshagen' } }
		}),
		makeOffer({ title: 'Vergangener Vortrag', schedule: dated('2025-02-01T18:00:00Z') })
	]);
	const order = (input: Record<string, string>) =>
		titlesOf(engine.search(searchQuery(input), 'de'));

	it('sorts by name with German collation (Ö with O, not after Z)', () => {
		expect(order({ sort: 'name' })).toEqual([
			'Apfelernte',
			'Obstgarten-Malkurs',
			'Ölmalerei',
			'Vergangener Vortrag',
			'Zumba im Park'
		]);
	});

	it('sorts by the next upcoming date, offers without one last (by name)', () => {
		expect(order({ sort: 'date' })).toEqual([
			'Ölmalerei', // 5 March
			'Obstgarten-Malkurs', // Thursday 6 March
			'Apfelernte', // 20 March
			'Vergangener Vortrag', // past: no next date
			'Zumba im Park' // ongoing
		]);
	});

	it('gives each hit its next date (ISO) or null', () => {
		const hits = engine.search(searchQuery({ sort: 'date' }), 'de').hits;
		expect(hits.map((h) => h.nextDate)).toEqual([
			'2025-03-05T09:00:00.000Z',
			'2025-03-06T15:00:00.000Z',
			'2025-03-20T17:00:00.000Z',
			null,
			null
		]);
	});

	it('answers the next date of one offer by id, the same as its search hit', () => {
		const hits = engine.search(searchQuery({ sort: 'date' }), 'de').hits;
		for (const hit of hits) expect(engine.nextDate(hit.offer.id)).toBe(hit.nextDate);
		expect(engine.nextDate('00000000-0000-4000-8000-000000000000')).toBeNull();
	});

	it('sorts by relevance with a query, by date then name without one', () => {
		expect(order({ q: 'Malkurs' })[0]).toBe('Obstgarten-Malkurs');
		expect(order({})).toEqual(order({ sort: 'date' }));
	});

	it('sorts by distance from a district and reports km', () => {
		const result = engine.search(searchQuery({ sort: 'distance', near: 'thiede' }), 'de');
		expect(titlesOf(result)[0]).toBe('Apfelernte');
		expect(titlesOf(result).at(-1)).toBe('Zumba im Park');
		const km = result.hits.map((h) => h.distanceKm!);
		expect(km[0]).toBe(0);
		expect(km).toEqual([...km].sort((a, b) => a - b));
		// Thiede → Salzgitter-Bad centres are ~16 km apart.
		expect(km.at(-1)).toBeGreaterThan(14);
		expect(km.at(-1)).toBeLessThan(18);
	});

	it('leaves distance null without `near`', () => {
		expect(engine.search(searchQuery({}), 'de').hits[0]!.distanceKm).toBeNull();
	});
});

describe('11. pagination', () => {
	it('pages through all matches without overlap; total counts all', () => {
		const engine = newEngine();
		engine.rebuild(
			Array.from({ length: 25 }, (_, i) =>
				makeOffer({ title: `Lesekreis ${String(i).padStart(2, '0')}` })
			)
		);
		const page = (n: number) =>
			engine.search(
				searchQuery({ q: 'Lesekreis', page: String(n), pageSize: '10', sort: 'name' }),
				'de'
			);
		const pages = [1, 2, 3].map(page);
		expect(pages.map((p) => p.total)).toEqual([25, 25, 25]);
		expect(pages.map((p) => p.hits.length)).toEqual([10, 10, 5]);
		const all = pages.flatMap(titlesOf);
		expect(new Set(all).size).toBe(25);
		expect(all[0]).toBe('Lesekreis 00');
		expect(all[24]).toBe('Lesekreis 24');
		expect(page(4).hits).toEqual([]);
	});
});

describe('12. upsert and remove', () => {
	it('adds, replaces and removes offers, keeping text, facets and size right', () => {
		const engine = newEngine();
		const chess = makeOffer({ title: 'Schach-AG', topics: ['mint'] });
		const choir = makeOffer({ title: 'Kinderchor', topics: ['musik'] });
		engine.rebuild([chess]);
		engine.upsert(choir);
		expect(engine.size).toBe(2);
		expect(titlesOf(engine.search(searchQuery({ q: 'Kinderchor' }), 'de'))).toEqual(['Kinderchor']);

		engine.upsert({ ...chess, title: 'Schachclub', description: 'Für alle.', topics: ['kunst'] });
		expect(engine.size).toBe(2);
		expect(engine.search(searchQuery({ q: 'AG' }), 'de').total).toBe(0);
		expect(titlesOf(engine.search(searchQuery({ q: 'Schach' }), 'de'))).toEqual(['Schachclub']);
		expect(
			engine
				.search(searchQuery({}), 'de')
				.facets.topic.map((v) => v.value)
				.sort()
		).toEqual(['kunst', 'musik']);

		engine.upsert({ ...choir, status: 'archived' });
		expect(engine.size).toBe(1);
		expect(engine.search(searchQuery({ q: 'Kinderchor' }), 'de').total).toBe(0);

		engine.remove(chess.id);
		expect(engine.size).toBe(0);
		expect(engine.search(searchQuery({}), 'de').total).toBe(0);
	});

	it('stays correct across compaction after many updates', () => {
		const engine = newEngine();
		const base = Array.from({ length: 100 }, (_, i) => makeOffer({ title: `Gruppe ${i}` }));
		engine.rebuild(base);
		for (let round = 0; round < 30; round++) {
			for (const [i, offer] of base.entries()) {
				engine.upsert({ ...offer, title: `Gruppe ${i} Runde${round}` });
			}
		}
		expect(engine.size).toBe(100);
		expect(engine.search(searchQuery({ q: 'Runde29' }), 'de').total).toBe(100);
		// The old word is gone from the live vocabulary, so it is corrected to the current one.
		const stale = engine.search(searchQuery({ q: 'Runde28', pageSize: '100' }), 'de');
		expect(stale.suggestion).toBe('Runde29');
		expect(stale.hits.every((h) => h.offer.title.endsWith('Runde29'))).toBe(true);
		expect(
			engine
				.search(searchQuery({ sort: 'name', pageSize: '3' }), 'de')
				.hits.map((h) => h.offer.title)
		).toEqual(['Gruppe 0 Runde29', 'Gruppe 1 Runde29', 'Gruppe 10 Runde29']);
	});
});
