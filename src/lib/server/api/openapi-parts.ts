/** Building blocks of the OpenAPI document: texts, shared headers, parameters and responses. */
import type { JsonSchema } from './json-schema';

export const offerParams: Record<string, string> = {
	q: 'Free-text search in German; forgives typos and finds inflected forms.',
	lifePhase: 'Phase of life code(s), e.g. `kita`, `grundschule`, `erwachsene`.',
	topic: 'Topic code(s), e.g. `sprache`.',
	district: 'District slug(s) where the offer takes place (see /api/v1/districts).',
	language: 'ISO 639-1 code(s) of languages the offer is held in.',
	format: 'Format code(s): `kurs`, `regelmaessig`, `einzeltermin`, `beratung`, `veranstaltung`.',
	provider: 'Institution slug(s).',
	sdg: 'UN Sustainable Development Goal number(s), 1–17.',
	free: 'Only free offers (`1`, `true` or `ja`).',
	accessible: 'Only wheelchair-accessible offers (`1`, `true` or `ja`).',
	but: 'Only offers eligible for "Bildung und Teilhabe" funding (`1`, `true` or `ja`).',
	from: 'Only offers with a date on or after this day (YYYY-MM-DD); ongoing offers always match.',
	to: 'Only offers with a date on or before this day (YYYY-MM-DD); ongoing offers always match.',
	sort: 'Sort order; `distance` needs `near`.',
	near: 'District slug to measure `distanceKm` from.',
	page: 'Page number, starting at 1.',
	pageSize: 'Items per page, at most 100.',
	lang: 'Language of labels and error messages (`de` or `en`); overrides Accept-Language.'
};

export const institutionParams: Record<string, string> = {
	q: 'Part of the name; case and accents are ignored.',
	type: 'Institution type code(s), e.g. `kita`, `grundschule`, `bibliothek`.',
	district: 'District slug(s) (see /api/v1/districts).',
	language: 'ISO 639-1 code(s) of languages the staff speak (any of them).',
	page: offerParams.page!,
	pageSize: offerParams.pageSize!,
	lang: offerParams.lang!
};

export const ref = (kind: string, name: string) => ({ $ref: `#/components/${kind}/${name}` });

export const okHeaders = {
	'Cache-Control': ref('headers', 'CacheControl'),
	ETag: ref('headers', 'ETag'),
	'Content-Language': ref('headers', 'ContentLanguage'),
	'Access-Control-Allow-Origin': ref('headers', 'AccessControlAllowOrigin'),
	'X-Request-Id': ref('headers', 'RequestId')
};

export function ok(description: string, schema: JsonSchema) {
	return { description, headers: okHeaders, content: { 'application/json': { schema } } };
}

export const commonParams = [ref('parameters', 'AcceptLanguage'), ref('parameters', 'IfNoneMatch')];

export const idParam = (what: string) => ({
	name: 'id',
	in: 'path',
	required: true,
	description: `ID (UUID) of the ${what}. Other strings are answered with 404.`,
	schema: { type: 'string', format: 'uuid' }
});

