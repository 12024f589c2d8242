/**
 * The OpenAPI 3.1 document of the API (open-data reads and the providers'
 * write API), generated from the Zod schemas the handlers use (served at
 * /api/openapi.json).
 */
import { ZOffer } from '../offers/offer.schemas';
import { facetNames } from '../search/search.schemas';
import { problemTypes, ZProblem } from './problem';
import { queryParameters, SchemaCollector, type JsonSchema } from './json-schema';
import {
	apiDescription,
	commonParams,
	idParam,
	institutionParams,
	offerParams,
	ok,
	okHeaders,
	ref,
	sharedComponents
} from './openapi-parts';
import { ZWriteQuery } from './offers-write';
import {
	bearerAuth,
	offerPatchExample,
	offerWriteExample,
	writeComponents,
	writeErrors,
	writeSchemas
} from './openapi-write';
import {
	ZDistrictList,
	ZInstitutionApiQuery,
	ZInstitutionDetail,
	ZInstitutionList,
	ZOfferApiQuery,
	ZOfferForProvider,
	ZOfferList,
	ZProblemType
} from './schemas';

export interface OpenApiOptions {
	/** Public origin without trailing slash, e.g. https://bildung.salzgitter.de */
	baseUrl: string;
	cityName: string;
	office?: { name: string; email: string; website: string };
}

const API_VERSION = '1.0.0';

