/**
 * The write API in the OpenAPI document: the bearer security scheme, the
 * request body schemas (generated from the offer write schema with
 * io: 'input', plus the code lists as enums), the POST and PATCH operations
 * and their problem responses.
 */
import { cityConfig } from '../config/city';
import { termCodes } from '../config/taxonomies';
import { offerInputSchema } from '../offers/offer-input';
import type { SchemaCollector, JsonSchema } from './json-schema';
import { MAX_BODY_BYTES } from './body';
import { ref } from './openapi-parts';

const isObj = (v: unknown): v is JsonSchema => !!v && typeof v === 'object' && !Array.isArray(v);

/** Deep copy without the members `drop` rejects (schema keywords only, never property names). */
function without(schema: unknown, drop: (key: string, value: unknown) => boolean): unknown {
	if (Array.isArray(schema)) return schema.map((s) => without(s, drop));
	if (!isObj(schema)) return schema;
	const out: JsonSchema = {};
	for (const [k, v] of Object.entries(schema)) {
		if (k === 'properties' && isObj(v)) {
			out[k] = Object.fromEntries(Object.entries(v).map(([p, s]) => [p, without(s, drop)]));
		} else if (!drop(k, v)) {
			out[k] = without(v, drop);
		}
	}
	return out;
}

/** A property schema by path (through `anyOf` branches, `items` and `additionalProperties`). */
function at(schema: JsonSchema, ...path: string[]): JsonSchema {
	let node: JsonSchema = schema;
	for (const seg of path) {
		const next =
			seg === '[]'
				? node.items
				: seg === '{}'
					? node.additionalProperties
					: (node.properties as Record<string, JsonSchema> | undefined)?.[seg];
		if (isObj(next)) node = next;
		else {
			const branch = (node.anyOf as JsonSchema[] | undefined)?.find((b) => b.type === 'object');
			const inBranch = (branch?.properties as Record<string, JsonSchema> | undefined)?.[seg];
			if (!inBranch) throw new Error(`OpenAPI: no schema at ${path.join('.')}`);
			node = inBranch;
		}
	}
	return node;
}

export const offerWriteExample = {
	externalId: 'kurs-2027-017',
	title: 'Deutsch im Alltag',
	summary: 'Gesprächskurs für Erwachsene, Niveau A2',
	description:
		'Ein Gesprächskurs für Menschen, die Deutsch im Alltag sicherer sprechen möchten: beim Arzt, im Amt, beim Einkaufen.',
	translations: {
		en: { title: 'German for everyday life', summary: 'Conversation course for adults, level A2' }
	},
	format: 'kurs',
	topics: ['sprache'],
	lifePhases: ['erwachsene'],
	ageMin: 16,
	ageMax: null,
	languages: ['de'],
	cost: { type: 'paid', amountCents: 4900, note: null, reducedFeeAvailable: true },
	butEligible: false,
	accessibility: { wheelchairAccessible: true, notes: 'Aufzug am Seiteneingang' },
	location: { atInstitution: true },
	schedule: {
		type: 'dates',
		note: null,
		dates: [
			{ startsAt: '2027-03-02T17:00:00+01:00', endsAt: '2027-03-02T18:30:00+01:00', note: null },
			{ startsAt: '2027-03-09T17:00:00+01:00', endsAt: '2027-03-09T18:30:00+01:00', note: null }
		]
	},
	registration: {
		required: true,
		url: 'https://vhs.example/kurse/2027-017',
		email: null,
		phone: null,
		note: null
	},
	sdgs: [4]
};

export const offerPatchExample = { title: 'Deutsch im Alltag (A2)', summary: null };

