/**
 * The view of one offer's page, in the user's language: used by the public
 * offer page and by the editor's preview, so the preview is exactly what the
 * public will see.
 */
import type { TOffer } from '$lib/server/offers';
import { cityConfig } from '$lib/server/config/city';
import { termLabel } from '$lib/server/config/taxonomies';
import {
	describeExceptions,
	describeRecurrence,
	formatAges,
	formatDate,
	formatDateTimeRange,
	formatPrice,
	formatTime
} from '$lib/components/finder/format';
import { freshnessOf } from '$lib/server/freshness';
import type { TFreshness } from '$lib/server/settings';
import { languageView, localizedText, sdgLabel, termViews } from './present.server';

/** Upcoming dates listed on the page; the .ics file has them all. */
const DATES_SHOWN = 30;

/**
 * How current the offer is, for the notice at the top and the "last checked"
 * row: `marked` when it is stale (or, in a preview, hidden); `since` is the
 * date the periods count from. Null when no periods are given (e.g. drafts).
 */
function freshnessView(
	offer: TOffer,
	freshness: TFreshness | undefined,
	now: Date,
	locale: 'de' | 'en',
	tz: string
) {
	if (!freshness || offer.status !== 'published') return null;
	const f = freshnessOf(offer, freshness, now);
	return {
		state: f.state,
		marked: f.state === 'stale' || f.state === 'hidden',
		since: f.verifiedAt ? formatDate(f.verifiedAt.toISOString(), locale, tz) : null
	};
}

export function presentOfferDetail(
	offer: TOffer,
	{
		locale,
		nextStart,
		freshness,
		now = new Date()
	}: {
		locale: 'de' | 'en';
		nextStart: string | null;
		/** The freshness periods (settings); without them the offer is not marked. */
		freshness?: TFreshness;
		now?: Date;
	}
) {
	const { city } = cityConfig();
	const tz = city.timezone;
	const text = localizedText(offer, locale);
	/** Free text the provider wrote is German; marked as such on pages in other languages. */
	const providerLang = locale === 'de' ? null : 'de';
	const s = offer.schedule;
	const nowMs = now.getTime();
	const upcoming = s.dates.filter((d) => Date.parse(d.endsAt ?? d.startsAt) >= nowMs);
	const recurrence = s.type === 'recurring' ? describeRecurrence(s, locale, tz) : null;
	// A provider's note that only repeats the rule in words ("jeden Dienstag, 15:00 Uhr") is left out.
	const startTime = s.start ? formatTime(s.start, locale, tz) : null;
	const noteRepeatsRule = !!(recurrence && startTime && s.note?.includes(startTime));
	// The next date of a recurring offer, as the search engine computes it.
	let nextDate: string | null = null;
	if (s.type === 'recurring') {
		const next = nextStart;
		if (next)
			nextDate = formatDateTimeRange(
				next,
				s.durationMinutes
					? new Date(Date.parse(next) + s.durationMinutes * 60_000).toISOString()
					: null,
				locale,
				tz
			);
	}

	return {
		slug: offer.slug,
		title: text.title,
		summary: text.summary,
		description: {
			paragraphs: text.description.text
				.split(/\n\s*\n/)
				.map((p) => p.trim())
				.filter((p) => p !== ''),
			lang: text.description.lang
		},
		providerLang,
		institution: {
			slug: offer.institution.slug,
			name: offer.institution.name,
			type: termLabel('institution-types', offer.institution.type, locale)
		},
		location: offer.location,
		format: { code: offer.format, label: termLabel('formats', offer.format, locale) },
		topics: termViews('topics', offer.topics, locale),
		lifePhases: termViews('life-phases', offer.lifePhases, locale),
		ages: formatAges(offer.ageMin, offer.ageMax, locale),
		languages: offer.languages.map((c) => languageView(c, locale)),
		cost: {
			free: offer.cost.type === 'free',
			price: offer.cost.amountCents !== null ? formatPrice(offer.cost.amountCents, locale) : null,
			note: offer.cost.note,
			reducedFee: offer.cost.reducedFeeAvailable
		},
		but: offer.butEligible,
		accessibility: offer.accessibility,
		schedule: {
			type: s.type,
			note: noteRepeatsRule ? null : s.note,
			recurrence,
			nextDate,
			exceptions: s.type === 'recurring' ? describeExceptions(s.exceptions, locale, tz) : null,
			dates: upcoming.slice(0, DATES_SHOWN).map((d) => ({
				startsAt: d.startsAt,
				text: formatDateTimeRange(d.startsAt, d.endsAt, locale, tz),
				note: d.note
			})),
			moreDates: Math.max(0, upcoming.length - DATES_SHOWN),
			pastDates: s.dates.length - upcoming.length,
			hasCalendar: s.type === 'dates' || s.type === 'recurring'
		},
		registration: offer.registration,
		sdgs: offer.sdgs.map((n) => ({ code: String(n), label: sdgLabel(String(n), locale) })),
		lastVerified: offer.lastVerifiedAt ? formatDate(offer.lastVerifiedAt, locale, tz) : null,
		freshness: freshnessView(offer, freshness, now, locale, tz),
		published: offer.publishedAt ? formatDate(offer.publishedAt, locale, tz) : null,
		updated: formatDate(offer.updatedAt, locale, tz)
	};
}

export type OfferDetailView = ReturnType<typeof presentOfferDetail>;
