/**
 * schema.org JSON-LD for an offer page: courses and regular groups are `Course`s
 * with `CourseInstance`s, dated events are `Event`s, everything else
 * (counselling, open offers) is a `Service`.
 */
import { taxonomies, termLabel } from '../config/taxonomies';
import type { TOffer } from '../offers/offer.schemas';
import { institutionPath } from '../urls';
import { BERLIN, dateBerlin, isoBerlin, timeBerlin } from './berlin-time';
import { normalizeRrule } from './ical';
import {
	compact,
	CONTEXT,
	geoCoordinates,
	oneOrMany,
	postalAddress,
	type JsonLd,
	type JsonLdOptions
} from './jsonld-common';

const MAX_INSTANCES = 100;

function offerText(offer: TOffer, locale: string) {
	const t = locale !== 'de' ? offer.translations[locale] : undefined;
	return {
		name: t?.title ?? offer.title,
		description: t?.description ?? t?.summary ?? (offer.description || offer.summary)
	};
}

function placeOf(offer: TOffer): JsonLd {
	const l = offer.location;
	return compact({
		'@type': 'Place',
		name: l.atInstitution ? offer.institution.name : (l.name ?? undefined),
		address: postalAddress(l),
		geo: geoCoordinates(l.lat, l.lon)
	});
}

function providerOf(offer: TOffer, baseUrl: string): JsonLd {
	const url = baseUrl + institutionPath(offer.institution.slug);
	return {
		'@type': 'Organization',
		'@id': `${url}#organisation`,
		name: offer.institution.name,
		url
	};
}

function priceOffer(offer: TOffer): JsonLd {
	const c = offer.cost;
	const price = c.type === 'free' ? 0 : c.amountCents != null ? c.amountCents / 100 : undefined;
	return compact({
		'@type': 'Offer',
		category: c.type === 'free' ? 'Free' : 'Paid',
		price,
		priceCurrency: price !== undefined ? 'EUR' : undefined,
		description: c.note ?? undefined,
		url: offer.registration.url ?? offer.url
	});
}

/** "6-10", "18-" or undefined, from the offer's ages or else its life phases. */
export function ageRange(offer: TOffer): { min?: number; max?: number; text?: string } {
	const phases = taxonomies()['life-phases'].filter((t) => offer.lifePhases.includes(t.code));
	const mins = phases.map((p) => p.ageMin).filter((n): n is number => n != null);
	const maxs = phases.map((p) => p.ageMax).filter((n): n is number => n != null);
	const min = offer.ageMin ?? (mins.length ? Math.min(...mins) : undefined);
	const max = offer.ageMax ?? (maxs.length ? Math.max(...maxs) : undefined);
	if (min === undefined && max === undefined) return {};
	return { min, max, text: `${min ?? 0}-${max ?? ''}` };
}

function audienceOf(offer: TOffer, locale: string): JsonLd | undefined {
	const ages = ageRange(offer);
	const types = offer.lifePhases.map((p) => termLabel('life-phases', p, locale));
	if (types.length === 0 && ages.text === undefined) return undefined;
	return compact({
		'@type': 'PeopleAudience',
		audienceType: types.join(', '),
		suggestedMinAge: ages.min,
		suggestedMaxAge: ages.max
	});
}

function topicsOf(offer: TOffer, locale: string) {
	const labels = offer.topics.map((t) => termLabel('topics', t, locale));
	const about = [
		...offer.topics.map((t, i) => ({ '@type': 'DefinedTerm', name: labels[i], termCode: t })),
		...offer.sdgs.map((n) => ({
			'@type': 'DefinedTerm',
			name: termLabel('sdgs', String(n), locale),
			termCode: `SDG ${n}`,
			inDefinedTermSet: 'https://sdgs.un.org/goals'
		}))
	];
	return { labels, about };
}

const WEEKDAYS: Record<string, string> = {
	MO: 'Monday',
	TU: 'Tuesday',
	WE: 'Wednesday',
	TH: 'Thursday',
	FR: 'Friday',
	SA: 'Saturday',
	SU: 'Sunday'
};
const FREQUENCY: Record<string, string> = { DAILY: 'D', WEEKLY: 'W', MONTHLY: 'M', YEARLY: 'Y' };

/** schema.org Schedule for a recurring offer, or undefined when it has none. */
function scheduleOf(offer: TOffer): JsonLd | undefined {
	const s = offer.schedule;
	if (s.type !== 'recurring' || !s.start || !s.rrule) return undefined;
	const rule = normalizeRrule(s.rrule, s.until);
	if (!rule) return undefined;
	const parts = new Map(rule.split(';').map((p) => p.split('=') as [string, string]));
	const freq = FREQUENCY[parts.get('FREQ') ?? ''];
	const interval = Number(parts.get('INTERVAL') ?? '1') || 1;
	const byDay = (parts.get('BYDAY') ?? '')
		.split(',')
		.map((d) => WEEKDAYS[d.replace(/^[+-]?\d+/, '')])
		.filter((d): d is string => !!d)
		.map((d) => `https://schema.org/${d}`);
	const start = new Date(s.start);
	const untilUtc = parts.get('UNTIL');
	const until = untilUtc
		? new Date(
				untilUtc.replace(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/, '$1-$2-$3T$4:$5:$6Z')
			)
		: undefined;
	const end = s.durationMinutes ? new Date(start.getTime() + s.durationMinutes * 60_000) : null;
	return compact({
		'@type': 'Schedule',
		repeatFrequency: freq ? `P${interval}${freq}` : undefined,
		byDay: byDay.length ? oneOrMany(byDay) : undefined,
		repeatCount: parts.has('COUNT') ? Number(parts.get('COUNT')) : undefined,
		startDate: dateBerlin(start),
		endDate: until && !Number.isNaN(until.getTime()) ? dateBerlin(until) : undefined,
		startTime: timeBerlin(start),
		endTime: end ? timeBerlin(end) : undefined,
		duration: s.durationMinutes ? `PT${s.durationMinutes}M` : undefined,
		exceptDate: s.exceptions.length ? s.exceptions : undefined,
		scheduleTimezone: BERLIN
	});
}

