/** Reads of institutions, mapped to the public TInstitution shape. */
import { and, asc, count, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../db/client';
import { districts, institutions, offers } from '../db/schema';
import { termLabel } from '../config/taxonomies';
import { institutionPath, publicBaseUrl } from '../urls';
import { publicOffersWhere } from '../freshness/visibility';
import type {
	DistrictCounts,
	InstitutionFilters,
	InstitutionPage,
	TInstitution
} from './institution.schemas';

export interface InstitutionReadOptions {
	/** Language of `typeLabel` (default de). */
	locale?: string;
}

/** Anything PostgreSQL accepts as a uuid; other strings would make the query fail. */
const ZDbUuid = z.guid();

/** Counts of the offers the public sees (published, not hidden as unconfirmed). */
const publishedOfferCounts = (db: Db, publicOffers: SQL) =>
	db
		.select({ institutionId: offers.institutionId, n: count().as('n') })
		.from(offers)
		.where(publicOffers)
		.groupBy(offers.institutionId)
		.as('published_offer_counts');

/** `%…%` pattern for ILIKE with the wildcards in user input taken literally. */
const containsPattern = (text: string) => `%${text.replace(/[\\%_]/g, '\\$&')}%`;

/** Name contains q, ignoring case and accents ("gross" finds "Groß", "muller" and "mueller" find "Müller"). */
function nameMatches(q: string): SQL {
	const pattern = containsPattern(q);
	const transliterated = sql`replace(replace(replace(replace(replace(replace(${institutions.name}, 'ä', 'ae'), 'ö', 'oe'), 'ü', 'ue'), 'Ä', 'Ae'), 'Ö', 'Oe'), 'Ü', 'Ue')`;
	return sql`(f_unaccent(${institutions.name}) ILIKE f_unaccent(${pattern}) OR f_unaccent(${transliterated}) ILIKE f_unaccent(${pattern}))`;
}

async function selectInstitutions(
	db: Db,
	where: SQL | undefined,
	opts: InstitutionReadOptions & { limit?: number; offset?: number } = {}
): Promise<{ total: number; items: TInstitution[] }> {
	const counts = publishedOfferCounts(db, await publicOffersWhere(db));
	let query = db
		.select({
			institution: institutions,
			district: { slug: districts.slug, name: districts.name },
			offerCount: sql<number>`coalesce(${counts.n}, 0)`.mapWith(Number),
			total: sql<number>`count(*) over ()`.mapWith(Number)
		})
		.from(institutions)
		.innerJoin(districts, eq(institutions.districtSlug, districts.slug))
		.leftJoin(counts, eq(counts.institutionId, institutions.id))
		.where(where)
		.orderBy(sql`lower(f_unaccent(${institutions.name}))`, asc(institutions.id))
		.$dynamic();
	if (opts.limit !== undefined) query = query.limit(opts.limit);
	if (opts.offset) query = query.offset(opts.offset);
	const rows = await query;

	const locale = opts.locale ?? 'de';
	const base = publicBaseUrl();
	const items = rows.map(({ institution: i, district, offerCount }) => ({
		id: i.id,
		slug: i.slug,
		url: base + institutionPath(i.slug),
		name: i.name,
		type: i.type,
		typeLabel: termLabel('institution-types', i.type, locale),
		operator: i.operator,
		description: i.description,
		address: { street: i.street, postalCode: i.postalCode, locality: i.locality, district },
		lat: i.lat,
		lon: i.lon,
		contact: { email: i.email, phone: i.phone, website: i.website },
		openingHours: i.openingHours.map((l) => ({
			days: l.days,
			opens: l.opens,
			closes: l.closes,
			note: l.note ?? null
		})),
		languages: i.languages,
		accessibility: { wheelchairAccessible: i.wheelchairAccessible, notes: i.accessibilityNotes },
		offerCount,
		updatedAt: i.updatedAt.toISOString()
	})) satisfies TInstitution[];
	return { total: rows[0]?.total ?? 0, items };
}

function filterConditions(filters: InstitutionFilters): SQL | undefined {
	const conditions: SQL[] = [];
	const q = filters.q?.trim() ?? '';
	if (q !== '') conditions.push(nameMatches(q));
	if (filters.type?.length) conditions.push(inArray(institutions.type, filters.type));
	if (filters.district?.length) {
		conditions.push(inArray(institutions.districtSlug, filters.district));
	}
	if (filters.language?.length) {
		conditions.push(
			sql`${institutions.languages} && ARRAY[${sql.join(
				filters.language.map((l) => sql`${l}`),
				sql`, `
			)}]::text[]`
		);
	}
	return conditions.length > 0 ? and(...conditions) : undefined;
}

/**
 * One page of institutions matching the filters, sorted by name (accents ignored).
 * Filters are typically ZInstitutionListQuery's output; missing ones don't filter.
 */
export async function listInstitutions(
	db: Db,
	filters: InstitutionFilters = {},
	opts: InstitutionReadOptions = {}
): Promise<InstitutionPage> {
	const page = filters.page ?? 1;
	const pageSize = filters.pageSize ?? 20;
	const where = filterConditions(filters);
	const result = await selectInstitutions(db, where, {
		...opts,
		limit: pageSize,
		offset: (page - 1) * pageSize
	});
	let total = result.total;
	if (result.items.length === 0 && page > 1) {
		// Past the last page the window count has no row to ride on.
		const [row] = await db
			.select({ n: count() })
			.from(institutions)
			.innerJoin(districts, eq(institutions.districtSlug, districts.slug))
			.where(where);
		total = row?.n ?? 0;
	}
	return { total, page, pageSize, items: result.items };
}

export async function getInstitutionBySlug(
	db: Db,
	slug: string,
	opts: InstitutionReadOptions = {}
): Promise<TInstitution | undefined> {
	const { items } = await selectInstitutions(db, eq(institutions.slug, slug), opts);
	return items[0];
}

/** undefined for unknown ids and for strings that are not uuids at all. */
export async function getInstitutionById(
	db: Db,
	id: string,
	opts: InstitutionReadOptions = {}
): Promise<TInstitution | undefined> {
	if (!ZDbUuid.safeParse(id).success) return undefined;
	const { items } = await selectInstitutions(db, eq(institutions.id, id), opts);
	return items[0];
}

/** Per district slug: institutions located there and published offers taking place there. */
export async function countsByDistrict(db: Db): Promise<Map<string, DistrictCounts>> {
	const out = new Map<string, DistrictCounts>();
	const entry = (slug: string) => {
		let e = out.get(slug);
		if (!e) out.set(slug, (e = { offers: 0, institutions: 0 }));
		return e;
	};
	const instRows = await db
		.select({ slug: institutions.districtSlug, n: count() })
		.from(institutions)
		.groupBy(institutions.districtSlug);
	for (const r of instRows) entry(r.slug).institutions = r.n;

	const offerDistrict = sql<string>`coalesce(${offers.venueDistrictSlug}, ${institutions.districtSlug})`;
	const offerRows = await db
		.select({ slug: offerDistrict, n: count() })
		.from(offers)
		.innerJoin(institutions, eq(offers.institutionId, institutions.id))
		.where(await publicOffersWhere(db))
		.groupBy(offerDistrict);
	for (const r of offerRows) entry(r.slug).offers = r.n;
	return out;
}
