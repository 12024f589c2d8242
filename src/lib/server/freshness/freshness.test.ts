import { describe, expect, it } from 'vitest';
import { DAY_MS, freshnessCutoffs, freshnessOf } from './freshness';

const periods = { staleAfterDays: 182, reminderDaysBefore: 14, graceDays: 60 };
const verified = new Date('2026-01-10T09:00:00Z');
const after = (days: number, ms = 0) => new Date(verified.getTime() + days * DAY_MS + ms);

describe('freshnessOf', () => {
	it.each([
		[0, 0, 'fresh'],
		[168, -1, 'fresh'],
		[168, 0, 'due_soon'],
		[182, -1, 'due_soon'],
		[182, 0, 'stale'],
		[242, -1, 'stale'],
		[242, 0, 'hidden'],
		[1000, 0, 'hidden']
	] as const)('%i days %i ms after the check: %s', (days, ms, state) => {
		expect(freshnessOf(verified, periods, after(days, ms)).state).toBe(state);
	});

	it('names the instants each state begins', () => {
		const f = freshnessOf(verified.toISOString(), periods, verified);
		expect(f).toEqual({
			state: 'fresh',
			verifiedAt: verified,
			dueSoonFrom: after(168),
			staleSince: after(182),
			hiddenFrom: after(242)
		});
	});

	it('counts from publishedAt when an offer was never re-checked', () => {
		const offer = { lastVerifiedAt: null, publishedAt: verified.toISOString() };
		expect(freshnessOf(offer, periods, after(182)).state).toBe('stale');
		expect(freshnessOf(offer, periods, after(181)).state).toBe('due_soon');
		const both = { lastVerifiedAt: after(100).toISOString(), publishedAt: verified };
		expect(freshnessOf(both, periods, after(182)).state).toBe('fresh');
	});

	it('marks an offer with neither date as stale, but never hides it', () => {
		const f = freshnessOf({ lastVerifiedAt: null, publishedAt: null }, periods, after(5000));
		expect(f).toEqual({
			state: 'stale',
			verifiedAt: null,
			dueSoonFrom: null,
			staleSince: null,
			hiddenFrom: null
		});
		expect(freshnessOf(null, periods).state).toBe('stale');
	});

	it('with no grace period, hides the moment an offer goes stale', () => {
		const f = freshnessOf(verified, { ...periods, graceDays: 0 }, after(182));
		expect(f.state).toBe('hidden');
		expect(f.hiddenFrom).toEqual(f.staleSince);
	});
});

describe('freshnessCutoffs', () => {
	it('agrees with freshnessOf at the boundaries', () => {
		const now = new Date('2026-11-26T12:00:00Z');
		const c = freshnessCutoffs(periods, now);
		expect(freshnessOf(c.hiddenAtOrBefore, periods, now).state).toBe('hidden');
		expect(freshnessOf(new Date(c.hiddenAtOrBefore.getTime() + 1), periods, now).state).toBe(
			'stale'
		);
		expect(freshnessOf(c.staleAtOrBefore, periods, now).state).toBe('stale');
		expect(freshnessOf(new Date(c.staleAtOrBefore.getTime() + 1), periods, now).state).toBe(
			'due_soon'
		);
		expect(freshnessOf(c.dueSoonAtOrBefore, periods, now).state).toBe('due_soon');
		expect(freshnessOf(new Date(c.dueSoonAtOrBefore.getTime() + 1), periods, now).state).toBe(
			'fresh'
		);
	});
});
