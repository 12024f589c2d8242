/**
 * The facet names of the search contract, mirrored for the browser (the
 * contract's module lives in $lib/server). A unit test keeps both in step.
 */
export const listFacetNames = [
	'lifePhase',
	'topic',
	'district',
	'language',
	'format',
	'provider',
	'sdg'
] as const;
export type ListFacet = (typeof listFacetNames)[number];

export const flagFacetNames = ['free', 'accessible', 'but'] as const;
export type FlagFacet = (typeof flagFacetNames)[number];

export const sortNames = ['relevance', 'date', 'name', 'distance'] as const;
export type SortName = (typeof sortNames)[number];

/** How many values of a facet are shown before "show more". */
export const FACET_VISIBLE = 10;