interface Occurrence {
	start: Date;
	end: Date | null;
}

function occurrencesOf(offer: TOffer): Occurrence[] {
	if (offer.schedule.type !== 'dates') return [];
	const minutes = offer.schedule.durationMinutes;
	return offer.schedule.dates.slice(0, MAX_INSTANCES).map((d) => {
		const start = new Date(d.startsAt);
		return {
			start,
			end: d.endsAt
				? new Date(d.endsAt)
				: minutes
					? new Date(start.getTime() + minutes * 60_000)
					: null
		};
	});
}

const OFFLINE = 'https://schema.org/OfflineEventAttendanceMode';
const SCHEDULED = 'https://schema.org/EventScheduled';

export function offerJsonLd(offer: TOffer, opts: JsonLdOptions): JsonLd {
	const { name, description } = offerText(offer, opts.locale);
	const place = placeOf(offer);
	const provider = providerOf(offer, opts.baseUrl);
	const { labels, about } = topicsOf(offer, opts.locale);
	const audience = audienceOf(offer, opts.locale);
	const typicalAgeRange = ageRange(offer).text;
	const inLanguage = offer.languages.length ? oneOrMany(offer.languages) : undefined;
	const occurrences = occurrencesOf(offer);
	const schedule = scheduleOf(offer);
	const page = {
		'@type': 'WebPage',
		'@id': offer.url,
		url: offer.url,
		dateModified: offer.updatedAt
	};
	const common = {
		'@context': CONTEXT,
		'@id': `${offer.url}#angebot`,
		identifier: offer.id,
		url: offer.url,
		name,
		description
	};

	if (offer.format === 'kurs' || offer.format === 'regelmaessig') {
		const instance = (extra: JsonLd) =>
			compact({
				'@type': 'CourseInstance',
				courseMode: 'onsite',
				eventAttendanceMode: OFFLINE,
				location: place,
				inLanguage,
				...extra
			});
		const instances = occurrences.length
			? occurrences.map((o) =>
					instance({
						startDate: isoBerlin(o.start),
						endDate: o.end ? isoBerlin(o.end) : undefined
					})
				)
			: [instance(schedule ? { courseSchedule: schedule } : {})];
		return compact({
			...common,
			'@type': 'Course',
			provider,
			hasCourseInstance: instances,
			offers: priceOffer(offer),
			isAccessibleForFree: offer.cost.type === 'free',
			inLanguage,
			audience,
			typicalAgeRange,
			keywords: labels.join(', '),
			about,
			dateModified: offer.updatedAt,
			mainEntityOfPage: page
		});
	}

	const isEvent = offer.format === 'veranstaltung' || offer.format === 'einzeltermin';
	if (isEvent && (occurrences.length > 0 || schedule)) {
		const first = occurrences[0];
		const last = occurrences.at(-1);
		const base = {
			eventStatus: SCHEDULED,
			eventAttendanceMode: OFFLINE,
			location: place
		};
		return compact({
			...common,
			'@type': 'Event',
			...base,
			startDate: isoBerlin(first ? first.start : new Date(offer.schedule.start!)),
			endDate: last ? isoBerlin(last.end ?? last.start) : undefined,
			eventSchedule: schedule,
			subEvent:
				occurrences.length > 1
					? occurrences.map((o) =>
							compact({
								'@type': 'Event',
								name,
								...base,
								startDate: isoBerlin(o.start),
								endDate: o.end ? isoBerlin(o.end) : undefined
							})
						)
					: undefined,
			organizer: provider,
			offers: priceOffer(offer),
			isAccessibleForFree: offer.cost.type === 'free',
			inLanguage,
			audience,
			typicalAgeRange,
			keywords: labels.join(', '),
			about,
			mainEntityOfPage: page
		});
	}

	return compact({
		...common,
		'@type': 'Service',
		serviceType: termLabel('formats', offer.format, opts.locale),
		category: labels.length ? oneOrMany(labels) : undefined,
		provider,
		areaServed: { '@type': 'City', name: opts.cityName },
		audience,
		offers: priceOffer(offer),
		availableChannel: compact({
			'@type': 'ServiceChannel',
			serviceLocation: place,
			serviceUrl: offer.registration.url ?? offer.url,
			availableLanguage: inLanguage
		}),
		hoursAvailable: schedule,
		mainEntityOfPage: page
	});
}
