/**
 * Quality checks for the education office: likely duplicates, offers nobody
 * has confirmed for a long time, missing recommended fields, and offers whose
 * dates are all past. Looks at what the public sees or is about to see
 * (published and in-review offers). Staff only.
 *
 * The SQL runs unchanged on PostgreSQL 15+ and PGlite.
 */
import { and, asc, eq, inArray, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client';
import { institutions, offerDates, offers } from '../db/schema';
import { assertCan, isStaff, type Actor } from '../accounts';
import { getSettings } from '../settings';
import { findDuplicates } from './duplicates';
import { offerColumns, toIso, toOffer, VISIBLE } from './offer-rows';
import {
	MISSING_CHECKS,
	YOUNG_LIFE_PHASES,
	type MissingCheck,
	type PastOffer,
	type QualityReport,
	type QualitySection,
	type Section,
	type StaleOffer
} from './quality.types';

export interface QualityOptions {
	actor: Actor;
	now: Date;
	/** How many items each section returns (its total is always complete). Default 20. */
	limits?: Partial<Record<QualitySection, number>>;
	/** Only offers missing this field in the "missing" section. */
	missingCheck?: MissingCheck;
}

const DEFAULT_LIMIT = 20;

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
	const dup = await findDuplicates(db, limit('duplicates'));
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
