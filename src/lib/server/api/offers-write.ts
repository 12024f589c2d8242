/**
 * The write API for providers' own systems: POST /api/v1/offers,
 * PATCH /api/v1/offers/{id}, and GET /api/v1/offers/{id} with a token.
 *
 * Writes go through the same use cases as the editor (createOffer, saveOffer:
 * same validation, same moderation, same audit). This layer adds what HTTP
 * needs: the token (401), the institution check (403), content type, size and
 * JSON syntax (415, 413, 400), every invalid field at once (400), a taken
 * externalId (409), and messages in the request's language.
 *
 * PATCH is a JSON Merge Patch (RFC 7396) onto the working copy: objects are
 * merged member by member, arrays and scalars are replaced, null removes a
 * member (it then takes its default or becomes empty). `institution` is a
 * reference and is never merged.
 */
import type { RequestEvent } from '@sveltejs/kit';
import { and, eq, ne } from 'drizzle-orm';
import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import type { App } from '../app';
import type { Db } from '../db/client';
import { districts, institutions, offers } from '../db/schema';
import { AppError, ErrorCode, type FieldIssue } from '../errors';
import { canEditInstitutionOffers, type TokenActor } from '../accounts';
import {
	createOffer,
	listReviewComments,
	parseOfferInput,
	readWorkspace,
	saveOffer,
	type TOffer,
	type TOfferInput
} from '../offers';
import { hasAuthorization, requireApiToken } from './auth';
import { readJsonObject } from './body';
import { apiJson, apiWrite, type ApiContext, type ApiResult } from './handler';
import { ZApiLang, type ApiLocale } from './locale';
import { getOfferApi, ZPathId } from './offers';
import { applyInputToOffer } from '../offers/offer-preview';
import { parseQuery } from './query';
import type { TOfferForProvider } from './schemas';

/** Query of POST and PATCH: `submit` (default true) and `lang`. */
export const ZWriteQuery = z.object({
	submit: z
		.enum(['true', 'false'])
		.optional()
		.transform((v) => v !== 'false')
		.describe(
			'`true` (default): send the offer (or the change of a published offer) to review. `false`: save only, as a draft (an offer already in review stays in review).'
		),
	lang: ZApiLang.optional()
});

const PATCH_MEDIA_TYPES = ['application/merge-patch+json'];

type Json = unknown;
const isObject = (v: Json): v is Record<string, Json> =>
	v !== null && typeof v === 'object' && !Array.isArray(v);

/** RFC 7396 JSON Merge Patch: objects merged, arrays and scalars replaced, null deletes. */
export function mergePatch(target: Json, patch: Json): Json {
	if (!isObject(patch)) return patch;
	const result: Record<string, Json> = isObject(target) ? { ...target } : {};
	for (const [key, value] of Object.entries(patch)) {
		if (key === '__proto__') continue;
		if (value === null) delete result[key];
		else result[key] = mergePatch(result[key], value);
	}
	return result;
}

const notFound = (locale: ApiLocale) =>
	new AppError(ErrorCode.NotFound, m.api_detail_offer_unknown({}, { locale }));

const forbiddenInstitution = (locale: ApiLocale) =>
	new AppError(ErrorCode.Forbidden, m.api_detail_forbidden_institution({}, { locale }));

/**
 * The institution a body names, when it names one well-formed: its id, or
 * null when there is no such institution. Malformed references are left to
 * the validation (undefined).
 */
async function resolveInstitutionRef(db: Db, ref: unknown): Promise<string | null | undefined> {
	if (!isObject(ref)) return undefined;
	const byId = typeof ref.id === 'string' && ZPathId.safeParse(ref.id).success;
	const bySlug = typeof ref.slug === 'string' && ref.slug.trim() !== '';
	if (!byId && !bySlug) return undefined;
	const [inst] = await db
		.select({ id: institutions.id })
		.from(institutions)
		.where(
			byId ? eq(institutions.id, ref.id as string) : eq(institutions.slug, String(ref.slug).trim())
		)
		.limit(1);
	return inst?.id ?? null;
}

/**
 * 403 when the body names an institution the token may not write, else the
 * complete validation: one 400 listing every invalid field.
 */
async function validateBody(
	db: Db,
	actor: TokenActor,
	body: Record<string, Json>,
	locale: ApiLocale
): Promise<TOfferInput> {
	const issues: FieldIssue[] = [];
	const institutionId = await resolveInstitutionRef(db, body.institution);
	if (institutionId === null) {
		issues.push({ field: 'institution', message: m.api_field_institution_unknown({}, { locale }) });
	} else if (institutionId && !canEditInstitutionOffers(actor, institutionId)) {
		throw forbiddenInstitution(locale);
	}
	const parsed = parseOfferInput(body, locale);
	if (!parsed.ok) issues.push(...parsed.issues);
	if (issues.length > 0 || !parsed.ok) {
		throw new AppError(ErrorCode.InvalidInput, m.api_detail_invalid_body({}, { locale }), issues);
	}
	return parsed.data;
}

