/**
 * Offers that appear or disappear for the public without anyone editing them:
 * time passes (an offer crosses into "hidden"), or an admin changes the
 * periods. Their ids go to offersChanged(), so the search index follows.
 */
import { and, asc, eq, gt, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { offers } from '../db/schema';
import { offersChanged } from '../offers/offer-events';
import type { TFreshness } from '../settings/settings';
import { freshnessCutoffs } from './freshness';
import { offerVerifiedBase } from './visibility';

const BATCH = 200;
const yieldToRequests = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Published offers verified in (min(a, b), max(a, b)]: hidden under one cutoff
 * and visible under the other. Announced in batches of 200 with a pause in
 * between, so requests on the same (single PGlite) connection keep flowing.
 * Returns the number of offers announced.
 */
export async function announceOffersBetween(db: Db, a: Date, b: Date): Promise<number> {
	if (a.getTime() === b.getTime()) return 0;
	const [lo, hi] = a < b ? [a, b] : [b, a];
	let lastId: string | null = null;
	let total = 0;
	for (;;) {
		const rows: { id: string }[] = await db
			.select({ id: offers.id })
			.from(offers)
			.where(
				and(
					eq(offers.status, 'published'),
					sql`${offerVerifiedBase} > ${lo.toISOString()}`,
					sql`${offerVerifiedBase} <= ${hi.toISOString()}`,
					lastId ? gt(offers.id, lastId) : undefined
				)
			)
			.orderBy(asc(offers.id))
			.limit(BATCH);
		if (rows.length === 0) break;
		await offersChanged(rows.map((r) => r.id));
		total += rows.length;
		lastId = rows[rows.length - 1]!.id;
		if (rows.length < BATCH) break;
		await yieldToRequests();
	}
	return total;
}

/** After the periods changed: the offers whose visibility differs between the old and new periods. */
export function announceVisibilityChange(
	db: Db,
	before: TFreshness,
	after: TFreshness,
	now: Date = new Date()
): Promise<number> {
	return announceOffersBetween(
		db,
		freshnessCutoffs(before, now).hiddenAtOrBefore,
		freshnessCutoffs(after, now).hiddenAtOrBefore
	);
}