function build(opts: OpenApiOptions) {
	const c = new SchemaCollector();
	const problem = c.output(ZProblem);
	const offerList = c.output(ZOfferList);
	const offer = c.output(ZOffer);
	const institutionList = c.output(ZInstitutionList);
	const institutionDetail = c.output(ZInstitutionDetail);
	const districtList = c.output(ZDistrictList);
	const problemType = c.output(ZProblemType);
	const offerForProvider = c.output(ZOfferForProvider);
	const body = writeSchemas(c);
	const writeQuery = queryParameters(c, ZWriteQuery, {
		submit:
			'`true` (default): send the offer, or the change of a published offer, to review. `false`: only save it as a draft (an offer already in review stays in review).',
		lang: offerParams.lang!
	}).map((p) => (p.name === 'submit' ? { ...p, schema: { type: 'boolean', default: true } } : p));
	const write = writeComponents(problem, opts.baseUrl);
	const writeHeaders = {
		'Content-Language': ref('headers', 'ContentLanguage'),
		'X-Request-Id': ref('headers', 'RequestId')
	};
	const providerOffer = (description: string, extraHeaders = {}) => ({
		description,
		headers: { ...extraHeaders, ...writeHeaders },
		content: { 'application/json': { schema: offerForProvider } }
	});
	const tokenOnly = [{ bearerAuth: [] }];
	const offerQuery = queryParameters(c, ZOfferApiQuery, offerParams).map((p) =>
		p.name === 'from' || p.name === 'to'
			? { ...p, schema: { ...(p.schema as JsonSchema), format: 'date' } }
			: p
	);
	const institutionQuery = queryParameters(c, ZInstitutionApiQuery, institutionParams);
	const langParam = institutionQuery.find((p) => p.name === 'lang')!;
	const errors = {
		'400': ref('responses', 'BadRequest'),
		'404': ref('responses', 'NotFound'),
		'500': ref('responses', 'InternalError')
	};
	const listErrors = {
		'400': ref('responses', 'BadRequest'),
		'500': ref('responses', 'InternalError')
	};
	const cached = { '304': ref('responses', 'NotModified') };
	return {
		openapi: '3.1.0',
		info: {
			title: `Bildungslandschaft ${opts.cityName} – Open-Data-API`,
			version: API_VERSION,
			summary: 'Education offers, institutions and districts as open data.',
			description: apiDescription(opts.cityName),
			license: {
				name: 'Datenlizenz Deutschland – Namensnennung – Version 2.0',
				url: 'https://www.govdata.de/dl-de/by-2-0'
			},
			...(opts.office
				? {
						contact: { name: opts.office.name, email: opts.office.email, url: opts.office.website }
					}
				: {})
		},
		servers: [{ url: opts.baseUrl, description: `Bildungslandschaft ${opts.cityName}` }],
		security: [],
		tags: [
			{
				name: 'Offers',
				description:
					'Published education offers and the offer search; with an institution’s API token, creating and changing its offers.'
			},
			{ name: 'Institutions', description: 'Kitas, schools, VHS, libraries, associations …' },
			{ name: 'Districts', description: 'The city’s districts with counts of offers.' },
			{ name: 'Open data', description: 'Files for calendars and other tools.' },
			{ name: 'Meta', description: 'This document and the problem types of errors.' }
		],
		paths: {
			'/api/v1/offers': {
				get: {
					operationId: 'listOffers',
					tags: ['Offers'],
					summary: 'Search published offers',
					description: `The offer finder as JSON: matching offers (one page) and counts per facet value (${facetNames.join(', ')}).`,
					parameters: [...offerQuery, ...commonParams],
					responses: {
						'200': ok('One page of matching offers', offerList),
						...cached,
						...listErrors
					}
				},
				post: {
					operationId: 'createOffer',
					tags: ['Offers'],
					summary: 'Create an offer (API token)',
					description:
						'Creates an offer for the token’s institution with the same validation and moderation as the provider portal’s editor. The offer is not public until the education office approves it: until then GET without a token answers 404. Every invalid field is listed in one 400 answer.',
					security: tokenOnly,
					parameters: [...writeQuery, ref('parameters', 'AcceptLanguage')],
					requestBody: {
						required: true,
						description: 'The offer (at most 1 MB of UTF-8 JSON)',
						content: {
							'application/json': { schema: body.write, example: offerWriteExample }
						}
					},
					responses: {
						'201': providerOffer('Created; the offer as its institution sees it', {
							Location: ref('headers', 'Location')
						}),
						...writeErrors
					}
				}
			},
			'/api/v1/offers/{id}': {
				get: {
					operationId: 'getOffer',
					tags: ['Offers'],
					summary: 'One published offer',
					description:
						'Without a token (or with another institution’s token): the published offer, else 404. With a token of the offer’s institution: the offer in any status as `OfferForProvider` — the working copy (including a change that waits for review) plus `moderation`; such answers are private (`Cache-Control: private, no-store`).',
					security: [{}, { bearerAuth: [] }],
					parameters: [idParam('offer'), langParam, ...commonParams],
					responses: {
						'200': ok('The offer', { anyOf: [offer, offerForProvider] }),
						...cached,
						...errors,
						'401': ref('responses', 'Unauthorized')
					}
				},
				patch: {
					operationId: 'updateOffer',
					tags: ['Offers'],
					summary: 'Change an offer (API token)',
					description:
						'Applies the body as a JSON Merge Patch to the offer’s working copy and validates the result like the editor does. A draft or an offer in review changes in place; a published offer gets a pending change and stays public unchanged until the education office approves the change. A complete item read with GET (changed or not) is a valid body.',
					security: tokenOnly,
					parameters: [idParam('offer'), ...writeQuery, ref('parameters', 'AcceptLanguage')],
					requestBody: {
						required: true,
						description: 'The members to change (at most 1 MB of UTF-8 JSON)',
						content: {
							'application/merge-patch+json': { schema: body.patch, example: offerPatchExample },
							'application/json': { schema: body.patch, example: offerPatchExample }
						}
					},
					responses: {
						'200': providerOffer('Saved; the offer as its institution sees it'),
						...writeErrors,
						'404': ref('responses', 'NotFound')
					}
				}
			},
			'/api/v1/institutions': {
				get: {
					operationId: 'listInstitutions',
					tags: ['Institutions'],
					summary: 'List institutions',
					description:
						'Institutions sorted by name, filtered by name, type, district and language.',
					parameters: [...institutionQuery, ...commonParams],
					responses: {
						'200': ok('One page of matching institutions', institutionList),
						...cached,
						...listErrors
					}
				}
			},
			'/api/v1/institutions/{id}': {
				get: {
					operationId: 'getInstitution',
					tags: ['Institutions'],
					summary: 'One institution with its published offers',
					parameters: [idParam('institution'), langParam, ...commonParams],
					responses: { '200': ok('The institution', institutionDetail), ...cached, ...errors }
				}
			},
			'/api/v1/districts': {
				get: {
					operationId: 'listDistricts',
					tags: ['Districts'],
					summary: 'All districts with counts',
					parameters: [langParam, ...commonParams],
					responses: { '200': ok('Every district', districtList), ...cached, ...listErrors }
				}
			},
			'/angebote/{slug}/kalender.ics': {
				get: {
					operationId: 'getOfferCalendar',
					tags: ['Open data'],
					summary: 'An offer’s dates as iCalendar (RFC 5545)',
					description:
						'One VEVENT per date, or one recurring VEVENT (RRULE, EXDATE) for regular offers, times in Europe/Berlin. Offers without dates have no calendar file (404).',
					parameters: [
						{
							name: 'slug',
							in: 'path',
							required: true,
							description: 'The offer’s slug (see `slug` in Offer).',
							schema: { type: 'string', pattern: '^[a-z0-9-]+$' }
						}
					],
					responses: {
						'200': {
							description: 'The calendar file (download)',
							content: { 'text/calendar': { schema: { type: 'string' } } }
						},
						'404': {
							description: 'No published offer with this slug, or it has no dates',
							content: { 'text/html': { schema: { type: 'string' } } }
						}
					}
				}
			},
			'/api/openapi.json': {
				get: {
					operationId: 'getOpenApiDocument',
					tags: ['Meta'],
					summary: 'This OpenAPI 3.1 document',
					parameters: [langParam, ...commonParams],
					responses: {
						'200': {
							description: 'The OpenAPI document',
							headers: okHeaders,
							content: { 'application/json': { schema: { type: 'object' } } }
						},
						...cached,
						...listErrors
					}
				}
			},
			'/api/problems/{type}': {
				get: {
					operationId: 'getProblemType',
					tags: ['Meta'],
					summary: 'Description of a problem type',
					description: 'The `type` URI of every error response points here.',
					parameters: [
						{
							name: 'type',
							in: 'path',
							required: true,
							description: 'The last segment of a problem `type` URI.',
							schema: { type: 'string', enum: Object.keys(problemTypes) }
						},
						langParam,
						ref('parameters', 'AcceptLanguage')
					],
					responses: { '200': ok('The problem type', problemType), ...errors }
				}
			}
		},
		components: (() => {
			const shared = sharedComponents(problem, opts.baseUrl);
			return {
				schemas: c.schemas,
				securitySchemes: { bearerAuth },
				parameters: shared.parameters,
				headers: { ...shared.headers, ...write.headers },
				responses: { ...shared.responses, ...write.responses }
			};
		})()
	};
}

export type OpenApiDocument = ReturnType<typeof build>;

const cache = new Map<string, OpenApiDocument>();

/** The document for one public origin (built once, then reused). */
export function buildOpenApiDocument(opts: OpenApiOptions): OpenApiDocument {
	const key = JSON.stringify(opts);
	let doc = cache.get(key);
	if (!doc) cache.set(key, (doc = build(opts)));
	return doc;
}
