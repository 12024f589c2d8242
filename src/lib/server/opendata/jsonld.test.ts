import { describe, expect, it } from 'vitest';
import type { TInstitution } from '../institutions/institution.schemas';
import {
	institutionJsonLd,
	jsonLdScript,
	jsonLdString,
	offerJsonLd,
	parseGermanDays
} from './jsonld';
import { recurringSchedule, sampleOffer } from './sample-offer';

const opts = { baseUrl: 'https://bildung.example.de', cityName: 'Salzgitter', locale: 'de' };
type Node = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('offerJsonLd', () => {
	it('describes a course with one CourseInstance per date', () => {
		const ld = offerJsonLd(sampleOffer(), opts) as Node;
		expect(ld['@context']).toBe('https://schema.org');
		expect(ld['@type']).toBe('Course');
		expect(ld.name).toBe('Sprachkurs Deutsch A1');
		expect(ld.provider).toEqual({
			'@type': 'Organization',
			'@id': 'https://bildung.example.de/einrichtungen/vhs-salzgitter#organisation',
			name: 'Volkshochschule Salzgitter',
			url: 'https://bildung.example.de/einrichtungen/vhs-salzgitter'
		});
		expect(ld.hasCourseInstance).toHaveLength(2);
		expect(ld.hasCourseInstance[0]).toMatchObject({
			'@type': 'CourseInstance',
			courseMode: 'onsite',
			startDate: '2025-03-10T18:00:00+01:00',
			endDate: '2025-03-10T19:30:00+01:00',
			location: {
				'@type': 'Place',
				address: {
					'@type': 'PostalAddress',
					streetAddress: 'Kattowitzer Straße 186',
					postalCode: '38226',
					addressLocality: 'Salzgitter',
					addressCountry: 'DE'
				},
				geo: { '@type': 'GeoCoordinates', latitude: 52.1561, longitude: 10.3301 }
			}
		});
		expect(ld.hasCourseInstance[1].startDate).toBe('2025-07-14T18:00:00+02:00');
		expect(ld.offers).toMatchObject({ '@type': 'Offer', price: 49, priceCurrency: 'EUR' });
		expect(ld.isAccessibleForFree).toBe(false);
		expect(ld.inLanguage).toEqual(['de', 'tr']);
		expect(ld.typicalAgeRange).toBe('18-99');
		expect(ld.audience).toMatchObject({ '@type': 'PeopleAudience', audienceType: 'Erwachsene' });
		expect(ld.keywords).toBe('Sprache und Sprachförderung, Integration und Migration');
		expect(ld.about).toContainEqual(
			expect.objectContaining({ '@type': 'DefinedTerm', termCode: 'SDG 4' })
		);
		expect(ld.dateModified).toBe('2025-02-02T10:00:00.000Z');
	});

	it('uses the provider’s translation for another locale', () => {
		const ld = offerJsonLd(sampleOffer(), { ...opts, locale: 'en' }) as Node;
		expect(ld.name).toBe('German course A1');
		expect(ld.keywords).toContain('Language and language support');
	});

	it('gives a recurring course a courseSchedule', () => {
		const ld = offerJsonLd(
			sampleOffer({ format: 'regelmaessig', schedule: recurringSchedule, ageMin: 6, ageMax: 10 }),
			opts
		) as Node;
		expect(ld.typicalAgeRange).toBe('6-10');
		expect(ld.hasCourseInstance[0].courseSchedule).toEqual({
			'@type': 'Schedule',
			repeatFrequency: 'P1W',
			byDay: 'https://schema.org/Tuesday',
			startDate: '2025-03-04',
			endDate: '2025-06-24',
			startTime: '15:00',
			endTime: '16:00',
			duration: 'PT60M',
			exceptDate: ['2025-04-15', '2025-04-22T13:00:00.000Z'],
			scheduleTimezone: 'Europe/Berlin'
		});
	});

	it('describes a dated event as an Event with sub-events', () => {
		const ld = offerJsonLd(
			sampleOffer({ format: 'veranstaltung', cost: { ...sampleOffer().cost, type: 'free' } }),
			opts
		) as Node;
		expect(ld['@type']).toBe('Event');
		expect(ld).toMatchObject({
			eventStatus: 'https://schema.org/EventScheduled',
			eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
			startDate: '2025-03-10T18:00:00+01:00',
			organizer: { '@type': 'Organization', name: 'Volkshochschule Salzgitter' },
			offers: { price: 0, priceCurrency: 'EUR' },
			isAccessibleForFree: true
		});
		expect(ld.subEvent).toHaveLength(2);
		expect(ld.location['@type']).toBe('Place');
	});

	it('describes counselling and undated offers as a Service', () => {
		const ld = offerJsonLd(
			sampleOffer({
				format: 'beratung',
				schedule: { ...sampleOffer().schedule, type: 'ongoing', dates: [] }
			}),
			opts
		) as Node;
		expect(ld['@type']).toBe('Service');
		expect(ld.provider.name).toBe('Volkshochschule Salzgitter');
		expect(ld.areaServed).toEqual({ '@type': 'City', name: 'Salzgitter' });
		expect(ld.availableChannel.availableLanguage).toEqual(['de', 'tr']);
		expect(ld.mainEntityOfPage.dateModified).toBe('2025-02-02T10:00:00.000Z');
	});
});