export function apiDescription(cityName: string): string {
	return [
		`Open-data API of the Bildungslandschaft ${cityName}: education offers, institutions and districts. Reading needs no authentication.`,
		'',
		'**Writing (providers).** Institutions create and change their offers from their own systems with an API token: `POST /api/v1/offers` and `PATCH /api/v1/offers/{id}` with `Authorization: Bearer bl_…` (scheme `bearerAuth`). Managers create tokens in the provider portal. Bodies have the same field names and shapes as the items GET returns, so an offer can be read, changed and sent back. Writes go through the same validation and review as the portal: a new offer, or a change to a published one, is public only after the education office approves it. `?submit=false` saves a draft without sending it to review.',
		'',
		'**Versioning.** Paths under `/api/v1` keep their fields; new optional fields may be added.',
		'',
		'**Language.** Labels (facets, institution types) and error messages are German by default; ask for English with `?lang=en` (accepted by every endpoint) or `Accept-Language: en`. Provider-written text is German; offers carry their own `translations`.',
		'',
		'**Filters.** Offers take exactly the parameters of the offer finder page (`/angebote`), so any finder URL works here with the same query string. Multi-valued filters are repeated (`?topic=sprache&topic=mint`) or comma-separated (`?topic=sprache,mint`); values within one filter are OR’ed, filters are AND’ed.',
		'',
		'**Paging.** `page` starts at 1, `pageSize` is at most 100 (default 20); `total` counts all matches.',
		'',
		'**Errors** are RFC 9457 `application/problem+json` with `type`, `title`, `status`, `detail`, `instance`, `requestId` and, for invalid parameters or body fields (400), `errors: [{ field, message }]` listing every invalid one (body fields by dotted path, e.g. `schedule.dates.0.startsAt`). Unknown IDs and paths give 404. Each `type` URI can be fetched for a description.',
		'',
		'**CORS.** GET responses carry `Access-Control-Allow-Origin: *`; preflight `OPTIONS` requests are answered with 204 (methods GET and OPTIONS; headers Accept, Accept-Language, Content-Type). No credentials, no cookies. Writes are for servers, not browsers: a token is a secret and must not be shipped to web pages, so cross-origin writes are not allowed.',
		'',
		'**Caching.** Successful GET responses are `Cache-Control: public, max-age=60` with a weak `ETag`; send `If-None-Match` to get `304 Not Modified`. Answers to requests with a token are `private, no-store`, write responses `no-store`.'
	].join('\n');
}

/** components.parameters, .headers and .responses (the schemas come from Zod). */
export function sharedComponents(problem: JsonSchema, baseUrl: string) {
	const problemExample = (status: number, slug: string, title: string, detail: string) => ({
		type: `${baseUrl}/api/problems/${slug}`,
		title,
		status,
		detail,
		instance: '/api/v1/offers?pageSize=1000',
		requestId: '3f1c9a5e-2b7d-4c1e-9a0f-5d6e7f8a9b0c'
	});

	return {
		parameters: {
			AcceptLanguage: {
				name: 'Accept-Language',
				in: 'header',
				required: false,
				description: 'Preferred language (de or en) when `lang` is not given.',
				schema: { type: 'string' },
				example: 'en'
			},
			IfNoneMatch: {
				name: 'If-None-Match',
				in: 'header',
				required: false,
				description: 'ETag of a copy you have; answered with 304 when unchanged.',
				schema: { type: 'string' }
			}
		},
		headers: {
			CacheControl: {
				description: 'public, max-age=60',
				schema: { type: 'string' }
			},
			ETag: { description: 'Weak validator of the response body', schema: { type: 'string' } },
			ContentLanguage: {
				description: 'Language of labels and messages (de or en)',
				schema: { type: 'string', enum: ['de', 'en'] }
			},
			AccessControlAllowOrigin: {
				description: 'CORS: every origin may read GET responses',
				schema: { type: 'string', const: '*' }
			},
			RequestId: {
				description: 'ID of this request, also in problem responses as `requestId`',
				schema: { type: 'string' }
			}
		},
		responses: {
			NotModified: {
				description: 'Not modified: the copy named in If-None-Match is current',
				headers: { ETag: ref('headers', 'ETag') }
			},
			BadRequest: {
				description: 'Invalid query parameters; `errors` names each of them',
				headers: { 'X-Request-Id': ref('headers', 'RequestId') },
				content: {
					'application/problem+json': {
						schema: problem,
						example: {
							...problemExample(
								400,
								'invalid-input',
								'Ungültige Anfrage',
								'Mindestens ein Abfrageparameter ist ungültig. Details stehen unter „errors“.'
							),
							errors: [{ field: 'pageSize', message: 'Darf höchstens 100 sein' }]
						}
					}
				}
			},
			NotFound: {
				description: 'No such resource (or not published)',
				headers: { 'X-Request-Id': ref('headers', 'RequestId') },
				content: {
					'application/problem+json': {
						schema: problem,
						example: {
							...problemExample(
								404,
								'not-found',
								'Nicht gefunden',
								'Es gibt kein veröffentlichtes Angebot mit dieser ID.'
							),
							instance: '/api/v1/offers/00000000-0000-4000-8000-000000000000'
						}
					}
				}
			},
			InternalError: {
				description: 'Unexpected server error (logged with the requestId; no internals shown)',
				headers: { 'X-Request-Id': ref('headers', 'RequestId') },
				content: { 'application/problem+json': { schema: problem } }
			}
		}
	};
}
