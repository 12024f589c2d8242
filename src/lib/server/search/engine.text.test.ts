/** Behaviours 1–7: German text matching, ranking and "did you mean". */
import { beforeAll, describe, expect, it } from 'vitest';
import { createSearchEngine, type SearchEngine } from '.';
import { makeOffer, searchQuery, testDistricts, titlesOf } from './test-fixtures';

const offers = [
	makeOffer({
		title: 'Schwimmkurs für Anfänger',
		description: 'Wassergewöhnung und erste Schwimmzüge.'
	}),
	makeOffer({ title: 'Schwimmkurse in den Ferien', description: 'Fünf Tage im Hallenbad.' }),
	makeOffer({ title: 'Sprachkurs Deutsch A1', description: 'Grundlagen für den Alltag.' }),
	makeOffer({ title: 'Erste Hilfe am Kind', description: 'Notfälle bei Babys erkennen.' }),
	makeOffer({ title: 'Kurs: Erste Hilfe', description: 'Auffrischung für Ehrenamtliche.' }),
	makeOffer({
		title: 'Sprachförderung in der Kita',
		description: 'Alltagsintegriert, spielerisch.'
	}),
	makeOffer({ title: 'Integrationskurs für Frauen', description: 'Mit Kinderbetreuung.' }),
	makeOffer({
		title: 'Hausaufgabenhilfe im Jugendzentrum',
		description: 'Unterstützung nach der Schule.',
		location: { district: { slug: 'thiede', name: 'Thiede' } }
	}),
	makeOffer({ title: 'Lernwerkstatt für Mädchen', description: 'Technik ausprobieren.' }),
	makeOffer({
		title: 'Spaziergang durch die Straße der Kunst',
		description: 'Kunst im öffentlichen Raum.'
	}),
	makeOffer({ title: 'Lesung mit Anna Müller', description: 'Bilderbücher zum Mitmachen.' }),
	makeOffer({ title: 'Förderung für Grundschulkinder', description: 'In kleinen Gruppen.' }),
	makeOffer({ title: 'Lesepaten', description: 'Ehrenamtliche lesen vor.' }),
	// Ranking fixture: "Musik" in the title / only in a topic label / only in the body.
	makeOffer({ title: 'Musik für die Kleinsten', description: 'Singen und Bewegen.' }),
	makeOffer({
		title: 'Nachmittagsgruppe',
		topics: ['musik'],
		description: 'Singen, tanzen und spielen.'
	}),
	makeOffer({ title: 'Offener Treff', description: 'Wir singen, spielen und machen Musik.' }),
	makeOffer({
		title: 'Offener Abend',
		description: 'Gespräche und Spiele.',
		institution: { slug: 'haus-der-musik', name: 'Haus der Musik' }
	}),
	makeOffer({
		title: 'Schwimmkurs für Kinder',
		description: 'Seepferdchen-Vorbereitung.',
		location: { district: { slug: 'thiede', name: 'Thiede' } },
		institution: { slug: 'sv-thiede', name: 'Schwimmverein Thiede' },
		translations: {
			en: { title: 'Swimming course for children', summary: 'Get ready for the first badge.' },
			tr: { title: 'Çocuklar için yüzme kursu' }
		}
	})
];

let engine: SearchEngine;
const search = (q: string) => engine.search(searchQuery({ q }), 'de');
const scoreOf = (q: string, title: string) =>
	search(q).hits.find((h) => h.offer.title === title)?.score;

beforeAll(() => {
	engine = createSearchEngine({ districts: testDistricts });
	engine.rebuild(offers);
});

describe('1. stemming: plural and singular', () => {
	it('"Schwimmkurse" finds "Schwimmkurs" and "Schwimmkurs" finds "Schwimmkurse"', () => {
		expect(titlesOf(search('Schwimmkurse'))).toContain('Schwimmkurs für Anfänger');
		expect(titlesOf(search('Schwimmkurs'))).toContain('Schwimmkurse in den Ferien');
	});

	it('"Sprachkurse" finds "Sprachkurs" and "Kinder" finds "Kind"', () => {
		expect(titlesOf(search('Sprachkurse'))).toEqual(['Sprachkurs Deutsch A1']);
		expect(titlesOf(search('Kinder'))).toContain('Erste Hilfe am Kind');
	});
});

describe('2. parts of compound words', () => {
	it('"Kurs" finds "Schwimmkurs", but ranks the offer called "Kurs" first', () => {
		const titles = titlesOf(search('Kurs'));
		expect(titles).toContain('Schwimmkurs für Anfänger');
		expect(titles).toContain('Integrationskurs für Frauen');
		expect(titles[0]).toBe('Kurs: Erste Hilfe');
		expect(titles).not.toContain('Lesepaten');
	});

	it('"Förderung" and "Sprache" find "Sprachförderung"', () => {
		expect(titlesOf(search('Förderung'))).toContain('Sprachförderung in der Kita');
		expect(titlesOf(search('Sprache'))).toContain('Sprachförderung in der Kita');
	});
});

