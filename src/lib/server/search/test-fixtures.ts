/**
 * Test helpers for the search module (also used by the micro-benchmark):
 * `makeOffer` returns a complete, valid TOffer from a few overrides.
 */
import type { TDistrict } from '../districts';
import type { TOffer } from '../offers/offer.schemas';
import type { SearchResult } from './engine';
import { ZOfferSearchQuery, type TOfferSearchQuery } from './search.schemas';

type Offer = TOffer;

export interface OfferOverrides extends Partial<
	Omit<Offer, 'institution' | 'location' | 'schedule' | 'cost' | 'accessibility' | 'registration'>
> {
	institution?: Partial<Offer['institution']>;
	location?: Partial<Omit<Offer['location'], 'district'>> & {
		district?: Offer['location']['district'];
	};
	schedule?: Partial<Offer['schedule']>;
	cost?: Partial<Offer['cost']>;
	accessibility?: Partial<Offer['accessibility']>;
	registration?: Partial<Offer['registration']>;
}

/** A few real Salzgitter districts (centres from config/cities/salzgitter/districts.csv). */
export const testDistricts: TDistrict[] = [
	district('lebenstedt', 'Lebenstedt', 'Nord', 52.1612, 10.3242),
	district('thiede', 'Thiede', 'Nordost', 52.1872, 10.4839),
	district('salzgitter-bad', 'Salzgitter-Bad', 'Süd', 52.0525, 10.3764),
	district('gebhardshagen', 'Gebhardshagen', 'West', 52.1063, 10.3579),
	district('uefingen', 'Üfingen', 'Nordost', 52.2, 10.417)
];

function district(
	slug: string,
	name: string,
	borough: string,
	lat: number,
	lon: number
): TDistrict {
	return { slug, name, borough, lat, lon, population: 1000, coordinatesApproximate: false };
}

let counter = 0;

/** A valid v4-shaped UUID from a number (deterministic, readable in failures). */
export function testUuid(n: number): string {
	return `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
}

export function makeOffer(overrides: OfferOverrides = {}): TOffer {
	const n = ++counter;
	const title = overrides.title ?? `Angebot ${n}`;
	const slug = overrides.slug ?? `angebot-${n}`;
	const districtRef = overrides.location?.district ?? { slug: 'lebenstedt', name: 'Lebenstedt' };
	const centre = testDistricts.find((d) => d.slug === districtRef.slug);
	const { institution, location, schedule, cost, accessibility, registration, ...rest } = overrides;
	return {
		id: testUuid(n),
		slug,
		externalId: null,
		url: `http://localhost:3000/angebote/${slug}`,
		title,
		summary: null,
		description: `${title}.`,
		translations: {},
		format: 'kurs',
		topics: [],
		lifePhases: [],
		ageMin: null,
		ageMax: null,
		languages: ['de'],
		butEligible: false,
		sdgs: [],
		status: 'published',
		lastVerifiedAt: null,
		publishedAt: '2025-01-01T09:00:00.000Z',
		updatedAt: '2025-01-01T09:00:00.000Z',
		...rest,
		institution: {
			id: testUuid(1_000_000 + n),
			slug: 'vhs-salzgitter',
			name: 'Volkshochschule Salzgitter',
			type: 'vhs',
			...institution
		},
		cost: { type: 'free', amountCents: null, note: null, reducedFeeAvailable: false, ...cost },
		accessibility: { wheelchairAccessible: null, notes: null, ...accessibility },
		location: {
			atInstitution: true,
			name: null,
			street: 'Kattowitzer Straße 186',
			postalCode: '38226',
			locality: 'Salzgitter',
			lat: centre?.lat ?? 52.1612,
			lon: centre?.lon ?? 10.3242,
			...location,
			district: districtRef
		},
		schedule: {
			type: 'ongoing',
			note: null,
			rrule: null,
			start: null,
			until: null,
			durationMinutes: null,
			exceptions: [],
			dates: [],
			...schedule
		},
		registration: {
			required: false,
			url: null,
			email: null,
			phone: null,
			note: null,
			...registration
		}
	};
}

/** A parsed search query from URL-style input, as routes would pass it. */
export function searchQuery(input: Record<string, string | string[]> = {}): TOfferSearchQuery {
	return ZOfferSearchQuery.parse(input);
}

/** Titles of the hits, in result order. */
export function titlesOf(result: SearchResult): string[] {
	return result.hits.map((h) => h.offer.title);
}
