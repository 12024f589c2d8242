/** Behaviours 8–9: filters and disjunctive facet counts. */
import { beforeAll, describe, expect, it } from 'vitest';
import { createSearchEngine, facetNames, type SearchEngine } from '.';
import { makeOffer, searchQuery, testDistricts, titlesOf } from './test-fixtures';

const thiede = { slug: 'thiede', name: 'Thiede' };
const bad = { slug: 'salzgitter-bad', name: 'Salzgitter-Bad' };
const awo = { slug: 'awo-familienzentrum', name: 'AWO Familienzentrum Thiede' };

const offers = [
	makeOffer({
		title: 'Deutschkurs für Eltern',
		topics: ['sprache', 'eltern'],
		lifePhases: ['erwachsene', 'familien'],
		languages: ['de', 'tr'],
		sdgs: [4, 10],
		cost: { type: 'paid', amountCents: 4000 },
		schedule: {
			type: 'dates',
			dates: [{ startsAt: '2025-03-10T23:30:00Z', endsAt: null, note: null }]
		}
	}),
	makeOffer({
		title: 'Elterncafé',
		topics: ['eltern'],
		lifePhases: ['familien'],
		languages: ['de', 'ar'],
		format: 'regelmaessig',
		location: { district: thiede },
		institution: awo,
		accessibility: { wheelchairAccessible: true },
		butEligible: true,
		schedule: {
			type: 'recurring',
			rrule: 'FREQ=WEEKLY;BYDAY=TU',
			start: '2025-01-07T14:00:00Z',
			until: '2025-06-30T21:59:00Z',
			exceptions: ['2025-03-11T14:00:00Z']
		}
	}),
	makeOffer({
		title: 'Sprachcafé',
		topics: ['sprache'],
		lifePhases: ['erwachsene'],
		format: 'regelmaessig',
		location: { district: thiede },
		institution: awo,
		accessibility: { wheelchairAccessible: false }
	}),
	makeOffer({
		title: 'Naturerlebnistag',
		topics: ['natur'],
		lifePhases: ['grundschule'],
		format: 'veranstaltung',
		location: { district: bad },
		sdgs: [13, 15],
		butEligible: true,
		schedule: {
			type: 'dates',
			dates: [{ startsAt: '2025-05-17T08:00:00Z', endsAt: null, note: null }]
		}
	}),
	makeOffer({
		title: 'Hausaufgabenhilfe',
		topics: ['lernhilfe'],
		lifePhases: ['grundschule', 'sek1'],
		location: { district: bad },
		schedule: {
			type: 'recurring',
			rrule: 'FREQ=WEEKLY;BYDAY=MO,WE',
			start: '2025-01-06T13:00:00Z'
		}
	})
];

let engine: SearchEngine;
const find = (input: Record<string, string | string[]>, locale = 'de') =>
	engine.search(searchQuery(input), locale);
const sorted = (titles: string[]) => [...titles].sort();

beforeAll(() => {
	engine = createSearchEngine({
		districts: testDistricts,
		now: () => new Date('2025-03-03T10:00:00Z')
	});
	engine.rebuild(offers);
});

describe('8. filters', () => {
	it.each([
		[{ lifePhase: 'familien' }, ['Deutschkurs für Eltern', 'Elterncafé']],
		[{ topic: 'natur,lernhilfe' }, ['Hausaufgabenhilfe', 'Naturerlebnistag']],
		[{ district: 'thiede' }, ['Elterncafé', 'Sprachcafé']],
		[{ language: ['tr', 'ar'] }, ['Deutschkurs für Eltern', 'Elterncafé']],
		[{ format: 'veranstaltung' }, ['Naturerlebnistag']],
		[{ provider: 'awo-familienzentrum' }, ['Elterncafé', 'Sprachcafé']],
		[{ sdg: '13' }, ['Naturerlebnistag']],
		[{ free: 'true' }, ['Elterncafé', 'Hausaufgabenhilfe', 'Naturerlebnistag', 'Sprachcafé']],
		[{ accessible: '1' }, ['Elterncafé']],
		[{ but: 'ja' }, ['Elterncafé', 'Naturerlebnistag']],
		[{ topic: 'sprache', district: 'thiede' }, ['Sprachcafé']]
	])('%o → %o', (input, expected) => {
		expect(sorted(titlesOf(find(input)))).toEqual(expected);
	});

	it('combines filters with the text query', () => {
		expect(titlesOf(find({ q: 'Café', district: 'thiede', topic: 'eltern' }))).toEqual([
			'Elterncafé'
		]);
	});

	it('matches dates by the local (Europe/Berlin) day; ongoing offers match any range', () => {
		// 2025-03-10T23:30Z is 11 March, 00:30 in Salzgitter.
		const onDay = (day: string) => titlesOf(find({ from: day, to: day }));
		expect(onDay('2025-03-11')).toContain('Deutschkurs für Eltern');
		expect(onDay('2025-03-10')).not.toContain('Deutschkurs für Eltern');
		expect(onDay('2025-03-10')).toContain('Sprachcafé'); // ongoing
	});

	it('expands recurrences, skipping exceptions and ending at until', () => {
		const inRange = (from: string, to: string) => titlesOf(find({ from, to, topic: 'eltern' }));
		expect(inRange('2025-03-11', '2025-03-11')).not.toContain('Elterncafé'); // cancelled
		expect(inRange('2025-03-18', '2025-03-18')).toContain('Elterncafé');
		expect(inRange('2025-03-19', '2025-03-24')).not.toContain('Elterncafé'); // no Tuesday
		expect(inRange('2025-07-01', '2025-07-31')).not.toContain('Elterncafé'); // after until
	});

	it('answers date ranges beyond the precomputed window', () => {
		const far = titlesOf(find({ from: '2027-06-01', to: '2027-06-02', topic: 'lernhilfe' }));
		expect(far).toEqual(['Hausaufgabenhilfe']);
		expect(titlesOf(find({ from: '2027-06-05', to: '2027-06-06', topic: 'lernhilfe' }))).toEqual(
			[]
		);
	});

	it('accepts open ranges (only from or only to)', () => {
		expect(titlesOf(find({ from: '2025-05-01', format: 'veranstaltung' }))).toEqual([
			'Naturerlebnistag'
		]);
		expect(titlesOf(find({ to: '2025-05-01', format: 'veranstaltung' }))).toEqual([]);
	});
});