/** OfferWrite and OfferPatch, added to the collector's schemas. */
export function writeSchemas(c: SchemaCollector): { write: JsonSchema; patch: JsonSchema } {
	// Zod's long date-time and uuid patterns say no more than `format` does.
	const generated = without(
		c.input(offerInputSchema('en')),
		(k, v) => k === 'pattern' && typeof v === 'string' && v.length > 60
	) as JsonSchema;
	const write: JsonSchema = {
		...generated,
		description:
			'The write body of an offer: the same field names and shapes as `Offer`, so an item read with GET can be changed and sent back. Read-only members (`id`, `slug`, `url`, `status`, `lastVerifiedAt`, `publishedAt`, `updatedAt`, `moderation`, `institution.name`, `institution.type`, `location.district.name`, and the address of offers held at the institution) are ignored. Codes come from the lists given as `enum`.',
		required: (generated.required as string[]).filter((r) => r !== 'institution')
	};
	at(write, 'institution').description =
		'The institution (by `id` or `slug`). May be omitted: it defaults to the token’s institution; naming another institution is answered with 403.';
	at(write, 'externalId').description =
		'Your own identifier; unique per institution (a taken one gives 409).';
	at(write, 'format').enum = termCodes('formats');
	at(write, 'topics', '[]').enum = termCodes('topics');
	at(write, 'lifePhases', '[]').enum = termCodes('life-phases');
	at(write, 'languages', '[]').enum = termCodes('languages');
	at(write, 'translations').propertyNames = {
		type: 'string',
		enum: termCodes('languages').filter((l) => l !== 'de')
	};
	at(write, 'translations').description =
		'Translations by language code (not `de`: German is the main text).';
	at(write, 'location', 'district', 'slug').enum = cityConfig().districts.map((d) => d.slug);
	at(write, 'location').description =
		'Where the offer takes place. With `atInstitution: true` (default) the institution’s address is used; otherwise street, postalCode, locality and district are required.';
	at(write, 'schedule').description =
		'`dates`: at least one entry in `dates`. `recurring`: `rrule` (RFC 5545, e.g. `FREQ=WEEKLY;BYDAY=TU`) and `start` are required. `ongoing`: no dates.';
	at(write, 'cost', 'amountCents').description =
		'Price in euro cents; for `paid` offers give it or a `note`.';

	// A merge patch: every member optional and without defaults (absent = unchanged).
	const patch = without(
		write,
		(k, v) => (k === 'required' && Array.isArray(v)) || k === 'default'
	) as JsonSchema;
	patch.description =
		'A JSON Merge Patch (RFC 7396) of `OfferWrite` applied to the current working copy: objects are merged member by member, arrays and other values replace the current value, `null` removes a member (it then takes its default or becomes empty; required fields cannot be removed). A complete item read with GET is a valid patch. `institution` cannot be changed.';
	c.schemas.OfferWrite = write;
	c.schemas.OfferPatch = patch;
	return { write: ref('schemas', 'OfferWrite'), patch: ref('schemas', 'OfferPatch') };
}

export const bearerAuth = {
	type: 'http',
	scheme: 'bearer',
	bearerFormat: 'bl_…',
	description:
		'An API token of one institution (`Authorization: Bearer bl_…`). Managers of an institution create and revoke tokens in the provider portal (Anbieterportal → Einrichtung → API-Tokens); a token is shown once. It creates and changes only its own institution’s offers. Browser sessions do not authorize writes.'
};

