/** The result cache: repeated queries are answered from it, but never with an outdated index or clock. */
import { describe, expect, it } from 'vitest';
import { createSearchEngine } from '.';
import { makeOffer, searchQuery, testDistricts, titlesOf } from './test-fixtures';

function engineAt(clock: { now: Date }) {
	return createSearchEngine({ districts: testDistricts, now: () => clock.now });
}

describe('result cache', () => {
	it('shows a new, changed or removed offer at once, even for a query asked before', () => {
		const clock = { now: new Date('2025-03-03T10:00:00Z') };
		const engine = engineAt(clock);
		const first = makeOffer({ title: 'Schwimmkurs für Anfänger' });
		engine.rebuild([first]);
		const q = searchQuery({ q: 'Schwimmkurs' });
		expect(titlesOf(engine.search(q, 'de'))).toEqual(['Schwimmkurs für Anfänger']);

		const second = makeOffer({ title: 'Schwimmkurs für Fortgeschrittene' });
		engine.upsert(second);
		expect(titlesOf(engine.search(q, 'de')).sort()).toEqual([
			'Schwimmkurs für Anfänger',
			'Schwimmkurs für Fortgeschrittene'
		]);

		engine.upsert({ ...second, title: 'Lesepaten', description: 'Ehrenamtliche lesen vor.' });
		expect(titlesOf(engine.search(q, 'de'))).toEqual(['Schwimmkurs für Anfänger']);

		engine.remove(first.id);
		expect(engine.search(q, 'de').total).toBe(0);
	});

	it('answers a repeated query with the same result, per locale', () => {
		const clock = { now: new Date('2025-03-03T10:00:00Z') };
		const engine = engineAt(clock);
		engine.rebuild([makeOffer({ title: 'Sprachkurs Deutsch A1', topics: ['sprache'] })]);
		const q = searchQuery({ topic: 'sprache' });
		const de = engine.search(q, 'de');
		expect(engine.search(searchQuery({ topic: 'sprache' }), 'de')).toBe(de);
		const en = engine.search(q, 'en');
		expect(en).not.toBe(de);
		expect(en.facets.topic[0]?.label).not.toBe(de.facets.topic[0]?.label);
	});

	it('recomputes after 30 seconds, so next dates follow the clock', () => {
		const clock = { now: new Date('2025-03-03T09:59:50Z') };
		const engine = engineAt(clock);
		engine.rebuild([
			makeOffer({
				title: 'Elterncafé',
				schedule: {
					type: 'dates',
					dates: [
						{ startsAt: '2025-03-03T10:00:00Z', endsAt: null, note: null },
						{ startsAt: '2025-03-10T10:00:00Z', endsAt: null, note: null }
					]
				}
			})
		]);
		const q = searchQuery({ q: 'Elterncafé' });
		expect(engine.search(q, 'de').hits[0]?.nextDate).toBe('2025-03-03T10:00:00.000Z');
		clock.now = new Date('2025-03-03T10:00:15Z');
		expect(engine.search(q, 'de').hits[0]?.nextDate).toBe('2025-03-03T10:00:00.000Z');
		clock.now = new Date('2025-03-03T10:00:21Z');
		expect(engine.search(q, 'de').hits[0]?.nextDate).toBe('2025-03-10T10:00:00.000Z');
	});

	it('can be turned off', () => {
		const engine = createSearchEngine({ districts: testDistricts, resultCache: 0 });
		engine.rebuild([makeOffer({ title: 'Lesepaten' })]);
		const q = searchQuery({ q: 'Lesepaten' });
		expect(engine.search(q, 'de')).not.toBe(engine.search(q, 'de'));
	});
});