const institution: TInstitution = {
	id: '1c8f6d2b-4e5a-4b7c-8d9e-2f3a4b5c6d7e',
	slug: 'kita-sonnenschein',
	url: 'https://bildung.example.de/einrichtungen/kita-sonnenschein',
	name: 'Kita Sonnenschein',
	type: 'kita',
	typeLabel: 'Kindertagesstätte',
	operator: 'AWO',
	description: null,
	address: {
		street: 'Sonnenweg 1',
		postalCode: '38226',
		locality: 'Salzgitter',
		district: { slug: 'lebenstedt', name: 'Lebenstedt' }
	},
	lat: 52.16,
	lon: 10.33,
	contact: { email: 'kita@example.de', phone: '05341 1234', website: 'https://kita.example.de' },
	openingHours: [
		{ days: 'Mo–Do', opens: '7:00', closes: '16:00', note: null },
		{ days: 'Fr', opens: '07:00', closes: '14:00', note: 'Brückentage geschlossen' },
		{ days: 'nach Vereinbarung', opens: '', closes: '', note: null }
	],
	languages: ['de', 'ar'],
	accessibility: { wheelchairAccessible: true, notes: null },
	offerCount: 2,
	updatedAt: '2025-02-02T10:00:00.000Z'
};

describe('institutionJsonLd', () => {
	it('picks the schema.org type and lists address, geo, phone and opening hours', () => {
		const ld = institutionJsonLd(institution, opts) as Node;
		expect(ld['@type']).toBe('Preschool');
		expect(ld.telephone).toBe('05341 1234');
		expect(ld.geo).toEqual({ '@type': 'GeoCoordinates', latitude: 52.16, longitude: 10.33 });
		expect(ld.address.addressRegion).toBe('Lebenstedt');
		expect(ld.openingHoursSpecification).toEqual([
			{
				'@type': 'OpeningHoursSpecification',
				dayOfWeek: [
					'https://schema.org/Monday',
					'https://schema.org/Tuesday',
					'https://schema.org/Wednesday',
					'https://schema.org/Thursday'
				],
				opens: '07:00',
				closes: '16:00'
			},
			{
				'@type': 'OpeningHoursSpecification',
				dayOfWeek: 'https://schema.org/Friday',
				opens: '07:00',
				closes: '14:00',
				description: 'Brückentage geschlossen'
			}
		]);
	});

	it('maps types and keeps place facts in `location` for plain organisations', () => {
		const type = (t: string) =>
			(institutionJsonLd({ ...institution, type: t }, opts) as Node)['@type'];
		expect(type('grundschule')).toBe('ElementarySchool');
		expect(type('weiterfuehrende-schule')).toBe('HighSchool');
		expect(type('bibliothek')).toBe('Library');
		expect(type('vhs')).toBe('EducationalOrganization');
		expect(type('beratungsstelle')).toBe('Organization');
		const ld = institutionJsonLd({ ...institution, type: 'verein' }, opts) as Node;
		expect(ld['@type']).toBe('NGO');
		expect(ld.geo).toBeUndefined();
		expect(ld.location.geo.latitude).toBe(52.16);
	});

	it('reads German day ranges', () => {
		expect(parseGermanDays('Mo, Mi und Fr')).toEqual(['Monday', 'Wednesday', 'Friday']);
		expect(parseGermanDays('Montag bis Mittwoch')).toEqual(['Monday', 'Tuesday', 'Wednesday']);
		expect(parseGermanDays('täglich')).toHaveLength(7);
		expect(parseGermanDays('in den Ferien')).toBeNull();
	});
});

describe('jsonLdString / jsonLdScript', () => {
	it('cannot be broken out of by text in the data', () => {
		const data = { name: '</script><script>alert(1)</script> & <!--', note: 'a\u2028b' };
		const s = jsonLdString(data);
		expect(s).not.toMatch(/[<>&\u2028]/);
		expect(JSON.parse(s)).toEqual(data);
		const script = jsonLdScript(data);
		expect(script.startsWith('<script type="application/ld+json">{')).toBe(true);
		expect(script.match(/<\/script>/g)).toHaveLength(1);
	});
});