function externalIdTaken(locale: ApiLocale): AppError {
	return new AppError(ErrorCode.Conflict, m.api_detail_external_id_taken({}, { locale }), [
		{ field: 'externalId', message: m.api_field_external_id_taken({}, { locale }) }
	]);
}

/** 409 when another offer of the institution already has this externalId. */
async function checkExternalId(
	db: Db,
	institutionId: string,
	externalId: string | null,
	selfId: string | null,
	locale: ApiLocale
): Promise<void> {
	if (!externalId) return;
	const [dup] = await db
		.select({ id: offers.id })
		.from(offers)
		.where(
			and(
				eq(offers.institutionId, institutionId),
				eq(offers.externalId, externalId),
				selfId ? ne(offers.id, selfId) : undefined
			)
		)
		.limit(1);
	if (dup) throw externalIdTaken(locale);
}

/** A unique-index violation (two requests with the same externalId at once). */
function isUniqueViolation(error: unknown): boolean {
	for (let e = error as { code?: unknown; cause?: unknown } | undefined, i = 0; e && i < 5; i++) {
		if (e.code === '23505') return true;
		e = e.cause as typeof e;
	}
	return false;
}

async function institutionLocation(db: Db, institutionId: string): Promise<TOffer['location']> {
	const [row] = await db
		.select({
			street: institutions.street,
			postalCode: institutions.postalCode,
			locality: institutions.locality,
			lat: institutions.lat,
			lon: institutions.lon,
			district: { slug: districts.slug, name: districts.name }
		})
		.from(institutions)
		.innerJoin(districts, eq(districts.slug, institutions.districtSlug))
		.where(eq(institutions.id, institutionId));
	if (!row) throw new Error(`institution ${institutionId} has no district`);
	return { atInstitution: true, name: null, ...row };
}

/**
 * The offer with the content of a (pending) write body, in the GET shape, so
 * that what a client sent is what it reads back — the editor preview's
 * applyInputToOffer, with the institution and venue district from the database.
 */
export async function offerWithInput(db: Db, offer: TOffer, input: TOfferInput): Promise<TOffer> {
	const inst = await institutionLocation(db, offer.institution.id);
	const slug = input.location.atInstitution ? null : input.location.district?.slug;
	const venueDistricts = slug
		? await db
				.select({
					slug: districts.slug,
					name: districts.name,
					lat: districts.lat,
					lon: districts.lon
				})
				.from(districts)
				.where(eq(districts.slug, slug))
		: [];
	return applyInputToOffer(offer, input, venueDistricts, inst);
}

/** GET shape of an offer for its own institution: the working copy plus moderation. */
export async function providerOfferView(
	db: Db,
	actor: TokenActor,
	offerId: string
): Promise<TOfferForProvider> {
	const ws = await readWorkspace(db, offerId);
	const [row] = await db
		.select({ submittedAt: offers.submittedAt })
		.from(offers)
		.where(eq(offers.id, offerId));
	const comments = await listReviewComments(db, { actor, offerId });
	const content = ws.change ? await offerWithInput(db, ws.offer, ws.input) : ws.offer;
	return {
		...content,
		updatedAt: ws.change?.updatedAt ?? ws.offer.updatedAt,
		moderation: {
			status: ws.offer.status,
			changeState: ws.change?.state ?? null,
			submittedAt: ws.change ? ws.change.submittedAt : (row?.submittedAt?.toISOString() ?? null),
			comments: comments.map((c) => ({
				kind: c.kind,
				body: c.body,
				fromOffice: c.fromOffice,
				createdAt: c.createdAt
			}))
		}
	};
}

/** The offer row's owner and status, or 404; 403 when it belongs to another institution. */
async function loadOwnOffer(db: Db, actor: TokenActor, id: string, locale: ApiLocale) {
	if (!ZPathId.safeParse(id).success) throw notFound(locale);
	const [row] = await db
		.select({ institutionId: offers.institutionId, status: offers.status })
		.from(offers)
		.where(eq(offers.id, id));
	if (!row) throw notFound(locale);
	if (!canEditInstitutionOffers(actor, row.institutionId)) {
		throw new AppError(ErrorCode.Forbidden, m.api_detail_forbidden_offer({}, { locale }));
	}
	return row;
}

type WriteApp = Pick<App, 'handle'>;

