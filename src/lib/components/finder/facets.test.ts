import { describe, expect, it } from 'vitest';
import { flagFacets, listFacets, sortOptions } from '$lib/server/search/search.schemas';
import { flagFacetNames, listFacetNames, sortNames } from './facets';

describe('the finder mirrors the search contract', () => {
	it('has the same facet and sort names', () => {
		expect([...listFacetNames]).toEqual([...listFacets]);
		expect([...flagFacetNames]).toEqual([...flagFacets]);
		expect([...sortNames]).toEqual([...sortOptions]);
	});
});
