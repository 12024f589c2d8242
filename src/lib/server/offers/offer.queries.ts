/** Reads of offers, mapped to the public TOffer shape. */
import { and, asc, eq, getTableColumns, inArray, sql, type SQL } from 'drizzle-orm';
import { alias, type PgSelect } from 'drizzle-orm/pg-core';
import type { Db } from '../db/client';
import { districts, institutions, offerDates, offers } from '../db/schema';
import { offerPath, publicBaseUrl } from '../urls';
import type { TOffer } from './offer.schemas';
import { publicOffersWhere, type VisibilityOptions } from '../freshness/visibility';

const venueDistricts = alias(districts, 'venue_districts');

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);

const institutionFields = {
	id: institutions.id,
	slug: institutions.slug,
	name: institutions.name,
	type: institutions.type,
	street: institutions.street,
	postalCode: institutions.postalCode,
	locality: institutions.locality,
	lat: institutions.lat,
	lon: institutions.lon
};

/** One joined row, as drizzle returns it and as `toOffers` maps it. */
interface OfferRow {
	offer: typeof offers.$inferSelect;
	institution: { [K in keyof typeof institutionFields]: (typeof institutions.$inferSelect)[K] };
	district: { slug: string; name: string };
	venueDistrict: { slug: string; name: string } | null;
}

/** An offer with its institution, the institution's district and the venue's district, if any. */
function withInstitutionAndDistricts<T extends PgSelect>(query: T) {
	return query
		.innerJoin(institutions, eq(offers.institutionId, institutions.id))
		.innerJoin(districts, eq(institutions.districtSlug, districts.slug))
		.leftJoin(venueDistricts, eq(offers.venueDistrictSlug, venueDistricts.slug));
}

export async function selectOffers(db: Db, where: SQL | undefined): Promise<TOffer[]> {
	const query = db
		.select({
			offer: offers,
			institution: institutionFields,
			district: { slug: districts.slug, name: districts.name },
			venueDistrict: { slug: venueDistricts.slug, name: venueDistricts.name }
		})
		.from(offers)
		.$dynamic();
	const rows: OfferRow[] = await withInstitutionAndDistricts(query)
		.where(where)
		.orderBy(asc(offers.title), asc(offers.id));
	return toOffers(db, rows);
}

/** Offers per JSON text when the index is read at start. */
const INDEX_READ_CHUNK = 5000;

const offerColumns = Object.entries(getTableColumns(offers)).map(([key, column]) => ({
	key,
	name: column.name,
	timestamp: column.columnType === 'PgTimestamp'
}));

/**
 * The same offers as `selectOffers`, in the same order, read for the
 * search index at start: PostgreSQL turns each joined row into one JSON text,
 * which the JavaScript side parses at once instead of field by field (about a
 * third of the time at 50,000 offers on PGlite). The mapping to TOffer is shared.
 */
