/**
 * The editor's preview: the offer as the public will see it once the working
 * copy (a draft, or a pending change of a published offer) is approved. Pure
 * functions; the same shaping as the write (offer-write.ts columnsOf) and the
 * read (offer.queries.ts selectOffers), without touching the database.
 */
import type { TInstitution } from '../institutions/institution.schemas';
import { startsOf } from '../search/schedule';
import { TimeZone } from '../search/timezone';
import type { TOfferInput } from './offer-input';
import type { TOffer } from './offer.schemas';

export interface PreviewDistrict {
	slug: string;
	name: string;
	lat: number;
	lon: number;
}

/** Where an offer "at the institution" takes place: the institution's address. */
export function institutionLocation(inst: TInstitution): TOffer['location'] {
	return {
		atInstitution: true,
		name: null,
		street: inst.address.street,
		postalCode: inst.address.postalCode,
		locality: inst.address.locality,
		district: inst.address.district,
		lat: inst.lat,
		lon: inst.lon
	};
}

/**
 * The offer with the working copy applied. `atInstitution` is the
 * institution's own location (needed when a venue offer moves back to the
 * institution; otherwise the offer's current location is used).
 */
export function applyInputToOffer(
	offer: TOffer,
	input: TOfferInput,
	districts: PreviewDistrict[],
	atInstitution?: TOffer['location']
): TOffer {
	const loc = input.location;
	let location: TOffer['location'];
	if (loc.atInstitution) {
		location =
			atInstitution ??
			(offer.location.atInstitution
				? offer.location
				: { ...offer.location, atInstitution: true, name: null });
	} else {
		const district = districts.find((d) => d.slug === loc.district?.slug);
		location = {
			atInstitution: false,
			name: loc.name,
			street: loc.street ?? '',
			postalCode: loc.postalCode ?? '',
			locality: loc.locality ?? '',
			district: district ? { slug: district.slug, name: district.name } : offer.location.district,
			lat: loc.lat ?? district?.lat ?? offer.location.lat,
			lon: loc.lon ?? district?.lon ?? offer.location.lon
		};
	}
	const s = input.schedule;
	const recurring = s.type === 'recurring';
	// Instants as the database gives them back (UTC, …Z), whatever offset the body used.
	const isoOf = (v: string | null) => (v ? new Date(v).toISOString() : null);
	return {
		...offer,
		externalId: input.externalId,
		title: input.title,
		summary: input.summary,
		description: input.description,
		translations: Object.fromEntries(
			Object.entries(input.translations).map(([k, t]) => [
				k,
				{
					title: t.title,
					...(t.summary ? { summary: t.summary } : {}),
					...(t.description ? { description: t.description } : {})
				}
			])
		),
		format: input.format,
		topics: [...input.topics],
		lifePhases: [...input.lifePhases],
		ageMin: input.ageMin,
		ageMax: input.ageMax,
		languages: [...input.languages],
		cost: {
			type: input.cost.type,
			amountCents: input.cost.type === 'paid' ? input.cost.amountCents : null,
			note: input.cost.note,
			reducedFeeAvailable: input.cost.reducedFeeAvailable
		},
		butEligible: input.butEligible,
		accessibility: { ...input.accessibility },
		location,
		schedule: {
			type: s.type,
			note: s.note,
			rrule: recurring ? s.rrule : null,
			start: recurring ? isoOf(s.start) : null,
			until: recurring ? isoOf(s.until) : null,
			durationMinutes: s.durationMinutes,
			exceptions: recurring ? [...s.exceptions] : [],
			dates:
				s.type === 'dates'
					? s.dates
							.map((d) => ({
								startsAt: new Date(d.startsAt).toISOString(),
								endsAt: isoOf(d.endsAt),
								note: d.note
							}))
							.sort((a, b) => a.startsAt.localeCompare(b.startsAt))
					: []
		},
		registration: { ...input.registration },
		sdgs: [...input.sdgs]
	};
}

const DAY = 86_400_000;

/** The next start of a recurring offer from `now` (as the search index computes it), or null. */
export function nextRecurringStart(
	schedule: TOffer['schedule'],
	timeZone: string,
	now: number = Date.now()
): string | null {
	if (schedule.type !== 'recurring') return null;
	// Cancelled occurrences are dropped after the expansion: ask for enough to survive them.
	const cap = schedule.exceptions.length + 1;
	const { starts } = startsOf(schedule, new TimeZone(timeZone), now, now + 800 * DAY, cap);
	return starts[0] === undefined ? null : new Date(starts[0]).toISOString();
}
