/** Counts for the back office: published offers by freshness state. */
import { count, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { offers } from '../db/schema';
import type { TFreshness } from '../settings/settings';
import { freshnessCutoffs, type FreshnessState } from './freshness';
import { offerVerifiedBase } from './visibility';

export async function countOffersByFreshness(
	db: Db,
	freshness: TFreshness,
	now: Date = new Date()
): Promise<Record<FreshnessState, number>> {
	const c = freshnessCutoffs(freshness, now);
	const state = sql<FreshnessState>`case
		when ${offerVerifiedBase} is null then 'stale'
		when ${offerVerifiedBase} <= ${c.hiddenAtOrBefore.toISOString()} then 'hidden'
		when ${offerVerifiedBase} <= ${c.staleAtOrBefore.toISOString()} then 'stale'
		when ${offerVerifiedBase} <= ${c.dueSoonAtOrBefore.toISOString()} then 'due_soon'
		else 'fresh' end`;
	const rows = await db
		.select({ state, n: count() })
		.from(offers)
		.where(eq(offers.status, 'published'))
		// By position: the CASE carries parameters, so repeating it would not match.
		.groupBy(sql`1`);
	const out: Record<FreshnessState, number> = { fresh: 0, due_soon: 0, stale: 0, hidden: 0 };
	for (const r of rows) out[r.state] = r.n;
	return out;
}
