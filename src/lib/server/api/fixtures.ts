/** A small, fixed set of institutions and offers for the API and module tests. */
import type { Db } from '../db/client';
import { institutions, offerDates, offers } from '../db/schema';

export const FIXTURE_NOW = new Date('2025-03-01T09:00:00Z');

/**
 * Published fixtures were confirmed a week ago (by the real clock), so they stay
 * fresh and visible to the public whenever the tests run (see freshness/).
 */
export const fixtureVerifiedAt = (): Date => new Date(Date.now() - 7 * 86_400_000);

export async function insertFixtures(db: Db) {
	const [vhs, kita, verein] = await db
		.insert(institutions)
		.values([
			{
				slug: 'vhs-salzgitter',
				name: 'Volkshochschule Salzgitter',
				type: 'vhs',
				operator: 'Stadt Salzgitter',
				street: 'Kattowitzer Straße 186',
				postalCode: '38226',
				locality: 'Salzgitter',
				districtSlug: 'lebenstedt',
				lat: 52.1561,
				lon: 10.3301,
				email: 'info@vhs.example',
				openingHours: [{ days: 'Mo–Fr', opens: '08:00', closes: '16:00' }],
				languages: ['de', 'tr']
			},
			{
				slug: 'kita-grosser-baer',
				name: 'Kita Großer Bär',
				type: 'kita',
				street: 'Bärenweg 1',
				postalCode: '38239',
				locality: 'Salzgitter',
				districtSlug: 'thiede',
				lat: 52.1872,
				lon: 10.4839,
				languages: ['de', 'ar'],
				wheelchairAccessible: true
			},
			{
				slug: 'sv-mueller',
				name: 'Sportverein Müller 100% e.V.',
				type: 'verein',
				street: 'Am Platz 3',
				postalCode: '38226',
				locality: 'Salzgitter',
				districtSlug: 'lebenstedt',
				lat: 52.16,
				lon: 10.33,
				languages: ['de']
			}
		])
		.returning();
	const base = {
		description: 'Beschreibung',
		lastVerifiedAt: fixtureVerifiedAt(),
		publishedAt: FIXTURE_NOW,
		status: 'published' as const
	};
	const [sprachkurs, schwimmen, beratung, entwurf] = await db
		.insert(offers)
		.values([
			{
				...base,
				slug: 'sprachkurs-deutsch-a1',
				institutionId: vhs!.id,
				title: 'Sprachkurs Deutsch A1',
				summary: 'Deutsch lernen, Schritt für Schritt',
				format: 'kurs',
				topics: ['sprache'],
				lifePhases: ['erwachsene'],
				languages: ['de', 'tr'],
				costType: 'paid' as const,
				costAmountCents: 4900,
				scheduleType: 'dates' as const
			},
			{
				...base,
				slug: 'schwimmen-fuer-kinder',
				institutionId: kita!.id,
				title: 'Schwimmen für Kinder',
				format: 'regelmaessig',
				topics: ['bewegung'],
				lifePhases: ['grundschule'],
				scheduleType: 'recurring' as const,
				rrule: 'FREQ=WEEKLY;BYDAY=TU',
				recurrenceStart: new Date('2025-03-04T14:00:00Z'),
				recurrenceUntil: new Date('2025-06-24T00:00:00+02:00'),
				durationMinutes: 60,
				venueName: 'Hallenbad Thiede',
				venueStreet: 'Badstraße 2',
				venuePostalCode: '38239',
				venueLocality: 'Salzgitter',
				venueDistrictSlug: 'thiede',
				venueLat: 52.19,
				venueLon: 10.48
			},
			{
				...base,
				slug: 'elternberatung',
				institutionId: kita!.id,
				title: 'Elternberatung',
				format: 'beratung',
				topics: ['eltern', 'beratung'],
				lifePhases: ['familien']
			},
			{
				...base,
				status: 'draft' as const,
				publishedAt: null,
				slug: 'entwurf',
				institutionId: vhs!.id,
				title: 'Entwurf',
				format: 'kurs'
			}
		])
		.returning();
	await db.insert(offerDates).values([
		{
			offerId: sprachkurs!.id,
			startsAt: new Date('2025-03-10T17:00:00Z'),
			endsAt: new Date('2025-03-10T18:30:00Z')
		},
		{ offerId: sprachkurs!.id, startsAt: new Date('2025-03-17T17:00:00Z') }
	]);
	return {
		institutions: { vhs: vhs!, kita: kita!, verein: verein! },
		offers: {
			sprachkurs: sprachkurs!,
			schwimmen: schwimmen!,
			beratung: beratung!,
			entwurf: entwurf!
		}
	};
}
