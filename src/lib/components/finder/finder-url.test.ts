import { describe, expect, it } from 'vitest';
import {
	addValue,
	cleanParams,
	finderHref,
	hasFilters,
	removeValue,
	setParam,
	valuesOf,
	withoutFilters,
	withPage,
	withView
} from './finder-url';

const p = (qs: string) => new URLSearchParams(qs);

describe('finder URL helpers', () => {
	it('splits repeated and comma-separated values', () => {
		expect(valuesOf(p('topic=a,b&topic=c&topic='), 'topic')).toEqual(['a', 'b', 'c']);
	});

	it('cleans form data: no empties, no defaults, near only with distance sort, no duplicates', () => {
		const form: [string, string][] = [
			['q', ' Schwimmkurs '],
			['topic', 'bewegung'],
			['topic', 'bewegung'],
			['from', ''],
			['sort', 'relevance'],
			['near', 'lebenstedt'],
			['view', 'list']
		];
		expect(cleanParams(form).toString()).toBe('q=Schwimmkurs&topic=bewegung');
		expect(cleanParams(p('sort=distance&near=salder')).toString()).toBe(
			'sort=distance&near=salder'
		);
	});

	it('adds a value once and goes back to page 1', () => {
		const out = addValue(p('topic=sprache&page=3'), 'topic', 'mint');
		expect(out.getAll('topic')).toEqual(['sprache', 'mint']);
		expect(out.has('page')).toBe(false);
		expect(addValue(out, 'topic', 'mint').getAll('topic')).toEqual(['sprache', 'mint']);
	});

	it('removes exactly one value, also from a comma list, and keeps the rest', () => {
		expect(removeValue(p('q=kurs&topic=a,b&topic=c&page=2'), 'topic', 'b').toString()).toBe(
			'q=kurs&topic=a&topic=c'
		);
		expect(removeValue(p('free=1&district=x'), 'free', '1').toString()).toBe('district=x');
	});

	it('sets single values, leaving defaults out', () => {
		expect(setParam(p('sort=name&page=2'), 'sort', 'relevance').toString()).toBe('');
		expect(setParam(p('q=a'), 'sort', 'date').toString()).toBe('q=a&sort=date');
	});

	it('pages and views', () => {
		expect(withPage(p('q=a'), 3).toString()).toBe('q=a&page=3');
		expect(withPage(p('q=a&page=3'), 1).toString()).toBe('q=a');
		expect(withView(p('q=a&page=2'), 'map').toString()).toBe('q=a&view=map');
		expect(withView(p('q=a&view=map'), 'list').toString()).toBe('q=a');
	});

	it('resets filters but keeps words, sort and view', () => {
		const params = p('q=a&topic=b&free=1&sort=date&view=map&page=4&from=2026-01-01');
		expect(withoutFilters(params).toString()).toBe('q=a&sort=date&view=map');
		expect(hasFilters(params)).toBe(true);
		expect(hasFilters(withoutFilters(params))).toBe(false);
	});

	it('builds hrefs without a dangling question mark', () => {
		expect(finderHref('/angebote', p(''))).toBe('/angebote');
		expect(finderHref('/en/angebote', p('q=a b'))).toBe('/en/angebote?q=a+b');
	});
});
