/** A complete TOffer for the opendata unit tests. */
import type { TOffer } from '../offers/offer.schemas';

export function sampleOffer(overrides: Partial<TOffer> = {}): TOffer {
	return {
		id: '0b7e5c1a-3d4f-4a6b-9c8d-1e2f3a4b5c6d',
		slug: 'sprachkurs-deutsch-a1',
		externalId: null,
		url: 'https://bildung.example.de/angebote/sprachkurs-deutsch-a1',
		title: 'Sprachkurs Deutsch A1',
		summary: 'Deutsch lernen; Schritt für Schritt, mit Spaß',
		description: 'Ein Kurs für Erwachsene.',
		translations: { en: { title: 'German course A1', description: 'A course for adults.' } },
		institution: {
			id: '1c8f6d2b-4e5a-4b7c-8d9e-2f3a4b5c6d7e',
			slug: 'vhs-salzgitter',
			name: 'Volkshochschule Salzgitter',
			type: 'vhs'
		},
		format: 'kurs',
		topics: ['sprache', 'integration'],
		lifePhases: ['erwachsene'],
		ageMin: null,
		ageMax: null,
		languages: ['de', 'tr'],
		cost: { type: 'paid', amountCents: 4900, note: null, reducedFeeAvailable: true },
		butEligible: false,
		accessibility: { wheelchairAccessible: true, notes: null },
		location: {
			atInstitution: true,
			name: null,
			street: 'Kattowitzer Straße 186',
			postalCode: '38226',
			locality: 'Salzgitter',
			district: { slug: 'lebenstedt', name: 'Lebenstedt' },
			lat: 52.1561,
			lon: 10.3301
		},
		schedule: {
			type: 'dates',
			note: null,
			rrule: null,
			start: null,
			until: null,
			durationMinutes: 90,
			exceptions: [],
			dates: [
				{ startsAt: '2025-03-10T17:00:00.000Z', endsAt: '2025-03-10T18:30:00.000Z', note: null },
				{ startsAt: '2025-07-14T16:00:00.000Z', endsAt: null, note: 'Abschluss' }
			]
		},
		registration: {
			required: true,
			url: null,
			email: 'kurse@vhs.example',
			phone: null,
			note: null
		},
		sdgs: [4],
		status: 'published',
		lastVerifiedAt: '2025-02-01T10:00:00.000Z',
		publishedAt: '2025-02-01T10:00:00.000Z',
		updatedAt: '2025-02-02T10:00:00.000Z',
		...overrides
	};
}

export const recurringSchedule: TOffer['schedule'] = {
	type: 'recurring',
	note: 'dienstags 15:00–16:00 Uhr',
	rrule: 'FREQ=WEEKLY;BYDAY=TU',
	start: '2025-03-04T14:00:00.000Z',
	until: '2025-06-23T22:00:00.000Z',
	durationMinutes: 60,
	exceptions: ['2025-04-15', '2025-04-22T13:00:00.000Z'],
	dates: []
};
