/**
 * Query and response schemas of the read API (/api/v1). The OpenAPI document
 * is generated from these; tests parse real responses with them.
 */
import { z } from 'zod';
import { OfferStatus, ZOffer } from '../offers/offer.schemas';
import { ZInstitution, ZInstitutionListQuery } from '../institutions/institution.schemas';
import {
	facetNames,
	ZFacetValue,
	ZOfferSearchQuery,
	type FacetName
} from '../search/search.schemas';
import { ZApiLang } from './locale';

/** A YYYY-MM-DD string that names a real day (2024-02-30 does not). */
function isCalendarDate(s: string): boolean {
	const [y, mo, d] = s.split('-').map(Number) as [number, number, number];
	const t = new Date(Date.UTC(y, mo - 1, d));
	return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

/** The finder's parameters (ZOfferSearchQuery) plus `lang`, with stricter date checks. */
export const ZOfferApiQuery = ZOfferSearchQuery.extend({ lang: ZApiLang.optional() }).superRefine(
	(q, ctx) => {
		for (const field of ['from', 'to'] as const) {
			const v = q[field];
			if (v && !isCalendarDate(v)) {
				ctx.addIssue({ code: 'custom', path: [field], params: { key: 'date' }, message: 'date' });
			}
		}
		if (q.from && q.to && q.from > q.to) {
			ctx.addIssue({
				code: 'custom',
				path: ['to'],
				params: { key: 'date_order' },
				message: 'date_order'
			});
		}
	}
);
export type TOfferApiQuery = z.infer<typeof ZOfferApiQuery>;

export const ZInstitutionApiQuery = ZInstitutionListQuery.extend({ lang: ZApiLang.optional() });

export const ZOfferListItem = ZOffer.extend({
	nextDate: z.iso
		.datetime({ offset: true })
		.nullable()
		.describe('Next start from today (dated and recurring offers), else null'),
	distanceKm: z
		.number()
		.nullable()
		.describe('Distance in km from the centre of the `near` district, else null')
}).meta({ id: 'OfferListItem', description: 'An Offer plus its next date and distance' });
export type TOfferListItem = z.infer<typeof ZOfferListItem>;

const ZApiFacetValue = ZFacetValue.meta({
	id: 'FacetValue',
	description: 'One value of a facet with its label in the response language and its count'
});

export const ZFacets = z
	.object(
		Object.fromEntries(facetNames.map((f) => [f, z.array(ZApiFacetValue)])) as Record<
			FacetName,
			z.ZodArray<typeof ZApiFacetValue>
		>
	)
	.meta({
		id: 'Facets',
		description:
			'Counts per facet value for the current query, each facet counted with the other facets’ filters applied'
	});

export const ZOfferList = z
	.object({
		total: z.number().int().describe('Number of matching offers'),
		page: z.number().int(),
		pageSize: z.number().int(),
		items: z.array(ZOfferListItem),
		facets: ZFacets,
		suggestion: z
			.string()
			.nullable()
			.describe('"Did you mean": a corrected query when the query found little or nothing')
	})
	.meta({ id: 'OfferList' });
export type TOfferList = z.infer<typeof ZOfferList>;

export const ZInstitutionList = z
	.object({
		total: z.number().int().describe('Number of matching institutions'),
		page: z.number().int(),
		pageSize: z.number().int(),
		items: z.array(ZInstitution)
	})
	.meta({ id: 'InstitutionList' });
export type TInstitutionList = z.infer<typeof ZInstitutionList>;

export const ZOfferReference = z
	.object({ id: z.uuid(), slug: z.string(), title: z.string(), url: z.string() })
	.meta({ id: 'OfferReference' });

export const ZInstitutionDetail = ZInstitution.extend({
	offers: z.array(ZOfferReference).describe('The institution’s published offers')
}).meta({ id: 'InstitutionDetail' });
export type TInstitutionDetail = z.infer<typeof ZInstitutionDetail>;

export const ZDistrictSummary = z
	.object({
		slug: z.string(),
		name: z.string(),
		borough: z.string().describe('The borough (Ortschaft) the district belongs to'),
		lat: z.number(),
		lon: z.number(),
		coordinatesApproximate: z
			.boolean()
			.describe('true where the centre coordinates are good only to about 1 km'),
		population: z.number().int(),
		offerCount: z.number().int().describe('Published offers taking place in the district'),
		institutionCount: z.number().int().describe('Institutions located in the district')
	})
	.meta({ id: 'District' });

export const ZDistrictList = z
	.object({ total: z.number().int(), items: z.array(ZDistrictSummary) })
	.meta({ id: 'DistrictList' });
export type TDistrictList = z.infer<typeof ZDistrictList>;

export const ZProblemType = z
	.object({
		type: z.string(),
		title: z.string(),
		status: z.number().int(),
		description: z.string()
	})
	.meta({ id: 'ProblemType', description: 'Description of one problem type' });
export type TProblemType = z.infer<typeof ZProblemType>;

const ZDateTime = z.iso.datetime({ offset: true });

export const ZReviewNote = z
	.object({
		kind: z
			.enum(['comment', 'changes_requested', 'rejected', 'approved', 'submitted'])
			.describe('`changes_requested`, `rejected` and `approved` are review decisions'),
		body: z.string().describe('The text (the reviewer’s reason for a decision)'),
		fromOffice: z.boolean().describe('true when written by the education office'),
		createdAt: ZDateTime
	})
	.meta({ id: 'ReviewNote', description: 'One entry of the review thread of an offer' });

export const ZModeration = z
	.object({
		status: OfferStatus.describe(
			'Same as the offer’s `status`: only `published` offers are public'
		),
		changeState: z
			.enum(['draft', 'in_review', 'changes_requested'])
			.nullable()
			.describe(
				'State of a pending change to a published offer (the public version stays online until the change is approved); null when there is none'
			),
		submittedAt: ZDateTime.nullable().describe('When the offer or change was last sent to review'),
		comments: z.array(ZReviewNote).describe('The review thread, oldest first')
	})
	.meta({ id: 'Moderation', description: 'Where the offer stands in review' });

export const ZOfferForProvider = ZOffer.extend({ moderation: ZModeration }).meta({
	id: 'OfferForProvider',
	description:
		'An offer as its own institution sees it (answers to a token of that institution): the working copy — the content last sent, including a change that still waits for review — in any status, plus `moderation`'
});
export type TOfferForProvider = z.infer<typeof ZOfferForProvider>;