/** components.headers and components.responses of the write operations. */
export function writeComponents(problem: JsonSchema, baseUrl: string) {
	const example = (status: number, slug: string, title: string, detail: string, extra = {}) => ({
		type: `${baseUrl}/api/problems/${slug}`,
		title,
		status,
		detail,
		instance: '/api/v1/offers',
		requestId: '3f1c9a5e-2b7d-4c1e-9a0f-5d6e7f8a9b0c',
		...extra
	});
	const requestId = { 'X-Request-Id': ref('headers', 'RequestId') };
	const problemContent = (ex: JsonSchema) => ({
		'application/problem+json': { schema: problem, example: ex }
	});
	return {
		headers: {
			Location: {
				description: 'Path of the created offer',
				schema: { type: 'string', example: '/api/v1/offers/6f1c0d7e-1b2a-4c3d-8e9f-0a1b2c3d4e5f' }
			},
			WWWAuthenticate: {
				description:
					'`Bearer realm="Bildungslandschaft"`, with `error="invalid_token"` when the token sent is unknown or revoked (RFC 6750)',
				schema: { type: 'string' }
			},
			AcceptPost: {
				description: 'The media types POST accepts',
				schema: { type: 'string', const: 'application/json' }
			},
			AcceptPatch: {
				description: 'The media types PATCH accepts',
				schema: { type: 'string', const: 'application/json, application/merge-patch+json' }
			}
		},
		responses: {
			InvalidBody: {
				description:
					'Invalid body, parameter or JSON syntax; `errors` names every invalid field by its dotted path (`(body)` for JSON syntax errors)',
				headers: requestId,
				content: problemContent(
					example(
						400,
						'invalid-input',
						'Ungültige Anfrage',
						'Mindestens ein Feld des Angebots ist ungültig. Details stehen unter „errors“.',
						{
							errors: [
								{ field: 'title', message: 'Mindestens 3 Zeichen.' },
								{ field: 'topics', message: 'Bitte wählen Sie mindestens einen Eintrag.' },
								{
									field: 'schedule.dates.0.startsAt',
									message: 'Bitte geben Sie Datum und Uhrzeit an (z. B. 2027-03-01T15:00:00+01:00).'
								}
							]
						}
					)
				)
			},
			Unauthorized: {
				description: 'No token, or an unknown or revoked one',
				headers: { 'WWW-Authenticate': ref('headers', 'WWWAuthenticate'), ...requestId },
				content: problemContent(
					example(
						401,
						'unauthenticated',
						'Anmeldung erforderlich',
						'Dieses API-Token ist unbekannt oder wurde widerrufen.'
					)
				)
			},
			Forbidden: {
				description:
					'The offer, or the institution named in the body, belongs to another institution',
				headers: requestId,
				content: problemContent(
					example(
						403,
						'forbidden',
						'Keine Berechtigung',
						'Dieses Token darf nur Angebote seiner eigenen Einrichtung anlegen und ändern.'
					)
				)
			},
			Conflict: {
				description:
					'The externalId is taken by another offer of the institution, or the offer is archived',
				headers: requestId,
				content: problemContent(
					example(
						409,
						'conflict',
						'Konflikt',
						'Ein anderes Angebot dieser Einrichtung hat schon diese externe Kennung (externalId).',
						{
							errors: [
								{ field: 'externalId', message: 'Diese externe Kennung ist schon vergeben.' }
							]
						}
					)
				)
			},
			PayloadTooLarge: {
				description: `The body is larger than ${MAX_BODY_BYTES} bytes (1 MB)`,
				headers: requestId,
				content: problemContent(
					example(
						413,
						'payload-too-large',
						'Anfrage zu groß',
						'Der Inhalt der Anfrage darf höchstens 1 MB groß sein.'
					)
				)
			},
			UnsupportedMediaType: {
				description: 'The body is not JSON (see Accept-Post / Accept-Patch)',
				headers: {
					'Accept-Post': ref('headers', 'AcceptPost'),
					'Accept-Patch': ref('headers', 'AcceptPatch'),
					...requestId
				},
				content: problemContent(
					example(
						415,
						'unsupported-media-type',
						'Nicht unterstütztes Format',
						'Bitte senden Sie JSON (Content-Type: application/json).'
					)
				)
			}
		}
	};
}

/** The responses every write operation shares. */
export const writeErrors = {
	'400': ref('responses', 'InvalidBody'),
	'401': ref('responses', 'Unauthorized'),
	'403': ref('responses', 'Forbidden'),
	'409': ref('responses', 'Conflict'),
	'413': ref('responses', 'PayloadTooLarge'),
	'415': ref('responses', 'UnsupportedMediaType'),
	'500': ref('responses', 'InternalError')
};
