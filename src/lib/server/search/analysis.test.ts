import { describe, expect, it } from 'vitest';
import { ZOffer } from '../offers/offer.schemas';
import { analyzeQuery, termOf } from './analyzer';
import { foldWord } from './fold';
import { boundedDamerauLevenshtein, maxEdits } from './fuzzy';
import { stemGerman } from './stemmer';
import { makeOffer } from './test-fixtures';

const stem = (w: string) => stemGerman(foldWord(w.toLowerCase()));

describe('folding', () => {
	it('folds umlauts, ß and typed ae/oe/ue to the same letters', () => {
		expect(foldWord('für')).toBe('fur');
		expect(foldWord('straße')).toBe(foldWord('strasse'));
		expect(foldWord('müller')).toBe('muller');
		expect(foldWord('mueller')).toBe('muller');
		expect(foldWord('foerderung')).toBe(foldWord('förderung'));
		expect(foldWord('aerger')).toBe(foldWord('ärger'));
	});

	it('keeps diphthongs and "qu" intact', () => {
		expect(foldWord('feuer')).toBe('feuer');
		expect(foldWord('neue')).toBe('neue');
		expect(foldWord('bauer')).toBe('bauer');
		expect(foldWord('quelle')).toBe('quelle');
	});

	it('strips other diacritics (Turkish, French, Polish)', () => {
		expect(foldWord('türkçe')).toBe('turkce');
		expect(foldWord('café')).toBe('cafe');
		expect(foldWord('yüzme')).toBe('yuzme');
		expect(foldWord('kırmızı')).toBe('kirmizi');
	});
});

describe('German stemmer', () => {
	it.each([
		['Schwimmkurse', 'Schwimmkurs'],
		['Sprachkurse', 'Sprachkurs'],
		['Kinder', 'Kind'],
		['Kindern', 'Kind'],
		['Schulen', 'Schule'],
		['Familien', 'Familie'],
		['Bücher', 'Buch'],
		['Kurses', 'Kurs']
	])('%s and %s share a stem', (a, b) => {
		expect(stem(a)).toBe(stem(b));
	});

	it('keeps words apart that only look alike', () => {
		expect(stem('Kurs')).not.toBe(stem('Kunst'));
		expect(stem('Jugend')).toBe('jugend');
		expect(stem('Deutsch')).toBe('deutsch');
		expect(stem('Kongress')).toBe('kongress');
	});
});

describe('query analysis', () => {
	it('drops stopwords when other words remain, keeps them otherwise', () => {
		expect(analyzeQuery('Kurs für Kinder').map((w) => w.term)).toEqual([
			termOf('Kurs'),
			termOf('Kinder')
		]);
		expect(analyzeQuery('für').map((w) => w.term)).toEqual(['fur']);
	});

	it('de-duplicates words with the same term', () => {
		expect(analyzeQuery('Schwimmkurs Schwimmkurse')).toHaveLength(1);
	});
});

describe('typo distance', () => {
	it('counts a swap of neighbours as one edit and stops beyond the bound', () => {
		expect(boundedDamerauLevenshtein('hausaufgabenhlif', 'hausaufgabenhilf', 2)).toBe(1);
		expect(boundedDamerauLevenshtein('schwimkur', 'schwimmkur', 2)).toBe(1);
		expect(boundedDamerauLevenshtein('kurs', 'kunst', 1)).toBe(2);
		expect(boundedDamerauLevenshtein('abcdefgh', 'zyxwvuts', 2)).toBe(3);
	});

	it('allows 1 edit for 4–7 letters and 2 from 8 letters', () => {
		expect([3, 4, 7, 8, 15].map(maxEdits)).toEqual([0, 1, 1, 2, 2]);
	});
});

describe('makeOffer', () => {
	it('returns a valid offer', () => {
		expect(() => ZOffer.parse(makeOffer({ title: 'Test', cost: { type: 'paid' } }))).not.toThrow();
	});
});
