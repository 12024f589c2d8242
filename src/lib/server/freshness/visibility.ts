/**
 * The one rule that decides which offers the public sees: published, and not
 * hidden for being unconfirmed too long. Every public read (search index,
 * offer page, API, institution pages, counts) goes through publicOffersWhere().
 * Plain comparisons with a timestamp parameter: the same SQL on PGlite and
 * PostgreSQL 15+.
 */
import { and, eq, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client';
import { offers } from '../db/schema';
import { getSettings, type TFreshness } from '../settings/settings';
import { freshnessCutoffs } from './freshness';

/** coalesce(last_verified_at, published_at): what the periods count from. */
export const offerVerifiedBase = sql<Date | null>`coalesce(${offers.lastVerifiedAt}, ${offers.publishedAt})`;

/** Not hidden: verified after the hiding cutoff, or never (then only marked, see freshness.ts). */
export function notHidden(freshness: TFreshness, now: Date = new Date()): SQL {
	const { hiddenAtOrBefore } = freshnessCutoffs(freshness, now);
	return or(
		and(isNull(offers.lastVerifiedAt), isNull(offers.publishedAt)),
		sql`${offerVerifiedBase} > ${hiddenAtOrBefore.toISOString()}`
	)!;
}

export interface VisibilityOptions {
	/** Also return published offers that are hidden for being unconfirmed (default false). */
	includeHidden?: boolean;
	/** The freshness periods (default: the stored settings). */
	freshness?: TFreshness;
	/** Default: the current time. */
	now?: Date;
}

/** The condition for offers the public may see (or all published ones with includeHidden). */
export async function publicOffersWhere(db: Db, opts: VisibilityOptions = {}): Promise<SQL> {
	const published = eq(offers.status, 'published');
	if (opts.includeHidden) return published;
	const freshness = opts.freshness ?? (await getSettings(db)).freshness;
	return and(published, notHidden(freshness, opts.now))!;
}
