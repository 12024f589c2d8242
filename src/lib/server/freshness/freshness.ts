/**
 * How fresh a published offer is, from the day a person last confirmed it
 * ("zuletzt geprüft"). Pure: the periods come from the settings, `now` from
 * the caller.
 *
 *   verified ──(staleAfterDays − reminderDaysBefore)──▶ due_soon (providers are reminded)
 *            ──(staleAfterDays)──────────────────────▶ stale (marked on public pages)
 *            ──(staleAfterDays + graceDays)──────────▶ hidden (not shown to the public)
 *
 * Each state starts at its instant (inclusive). A day is 24 hours.
 *
 * Without a `lastVerifiedAt` the offer counts from `publishedAt`. With neither
 * (data that skipped moderation) the offer is `stale` with no dates: marked as
 * unconfirmed on public pages, but never hidden, because there is no day to
 * count the grace period from.
 */
import type { TFreshness } from '../settings/settings';

export const DAY_MS = 86_400_000;

export type FreshnessState = 'fresh' | 'due_soon' | 'stale' | 'hidden';

type DateLike = string | Date;

/** A date, or an offer-like object with lastVerifiedAt / publishedAt. */
export type VerifiedSource =
	DateLike | null | undefined | { lastVerifiedAt?: DateLike | null; publishedAt?: DateLike | null };

export interface Freshness {
	state: FreshnessState;
	/** The instant the periods count from (last verification, else publication). */
	verifiedAt: Date | null;
	/** From here on providers are reminded. */
	dueSoonFrom: Date | null;
	/** From here on the offer is marked as possibly outdated. */
	staleSince: Date | null;
	/** From here on the offer is hidden from the public. */
	hiddenFrom: Date | null;
}

const toDate = (d: DateLike): Date => (d instanceof Date ? d : new Date(d));

/** The instant the freshness periods count from, or null. */
export function verifiedBase(source: VerifiedSource): Date | null {
	if (source == null) return null;
	if (typeof source === 'string' || source instanceof Date) return toDate(source);
	const d = source.lastVerifiedAt ?? source.publishedAt;
	return d == null ? null : toDate(d);
}

export function freshnessOf(
	source: VerifiedSource,
	freshness: TFreshness,
	now: Date = new Date()
): Freshness {
	const verifiedAt = verifiedBase(source);
	if (!verifiedAt || Number.isNaN(verifiedAt.getTime())) {
		return {
			state: 'stale',
			verifiedAt: null,
			dueSoonFrom: null,
			staleSince: null,
			hiddenFrom: null
		};
	}
	const at = (days: number) => new Date(verifiedAt.getTime() + days * DAY_MS);
	const staleSince = at(freshness.staleAfterDays);
	const dueSoonFrom = at(freshness.staleAfterDays - freshness.reminderDaysBefore);
	const hiddenFrom = at(freshness.staleAfterDays + freshness.graceDays);
	const t = now.getTime();
	const state: FreshnessState =
		t >= hiddenFrom.getTime()
			? 'hidden'
			: t >= staleSince.getTime()
				? 'stale'
				: t >= dueSoonFrom.getTime()
					? 'due_soon'
					: 'fresh';
	return { state, verifiedAt, dueSoonFrom, staleSince, hiddenFrom };
}

/**
 * The latest verification instant that still counts as fresh, not due, not
 * stale, not hidden: an offer verified at or before `hiddenBefore` is hidden, etc.
 * The SQL conditions use these, so SQL and freshnessOf() agree.
 */
export function freshnessCutoffs(freshness: TFreshness, now: Date = new Date()) {
	const back = (days: number) => new Date(now.getTime() - days * DAY_MS);
	return {
		dueSoonAtOrBefore: back(freshness.staleAfterDays - freshness.reminderDaysBefore),
		staleAtOrBefore: back(freshness.staleAfterDays),
		hiddenAtOrBefore: back(freshness.staleAfterDays + freshness.graceDays)
	};
}
