/**
 * Which seeded offers are fresh, due soon or stale, computed the way a client
 * of the public API would: from each item's lastVerifiedAt and the default
 * periods (182 days until stale, reminder 14 days before, hidden 60 days later).
 */
import { baseUrl } from '../helpers';

export const DEFAULTS = { staleAfterDays: 182, reminderDaysBefore: 14, graceDays: 60 };
const DAY_MS = 86_400_000;

export interface PublicOffer {
	id: string;
	slug: string;
	title: string;
	institution: { slug: string; name: string };
	lastVerifiedAt: string | null;
	publishedAt: string | null;
	/** Days since the last check (or publication). */
	age: number;
}

/** Every offer the public API lists (pages of 100). */
export async function publicOffers(query = ''): Promise<PublicOffer[]> {
	const out: PublicOffer[] = [];
	for (let page = 1; ; page++) {
		const res = await fetch(`${baseUrl()}/api/v1/offers?pageSize=100&page=${page}${query}`);
		if (!res.ok) throw new Error(`GET /api/v1/offers: ${res.status}`);
		const body = (await res.json()) as { total: number; items: Omit<PublicOffer, 'age'>[] };
		for (const o of body.items) {
			const base = Date.parse(o.lastVerifiedAt ?? o.publishedAt ?? '');
			out.push({ ...o, age: (Date.now() - base) / DAY_MS });
		}
		if (page * 100 >= body.total || body.items.length === 0) return out;
	}
}

/** Stale under the defaults, with a margin of days to both boundaries. */
export const isStale = (o: PublicOffer, margin = 3) =>
	o.age >= DEFAULTS.staleAfterDays + margin &&
	o.age < DEFAULTS.staleAfterDays + DEFAULTS.graceDays - margin;

export const isFresh = (o: PublicOffer, margin = 3) =>
	o.age < DEFAULTS.staleAfterDays - DEFAULTS.reminderDaysBefore - margin;
