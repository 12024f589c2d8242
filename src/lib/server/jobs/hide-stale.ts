/**
 * Job: offers that crossed into "hidden" since the last run are announced with
 * offersChanged(), so the running app drops them from its search index (the
 * public reads hide them on their own, see freshness/visibility.ts). Offers
 * that came back (re-verified) were announced by the re-verification itself.
 *
 * Per database the job remembers when it last looked and with which periods;
 * the first run in a process announces every hidden offer (removing an offer
 * the index does not hold costs nothing). The app primes the memory with the
 * moment it built its index, so its first run only announces what crossed since.
 */
import type { Db } from '../db/client';
import { freshnessCutoffs } from '../freshness/freshness';
import { announceOffersBetween } from '../freshness/hidden-changes';
import type { TFreshness } from '../settings/settings';

interface LastLook {
	at: Date;
	freshness: TFreshness;
}

const lastLook = new WeakMap<Db, LastLook>();

/** Offers verified before this were never visible in this app (no offers before 1970). */
const BEGINNING = new Date(0);

/** Remembers that the search index was built at `at` with these periods. */
export function primeHiddenOffers(db: Db, at: Date, freshness: TFreshness): void {
	lastLook.set(db, { at, freshness });
}

export async function announceNewlyHiddenOffers(
	db: Db,
	{ now, freshness }: { now: Date; freshness: TFreshness }
): Promise<{ announced: number }> {
	const prev = lastLook.get(db);
	const from = prev ? freshnessCutoffs(prev.freshness, prev.at).hiddenAtOrBefore : BEGINNING;
	const to = freshnessCutoffs(freshness, now).hiddenAtOrBefore;
	const announced = await announceOffersBetween(db, from, to);
	lastLook.set(db, { at: now, freshness });
	return { announced };
}
