/**
 * The offer search contract, shared by the finder page (/angebote) and the API
 * (/api/v1/offers): the same parameter names in both. Multi-valued filters are
 * repeated parameters (?topic=sprache&topic=mint) or comma-separated.
 * Values within one facet are OR'ed; facets are AND'ed.
 */
import { z } from 'zod';
import { zCode, zCodeList, zPage, zPageSize } from '../query-params';

/** Facets in the order the finder shows them. */
export const facetNames = [
	'lifePhase',
	'topic',
	'district',
	'language',
	'format',
	'provider',
	'sdg',
	'free',
	'accessible',
	'but'
] as const;
export type FacetName = (typeof facetNames)[number];

/** Multi-valued facets (the rest are yes/no flags). */
export const listFacets = [
	'lifePhase',
	'topic',
	'district',
	'language',
	'format',
	'provider',
	'sdg'
] as const satisfies readonly FacetName[];
export type ListFacet = (typeof listFacets)[number];
export const flagFacets = ['free', 'accessible', 'but'] as const satisfies readonly FacetName[];
export type FlagFacet = (typeof flagFacets)[number];

export const sortOptions = ['relevance', 'date', 'name', 'distance'] as const;
export type SortOption = (typeof sortOptions)[number];

const flag = z
	.enum(['1', 'true', 'ja', '0', 'false', ''])
	.optional()
	.transform((v) => v === '1' || v === 'true' || v === 'ja');
const day = z
	.string()
	.regex(/^\d{4}-\d{2}-\d{2}$/, 'Datum im Format JJJJ-MM-TT')
	.refine((s) => !Number.isNaN(Date.parse(s)), 'Kein gültiges Datum')
	.optional()
	.or(z.literal('').transform(() => undefined));

export const ZOfferSearchQuery = z
	.object({
		q: z.string().trim().max(200, 'Suchbegriff höchstens 200 Zeichen').optional().default(''),
		lifePhase: zCodeList,
		topic: zCodeList,
		district: zCodeList,
		language: zCodeList,
		format: zCodeList,
		/** Institution slug(s). */
		provider: zCodeList,
		sdg: zCodeList,
		free: flag,
		accessible: flag,
		/** Eligible for "Bildung und Teilhabe". */
		but: flag,
		/** Offers with a date in [from, to] (ongoing offers always match). */
		from: day,
		to: day,
		sort: z.enum(sortOptions).optional().default('relevance'),
		/** District slug to measure distance from (sort=distance). */
		near: zCode.optional().or(z.literal('').transform(() => undefined)),
		page: zPage,
		pageSize: zPageSize,
		/** At most this many values per facet (by count), plus the selected ones. */
		facetLimit: z.coerce.number().int().min(1).max(1000).optional().default(50)
	})
	.meta({ id: 'OfferSearchQuery' });

export type TOfferSearchQuery = z.infer<typeof ZOfferSearchQuery>;

/** Turns URLSearchParams into the raw object ZOfferSearchQuery parses (repeated keys → arrays). */
export function searchParamsToObject(params: URLSearchParams): Record<string, string | string[]> {
	const out: Record<string, string | string[]> = {};
	for (const key of new Set(params.keys())) {
		const all = params.getAll(key);
		out[key] = all.length > 1 ? all : (all[0] ?? '');
	}
	return out;
}

export const ZFacetValue = z.object({
	value: z.string(),
	label: z.string(),
	count: z.number().int()
});
export type TFacetValue = z.infer<typeof ZFacetValue>;