export async function selectOffersAsJson(db: Db, where: SQL | undefined): Promise<TOffer[]> {
	const inst = sql.join(
		Object.entries(institutionFields).map(
			([key, column]) => sql`${sql.raw(`'${key}'`)}, ${column}`
		),
		sql`, `
	);
	// The ids in title order first, then one JSON text per 5,000 offers: PostgreSQL
	// builds it, JavaScript parses it in one go. Chunks keep PGlite's memory small
	// (it never shrinks) and each string far below V8's limit.
	const order = await db
		.select({ id: offers.id })
		.from(offers)
		.where(where)
		.orderBy(asc(offers.title), asc(offers.id));
	const chunks: { json: string | null }[] = [];
	for (let i = 0; i < order.length; i += INDEX_READ_CHUNK) {
		const ids = order.slice(i, i + INDEX_READ_CHUNK).map((r) => r.id);
		const query = db
			.select({
				json: sql<
					string | null
				>`json_agg(json_build_array(row_to_json(${offers}), json_build_object(${inst}), ${districts.slug}, ${districts.name}, ${venueDistricts.slug}, ${venueDistricts.name}) order by ${offers.title}, ${offers.id})::text`
			})
			.from(offers)
			.$dynamic();
		const [chunk] = await withInstitutionAndDistricts(query).where(inArray(offers.id, ids));
		chunks.push(chunk ?? { json: null });
	}
	type JsonRow = [
		Record<string, unknown>,
		OfferRow['institution'],
		string,
		string,
		string | null,
		string | null
	];
	const rows = chunks
		.flatMap((c) => JSON.parse(c.json ?? '[]') as JsonRow[])
		.map(([raw, institution, districtSlug, districtName, venueSlug, venueName]): OfferRow => {
			const offer: Record<string, unknown> = {};
			for (const c of offerColumns) {
				const value = raw[c.name] ?? null;
				offer[c.key] = c.timestamp && value !== null ? new Date(value as string) : value;
			}
			return {
				offer: offer as OfferRow['offer'],
				institution,
				district: { slug: districtSlug, name: districtName },
				venueDistrict: venueSlug === null ? null : { slug: venueSlug, name: venueName! }
			};
		});
	return toOffers(db, rows);
}

async function toOffers(db: Db, rows: OfferRow[]): Promise<TOffer[]> {
	if (rows.length === 0) return [];

	const datesByOffer = new Map<string, TOffer['schedule']['dates']>();
	const ids = rows.filter((r) => r.offer.scheduleType === 'dates').map((r) => r.offer.id);
	for (let i = 0; i < ids.length; i += 5000) {
		// One JSON text per chunk: parsed at once rather than row by row (72,000 dates at 50k offers).
		const [chunk] = await db
			.select({
				json: sql<
					string | null
				>`json_agg(json_build_array(${offerDates.offerId}, ${offerDates.startsAt}, ${offerDates.endsAt}, ${offerDates.note}) order by ${offerDates.startsAt})::text`
			})
			.from(offerDates)
			.where(inArray(offerDates.offerId, ids.slice(i, i + 5000)));
		const dateRows = JSON.parse(chunk?.json ?? '[]') as [
			string,
			string,
			string | null,
			string | null
		][];
		for (const [offerId, startsAt, endsAt, note] of dateRows) {
			const list = datesByOffer.get(offerId) ?? [];
			list.push({
				startsAt: new Date(startsAt).toISOString(),
				endsAt: endsAt === null ? null : new Date(endsAt).toISOString(),
				note
			});
			datesByOffer.set(offerId, list);
		}
	}

	const base = publicBaseUrl();
	return rows.map(({ offer: o, institution: inst, district, venueDistrict }) => {
		const atInstitution = o.venueStreet == null;
		return {
			id: o.id,
			slug: o.slug,
			externalId: o.externalId,
			url: base + offerPath(o.slug),
			title: o.title,
			summary: o.summary,
			description: o.description,
			translations: o.translations,
			institution: { id: inst.id, slug: inst.slug, name: inst.name, type: inst.type },
			format: o.format,
			topics: o.topics,
			lifePhases: o.lifePhases,
			ageMin: o.ageMin,
			ageMax: o.ageMax,
			languages: o.languages,
			cost: {
				type: o.costType,
				amountCents: o.costAmountCents,
				note: o.costNote,
				reducedFeeAvailable: o.reducedFeeAvailable
			},
			butEligible: o.butEligible,
			accessibility: { wheelchairAccessible: o.wheelchairAccessible, notes: o.accessibilityNotes },
			location: atInstitution
				? {
						atInstitution: true,
						name: null,
						street: inst.street,
						postalCode: inst.postalCode,
						locality: inst.locality,
						district,
						lat: inst.lat,
						lon: inst.lon
					}
				: {
						atInstitution: false,
						name: o.venueName,
						street: o.venueStreet ?? '',
						postalCode: o.venuePostalCode ?? '',
						locality: o.venueLocality ?? '',
						district: venueDistrict ?? district,
						lat: o.venueLat ?? inst.lat,
						lon: o.venueLon ?? inst.lon
					},
			schedule: {
				type: o.scheduleType,
				note: o.scheduleNote,
				rrule: o.rrule,
				start: iso(o.recurrenceStart),
				until: iso(o.recurrenceUntil),
				durationMinutes: o.durationMinutes,
				exceptions: o.recurrenceExceptions,
				dates: datesByOffer.get(o.id) ?? []
			},
			registration: {
				required: o.registrationRequired,
				url: o.registrationUrl,
				email: o.registrationEmail,
				phone: o.registrationPhone,
				note: o.registrationNote
			},
			sdgs: o.sdgs,
			status: o.status,
			lastVerifiedAt: iso(o.lastVerifiedAt),
			publishedAt: iso(o.publishedAt),
			updatedAt: o.updatedAt.toISOString()
		} satisfies TOffer;
	});
}

