/**
 * Quality checks for the education office: likely duplicates, offers nobody
 * has confirmed for a long time, missing recommended fields, and offers whose
 * dates are all past. Looks at what the public sees or is about to see
 * (published and in-review offers). Staff only.
 *
 * The SQL runs unchanged on PostgreSQL 15+ and PGlite. Title similarity is
 * pg_trgm's measure computed in JavaScript (trigrams.ts): on PGlite, similarity()
 * over every pair of a district took seconds on the event loop.
 */
import { and, asc, eq, inArray, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client';
import { institutions, offerDates, offers } from '../db/schema';
import { assertCan, isStaff, type Actor } from '../accounts';
import { getSettings } from '../settings';
import { trigramSimilarity, trigrams } from './trigrams';

/** Titles more similar than this (pg_trgm similarity, 0–1) count as likely duplicates. */
export const DUPLICATE_SIMILARITY = 0.6;

/** Life phases of children and young people: their offers should say for which ages. */
export const YOUNG_LIFE_PHASES = ['u3', 'kita', 'grundschule', 'sek1', 'jugend'] as const;

export const MISSING_CHECKS = [
	'summary',
	'registrationContact',
	'ages',
	'accessibility',
	'translation'
] as const;
export type MissingCheck = (typeof MISSING_CHECKS)[number];

export const QUALITY_SECTIONS = ['duplicates', 'stale', 'missing', 'past'] as const;
export type QualitySection = (typeof QUALITY_SECTIONS)[number];

export interface QualityOffer {
	id: string;
	slug: string;
	title: string;
	status: 'published' | 'in_review';
	institution: { id: string; name: string };
	/** Where it takes place: the venue's district, else the institution's. */
	districtSlug: string;
}

export interface DuplicatePair {
	a: QualityOffer;
	b: QualityOffer;
	/** Trigram similarity of the titles (accents and case ignored), 0–1. */
	similarity: number;
	sameInstitution: boolean;
	/** The district both take place in, or null. */
	sharedDistrict: string | null;
}

export interface StaleOffer extends QualityOffer {
	lastVerifiedAt: string | null;
}

export interface MissingFieldsOffer extends QualityOffer {
	missing: MissingCheck[];
}

export interface PastOffer extends QualityOffer {
	/** The last date (or the end of the recurrence); null for dated offers without any date. */
	lastDate: string | null;
}

export interface Section<T> {
	total: number;
	items: T[];
}

export interface QualityReport {
	staleAfterDays: number;
	duplicates: Section<DuplicatePair>;
	stale: Section<StaleOffer>;
	missing: Section<MissingFieldsOffer> & { byCheck: Record<MissingCheck, number> };
	past: Section<PastOffer>;
}

export interface QualityOptions {
	actor: Actor;
	now: Date;
	/** How many items each section returns (its total is always complete). Default 20. */
	limits?: Partial<Record<QualitySection, number>>;
	/** Only offers missing this field in the "missing" section. */
	missingCheck?: MissingCheck;
}

const DEFAULT_LIMIT = 20;
const VISIBLE = ['published', 'in_review'] as const;

const toIso = (v: unknown): string | null =>
	v == null ? null : (v instanceof Date ? v : new Date(String(v))).toISOString();

/** Offer columns every section lists. */
function offerColumns(o: typeof offers, i: typeof institutions) {
	return {
		id: o.id,
		slug: o.slug,
		title: o.title,
		status: o.status,
		institutionId: i.id,
		institutionName: i.name,
		districtSlug: sql<string>`coalesce(${o.venueDistrictSlug}, ${i.districtSlug})`
	};
}

type OfferColumns = {
	id: string;
	slug: string;
	title: string;
	status: string;
	institutionId: string;
	institutionName: string;
	districtSlug: string;
};

const toOffer = (r: OfferColumns): QualityOffer => ({
	id: r.id,
	slug: r.slug,
	title: r.title,
	status: r.status as QualityOffer['status'],
	institution: { id: r.institutionId, name: r.institutionName },
	districtSlug: r.districtSlug
});

async function duplicates(db: Db, limit: number): Promise<Section<DuplicatePair>> {
	const rows = await db
		.select(offerColumns(offers, institutions))
		.from(offers)
		.innerJoin(institutions, eq(institutions.id, offers.institutionId))
		.where(inArray(offers.status, [...VISIBLE]));
	const items = rows.map((r) => ({ offer: toOffer(r), grams: trigrams(r.title) }));
	const groups = (key: (o: QualityOffer) => string) => {
		const map = new Map<string, typeof items>();
		for (const it of items) {
			const k = key(it.offer);
			const group = map.get(k);
			if (group) group.push(it);
			else map.set(k, [it]);
		}
		return [...map.values()];
	};
	const pairs: DuplicatePair[] = [];
	const compare = (group: typeof items, skip: (x: QualityOffer, y: QualityOffer) => boolean) => {
		for (let i = 0; i < group.length; i++) {
			for (let j = i + 1; j < group.length; j++) {
				const x = group[i]!;
				const y = group[j]!;
				if (skip(x.offer, y.offer)) continue;
				const similarity = trigramSimilarity(x.grams, y.grams);
				if (similarity <= DUPLICATE_SIMILARITY) continue;
				const [a, b] = x.offer.id < y.offer.id ? [x.offer, y.offer] : [y.offer, x.offer];
				pairs.push({
					a,
					b,
					similarity: Math.round(similarity * 100) / 100,
					sameInstitution: a.institution.id === b.institution.id,
					sharedDistrict: a.districtSlug === b.districtSlug ? a.districtSlug : null
				});
			}
		}
	};
	// Same institution; then same district at different institutions (each pair once).
	for (const g of groups((o) => o.institution.id)) compare(g, () => false);
	for (const g of groups((o) => o.districtSlug)) {
		compare(g, (x, y) => x.institution.id === y.institution.id);
	}
	pairs.sort(
		(x, y) =>
			y.similarity - x.similarity ||
			x.a.title.localeCompare(y.a.title, 'de') ||
			x.a.id.localeCompare(y.a.id) ||
			x.b.id.localeCompare(y.b.id)
	);
	return { total: pairs.length, items: pairs.slice(0, limit) };
}

async function stale(
	db: Db,
	now: Date,
	staleAfterDays: number,
	limit: number
): Promise<Section<StaleOffer>> {
	const cutoff = new Date(now.getTime() - staleAfterDays * 86_400_000);
	const where = and(
		eq(offers.status, 'published'),
		or(sql`${offers.lastVerifiedAt} is null`, lt(offers.lastVerifiedAt, cutoff))
	);
	const [count] = await db
		.select({ n: sql<number>`count(*)::int` })
		.from(offers)
		.where(where);
	const rows = await db
		.select({ ...offerColumns(offers, institutions), lastVerifiedAt: offers.lastVerifiedAt })
		.from(offers)
		.innerJoin(institutions, eq(institutions.id, offers.institutionId))
		.where(where)
		.orderBy(sql`${offers.lastVerifiedAt} asc nulls first`, asc(offers.title))
		.limit(limit);
	return {
		total: Number(count?.n ?? 0),
		items: rows.map((r) => ({ ...toOffer(r), lastVerifiedAt: toIso(r.lastVerifiedAt) }))
	};
}

/** Each check as an SQL condition on an offer row. */
function missingConditions(): Record<MissingCheck, SQL> {
	const young = sql.join(
		YOUNG_LIFE_PHASES.map((p) => sql`${p}`),
		sql`, `
	);
	return {
		summary: sql`coalesce(btrim(${offers.summary}), '') = ''`,
		registrationContact: sql`(${offers.registrationRequired}
			and coalesce(btrim(${offers.registrationUrl}), '') = ''
			and coalesce(btrim(${offers.registrationEmail}), '') = ''
			and coalesce(btrim(${offers.registrationPhone}), '') = '')`,
		ages: sql`(${offers.lifePhases} && array[${young}]::text[]
			and ${offers.ageMin} is null and ${offers.ageMax} is null)`,
		accessibility: sql`(${offers.wheelchairAccessible} is null
			and coalesce(btrim(${offers.accessibilityNotes}), '') = '')`,
		translation: sql`${offers.translations} = '{}'::jsonb`
	};
}

async function missing(
	db: Db,
	limit: number,
	only: MissingCheck | undefined
): Promise<QualityReport['missing']> {
	const cond = missingConditions();
	const visible = inArray(offers.status, [...VISIBLE]);
	const anyMissing = or(...MISSING_CHECKS.map((c) => cond[c]));
	const counts = Object.fromEntries(
		MISSING_CHECKS.map((c) => [c, sql<number>`count(*) filter (where ${cond[c]})::int`])
	) as Record<MissingCheck, SQL<number>>;
	const [row] = await db
		.select({ ...counts, total: sql<number>`count(*) filter (where ${anyMissing})::int` })
		.from(offers)
		.where(visible);
	const byCheck = Object.fromEntries(
		MISSING_CHECKS.map((c) => [c, Number(row?.[c] ?? 0)])
	) as Record<MissingCheck, number>;
	const flags = Object.fromEntries(
		MISSING_CHECKS.map((c) => [c, sql<boolean>`(${cond[c]})`])
	) as Record<MissingCheck, SQL<boolean>>;
	const rows = await db
		.select({ ...offerColumns(offers, institutions), ...flags })
		.from(offers)
		.innerJoin(institutions, eq(institutions.id, offers.institutionId))
		.where(and(visible, only ? cond[only] : anyMissing))
		.orderBy(asc(institutions.name), asc(offers.title), asc(offers.id))
		.limit(limit);
	return {
		total: only ? byCheck[only] : Number(row?.total ?? 0),
		byCheck,
		items: rows.map((r) => ({
			...toOffer(r),
			missing: MISSING_CHECKS.filter((c) => r[c] === true || String(r[c]) === 'true')
		}))
	};
}

async function past(db: Db, now: Date, limit: number): Promise<Section<PastOffer>> {
	const lastDated = sql`(select max(coalesce(${offerDates.endsAt}, ${offerDates.startsAt})) from ${offerDates} where ${offerDates.offerId} = ${offers.id})`;
	const lastDate = sql<unknown>`case when ${offers.scheduleType} = 'dates' then ${lastDated} else ${offers.recurrenceUntil} end`;
	const where = and(
		inArray(offers.status, [...VISIBLE]),
		or(
			and(
				eq(offers.scheduleType, 'dates'),
				sql`coalesce(${lastDated}, '-infinity'::timestamptz) < ${now.toISOString()}::timestamptz`
			),
			and(eq(offers.scheduleType, 'recurring'), lt(offers.recurrenceUntil, now))
		)
	);
	const [count] = await db
		.select({ n: sql<number>`count(*)::int` })
		.from(offers)
		.where(where);
	const rows = await db
		.select({ ...offerColumns(offers, institutions), lastDate })
		.from(offers)
		.innerJoin(institutions, eq(institutions.id, offers.institutionId))
		.where(where)
		.orderBy(sql`${lastDate} desc nulls last`, asc(offers.title))
		.limit(limit);
	return {
		total: Number(count?.n ?? 0),
		items: rows.map((r) => ({ ...toOffer(r), lastDate: toIso(r.lastDate) }))
	};
}

/** All four checks; each section lists up to its limit and counts everything. */
export async function qualityReport(db: Db, opts: QualityOptions): Promise<QualityReport> {
	assertCan(isStaff(opts.actor), 'Nur das Bildungsbüro sieht die Qualitätsprüfungen.');
	const limit = (s: QualitySection) => Math.max(0, opts.limits?.[s] ?? DEFAULT_LIMIT);
	const { staleAfterDays } = (await getSettings(db)).freshness;
	// Sequential: PGlite has one connection, and the checks are small.
	const dup = await duplicates(db, limit('duplicates'));
	const old = await stale(db, opts.now, staleAfterDays, limit('stale'));
	const gaps = await missing(db, limit('missing'), opts.missingCheck);
	const ended = await past(db, opts.now, limit('past'));
	return { staleAfterDays, duplicates: dup, stale: old, missing: gaps, past: ended };
}

/** How many published offers are stale (for the overview), without listing them. */
export async function countStaleOffers(db: Db, { actor, now }: { actor: Actor; now: Date }) {
	assertCan(isStaff(actor), 'Nur das Bildungsbüro sieht die Qualitätsprüfungen.');
	const { staleAfterDays } = (await getSettings(db)).freshness;
	const section = await stale(db, now, staleAfterDays, 0);
	return { staleAfterDays, count: section.total };
}
