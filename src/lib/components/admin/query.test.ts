import { describe, expect, it } from 'vitest';
import { hrefWith } from './query';

describe('hrefWith', () => {
	it('keeps non-empty parameters and appends a form action', () => {
		expect(hrefWith('/admin/pruefung', { kind: 'new', q: '', page: null })).toBe(
			'/admin/pruefung?kind=new'
		);
		expect(hrefWith('/admin/pruefung', {})).toBe('/admin/pruefung');
		expect(hrefWith('/admin/pruefung', { q: 'a&b', page: 2 }, 'bulk')).toBe(
			'/admin/pruefung?q=a%26b&page=2&/bulk'
		);
		expect(hrefWith('/admin/pruefung', {}, 'bulk')).toBe('/admin/pruefung?/bulk');
	});
});