/**
 * Public reads: published offers as the public sees them. Offers hidden for
 * being unconfirmed too long (see freshness/) are left out unless
 * `includeHidden` is set; the freshness periods come from the settings.
 */
export type PublicReadOptions = VisibilityOptions;

/** Every public offer (by title), e.g. for building the search index. */
export async function listPublishedOffers(db: Db, opts: PublicReadOptions = {}): Promise<TOffer[]> {
	return selectOffers(db, await publicOffersWhere(db, opts));
}

/** Every public offer, like listPublishedOffers, read the fast way (for the search index at start). */
export async function loadPublishedOffersForIndex(
	db: Db,
	opts: PublicReadOptions = {}
): Promise<TOffer[]> {
	return selectOffersAsJson(db, await publicOffersWhere(db, opts));
}

export async function getPublishedOfferBySlug(
	db: Db,
	slug: string,
	opts: PublicReadOptions = {}
): Promise<TOffer | undefined> {
	const [offer] = await selectOffers(
		db,
		and(eq(offers.slug, slug), await publicOffersWhere(db, opts))
	);
	return offer;
}

export async function getPublishedOfferById(
	db: Db,
	id: string,
	opts: PublicReadOptions = {}
): Promise<TOffer | undefined> {
	const [offer] = await selectOffers(db, and(eq(offers.id, id), await publicOffersWhere(db, opts)));
	return offer;
}

/** Ids per query of listPublishedOffersByIds (keeps the parameter list small). */
export const OFFERS_BY_IDS_CHUNK = 500;

/**
 * The public offers among `ids` (same visibility as getPublishedOfferById:
 * unpublished and hidden offers are not returned), in chunks of 500 ids with
 * one visibility cutoff for all of them. For following many changes at once.
 */
export async function listPublishedOffersByIds(
	db: Db,
	ids: readonly string[],
	opts: PublicReadOptions = {}
): Promise<TOffer[]> {
	const unique = [...new Set(ids)];
	if (unique.length === 0) return [];
	const visible = await publicOffersWhere(db, opts);
	const found: TOffer[] = [];
	for (let i = 0; i < unique.length; i += OFFERS_BY_IDS_CHUNK) {
		const chunk = unique.slice(i, i + OFFERS_BY_IDS_CHUNK);
		found.push(...(await selectOffers(db, and(inArray(offers.id, chunk), visible))));
	}
	return found;
}

export async function listPublishedOffersOfInstitution(
	db: Db,
	institutionId: string,
	opts: PublicReadOptions = {}
): Promise<TOffer[]> {
	return selectOffers(
		db,
		and(eq(offers.institutionId, institutionId), await publicOffersWhere(db, opts))
	);
}

/** An offer in any status (portal, back office, write API). */
export async function getOfferById(db: Db, id: string): Promise<TOffer | undefined> {
	const [offer] = await selectOffers(db, eq(offers.id, id));
	return offer;
}