describe('3. typos', () => {
	it.each([
		['Schwimkurs', 'Schwimmkurs für Anfänger'],
		['Integratonskurs', 'Integrationskurs für Frauen'],
		['Hausaufgabenhlife', 'Hausaufgabenhilfe im Jugendzentrum']
	])('"%s" finds "%s"', (q, title) => {
		expect(titlesOf(search(q))).toContain(title);
	});

	it('scores a typo match below the exact match', () => {
		const title = 'Integrationskurs für Frauen';
		expect(scoreOf('Integratonskurs', title)!).toBeLessThan(scoreOf('Integrationskurs', title)!);
	});
});

describe('4. folding', () => {
	it.each([
		['fur', 'für', 'Lernwerkstatt für Mädchen'],
		['Madchen', 'Mädchen', 'Lernwerkstatt für Mädchen'],
		['Strasse', 'Straße', 'Spaziergang durch die Straße der Kunst'],
		['Muller', 'Müller', 'Lesung mit Anna Müller'],
		['Mueller', 'Müller', 'Lesung mit Anna Müller'],
		['Foerderung', 'Förderung', 'Förderung für Grundschulkinder']
	])('"%s" finds "%s" as an exact match', (typed, written, title) => {
		// Same score as the spelling in the offer: matched by folding, not as a typo.
		expect(scoreOf(typed, title)).toBeDefined();
		expect(scoreOf(typed, title)).toBe(scoreOf(written, title));
		expect(search(typed).suggestion).toBeNull();
	});
});

describe('5. ranking and matching all words', () => {
	it('ranks title before topic before description', () => {
		const titles = titlesOf(search('Musik'));
		const rank = (t: string) => titles.indexOf(t);
		expect(rank('Musik für die Kleinsten')).toBe(0);
		expect(rank('Nachmittagsgruppe')).toBeLessThan(rank('Offener Treff'));
		expect(rank('Offener Abend')).toBeLessThan(rank('Offener Treff'));
	});

	it('requires every word: "Schwimmkurs Thiede" finds only the offer in Thiede', () => {
		const result = search('Schwimmkurs Thiede');
		expect(titlesOf(result)).toEqual(['Schwimmkurs für Kinder']);
		expect(result.relaxed).toBe(false);
	});

	it('falls back to any word when no offer has all of them, and says so', () => {
		const result = search('Schwimmkurs Xylophon');
		expect(result.relaxed).toBe(true);
		expect(titlesOf(result)).toContain('Schwimmkurs für Anfänger');
	});
});

describe('6. institution, district and translations are searchable', () => {
	it.each([
		['Schwimmverein', 'Schwimmkurs für Kinder'],
		['Thiede', 'Hausaufgabenhilfe im Jugendzentrum'],
		['swimming children', 'Schwimmkurs für Kinder'],
		['yüzme', 'Schwimmkurs für Kinder'],
		['yuzme kursu', 'Schwimmkurs für Kinder']
	])('"%s" finds "%s"', (q, title) => {
		expect(titlesOf(search(q))).toContain(title);
	});
});

describe('7. did you mean', () => {
	it('replaces unknown words by their correction, in the spelling of the offers', () => {
		expect(search('Schwimkurs').suggestion).toBe('Schwimmkurs');
		expect(search('hausaufgabenhlife Thiede').suggestion).toBe('Hausaufgabenhilfe Thiede');
	});

	it('offers the common spelling when a rare spelling found little', () => {
		const typoEngine = createSearchEngine({ districts: testDistricts });
		typoEngine.rebuild([
			makeOffer({ title: 'Seepferdchen', description: 'Unser Schwimkurs für Kinder.' }),
			...Array.from({ length: 12 }, (_, i) => makeOffer({ title: `Schwimmkurs ${i + 1}` }))
		]);
		const result = typoEngine.search(searchQuery({ q: 'Schwimkurs' }), 'de');
		expect(titlesOf(result)).toEqual(['Seepferdchen']);
		expect(result.suggestion).toBe('Schwimmkurs');
	});

	it('suggests nothing for known words or words without a close match', () => {
		expect(search('Schwimmkurs').suggestion).toBeNull();
		const nothing = search('Qwxzvbn');
		expect(nothing.total).toBe(0);
		expect(nothing.suggestion).toBeNull();
	});
});