describe('9. facets', () => {
	it('returns every facet, with counts over the query and the other filters', () => {
		const result = find({ district: 'thiede' });
		expect(Object.keys(result.facets).sort()).toEqual([...facetNames].sort());
		// The district facet ignores its own selection …
		expect(result.facets.district).toEqual([
			{ value: 'salzgitter-bad', label: 'Salzgitter-Bad', count: 2 },
			{ value: 'thiede', label: 'Thiede', count: 2 },
			{ value: 'lebenstedt', label: 'Lebenstedt', count: 1 }
		]);
		// … the others count only offers in Thiede.
		expect(result.facets.topic).toEqual([
			{ value: 'eltern', label: 'Eltern und Familie', count: 1 },
			{ value: 'sprache', label: 'Sprache und Sprachförderung', count: 1 }
		]);
		expect(result.facets.provider).toEqual([
			{ value: 'awo-familienzentrum', label: 'AWO Familienzentrum Thiede', count: 2 }
		]);
	});

	it('keeps counts of other values of a facet when two facets are selected', () => {
		const result = find({ district: 'thiede', topic: 'sprache' });
		expect(result.facets.topic.map((v) => [v.value, v.count])).toEqual([
			['eltern', 1],
			['sprache', 1]
		]);
		expect(result.facets.district.map((v) => [v.value, v.count])).toEqual([
			['lebenstedt', 1],
			['thiede', 1]
		]);
	});

	it('labels values in the request language; SDGs with number; flags as value "true"', () => {
		const de = find({ q: 'Naturerlebnistag' }).facets;
		expect(de.sdg).toEqual([
			{ value: '13', label: '13 – Maßnahmen zum Klimaschutz', count: 1 },
			{ value: '15', label: '15 – Leben an Land', count: 1 }
		]);
		expect(de.but).toEqual([{ value: 'true', label: 'Bildung und Teilhabe (BuT)', count: 1 }]);
		const en = find({ q: 'Naturerlebnistag' }, 'en').facets;
		expect(en.lifePhase).toEqual([
			{ value: 'grundschule', label: 'Primary school children (6–10 years)', count: 1 }
		]);
		expect(en.format[0]!.label).toBe('Event');
	});

	it('omits values with count 0 except selected ones', () => {
		const result = find({ q: 'Naturerlebnistag', language: 'fa' });
		expect(result.total).toBe(0);
		expect(result.facets.language).toEqual([
			{ value: 'de', label: 'Deutsch', count: 1 },
			{ value: 'fa', label: 'Persisch', count: 0 }
		]);
		expect(result.facets.topic).toEqual([]);
	});
});

describe('facet value limit', () => {
	const providers = Array.from({ length: 30 }, (_, i) => ({
		slug: `anbieter-${String(i).padStart(2, '0')}`,
		name: `Anbieter ${String(i).padStart(2, '0')}`
	}));
	// Provider i runs i + 1 offers, so the counts are all different.
	const many = providers.flatMap((institution, i) =>
		Array.from({ length: i + 1 }, (_, k) => makeOffer({ title: `Kurs ${i}-${k}`, institution }))
	);
	let engine: SearchEngine;
	beforeAll(() => {
		engine = createSearchEngine({ districts: testDistricts });
		engine.rebuild(many);
	});

	it('returns at most facetLimit values per facet, those with the highest counts', () => {
		const result = engine.search(searchQuery({ facetLimit: '5' }), 'de');
		expect(result.facets.provider.map((f) => f.value)).toEqual([
			'anbieter-29',
			'anbieter-28',
			'anbieter-27',
			'anbieter-26',
			'anbieter-25'
		]);
		expect(result.total).toBe(many.length);
	});

	it('always keeps the selected values, even beyond the limit', () => {
		const result = engine.search(
			searchQuery({ facetLimit: '3', provider: ['anbieter-00', 'anbieter-29'] }),
			'de'
		);
		const values = result.facets.provider.map((f) => f.value);
		expect(values).toContain('anbieter-00');
		expect(values.slice(0, 3)).toEqual(['anbieter-29', 'anbieter-28', 'anbieter-27']);
		expect(values).toHaveLength(4);
	});
});