/** POST /api/v1/offers */
export async function createOfferApi(
	event: RequestEvent,
	ctx: ApiContext,
	app: WriteApp
): Promise<ApiResult> {
	const { db } = app.handle;
	const { locale } = ctx;
	const actor = await requireApiToken(db, event.request.headers, locale);
	const { submit } = parseQuery(ZWriteQuery, event.url.searchParams, locale);
	const raw = await readJsonObject(event.request, { locale, acceptHeader: 'accept-post' });
	const body = { ...raw, institution: raw.institution ?? { id: actor.institutionId } };
	const data = await validateBody(db, actor, body, locale);
	const institutionId = (await resolveInstitutionRef(db, data.institution))!;
	await checkExternalId(db, institutionId, data.externalId, null, locale);
	let created;
	try {
		created = await createOffer(db, { actor, input: body, submit, locale });
	} catch (error) {
		if (isUniqueViolation(error)) throw externalIdTaken(locale);
		throw error;
	}
	return {
		status: 201,
		body: await providerOfferView(db, actor, created.id),
		headers: { location: `/api/v1/offers/${created.id}` }
	};
}

/** PATCH /api/v1/offers/{id} */
export async function patchOfferApi(
	event: RequestEvent,
	ctx: ApiContext,
	app: WriteApp
): Promise<ApiResult> {
	const { db } = app.handle;
	const { locale } = ctx;
	const id = event.params.id ?? '';
	const actor = await requireApiToken(db, event.request.headers, locale);
	const { submit } = parseQuery(ZWriteQuery, event.url.searchParams, locale);
	const row = await loadOwnOffer(db, actor, id, locale);
	const patch = await readJsonObject(event.request, {
		locale,
		mediaTypes: PATCH_MEDIA_TYPES,
		acceptHeader: 'accept-patch'
	});
	if (row.status === 'archived') {
		throw new AppError(ErrorCode.Conflict, m.api_detail_offer_archived({}, { locale }));
	}
	const ws = await readWorkspace(db, id);
	const { institution: _current, ...current } = ws.input;
	const { institution: named, ...changes } = patch;
	const body = {
		...(mergePatch(current, changes) as Record<string, Json>),
		institution: named ?? { id: row.institutionId }
	};
	const data = await validateBody(db, actor, body, locale);
	const institutionId = await resolveInstitutionRef(db, data.institution);
	if (institutionId !== row.institutionId) throw forbiddenInstitution(locale);
	await checkExternalId(db, row.institutionId, data.externalId, id, locale);
	try {
		await saveOffer(db, { actor, offerId: id, input: body, submit, locale });
	} catch (error) {
		if (isUniqueViolation(error)) throw externalIdTaken(locale);
		throw error;
	}
	return { status: 200, body: await providerOfferView(db, actor, id) };
}

/**
 * GET /api/v1/offers/{id}: without Authorization the published offer (else
 * 404); with a token of the offer's institution the working copy in any
 * status plus moderation; with another institution's token the public answer.
 */
export async function getOfferForRequest(
	id: string,
	headers: Headers,
	app: Pick<App, 'handle'>,
	locale: ApiLocale
): Promise<TOffer | TOfferForProvider> {
	const { db } = app.handle;
	if (hasAuthorization(headers)) {
		const actor = await requireApiToken(db, headers, locale);
		if (ZPathId.safeParse(id).success) {
			const [row] = await db
				.select({ institutionId: offers.institutionId })
				.from(offers)
				.where(eq(offers.id, id));
			if (row && canEditInstitutionOffers(actor, row.institutionId)) {
				return providerOfferView(db, actor, id);
			}
		}
	}
	return getOfferApi(id, app, locale);
}

type LoadApp = () => Promise<Pick<App, 'handle'>>;

/** The route handlers (tests call these with their own app). */
export const postOfferResponse = (event: RequestEvent, getApp: LoadApp) =>
	apiWrite(event, async (ctx) => createOfferApi(event, ctx, await getApp()));

export const patchOfferResponse = (event: RequestEvent, getApp: LoadApp) =>
	apiWrite(event, async (ctx) => patchOfferApi(event, ctx, await getApp()));

/** Answers to a token are private and never stored; every answer varies by Authorization. */
export const getOfferResponse = (event: RequestEvent, getApp: LoadApp) =>
	apiJson(
		event,
		async ({ locale }) =>
			getOfferForRequest(event.params.id ?? '', event.request.headers, await getApp(), locale),
		{
			checkLang: true,
			vary: ['Authorization'],
			...(hasAuthorization(event.request.headers) ? { cacheControl: 'private, no-store' } : {})
		}
	);
