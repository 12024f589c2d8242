/** schema.org JSON-LD for an institution page. */
import type { TInstitution } from '../institutions/institution.schemas';
import {
	compact,
	CONTEXT,
	geoCoordinates,
	oneOrMany,
	postalAddress,
	type JsonLd,
	type JsonLdOptions
} from './jsonld-common';

/** schema.org type per institution type; Place-like types carry geo and opening hours themselves. */
const institutionTypes: Record<string, string> = {
	kita: 'Preschool',
	familienzentrum: 'EducationalOrganization',
	grundschule: 'ElementarySchool',
	'weiterfuehrende-schule': 'HighSchool',
	foerderschule: 'School',
	bbs: 'School',
	hochschule: 'CollegeOrUniversity',
	vhs: 'EducationalOrganization',
	bibliothek: 'Library',
	musikschule: 'EducationalOrganization',
	museum: 'Museum',
	'bne-lernort': 'EducationalOrganization',
	verein: 'NGO'
};
/** Types that are Organizations only (no geo, no opening hours of their own). */
const organisationOnly = new Set(['Organization', 'NGO']);

const DAY_CODES = ['mo', 'di', 'mi', 'do', 'fr', 'sa', 'so'];
const DAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** "Mo–Fr", "Mo, Mi, Fr", "Montag bis Donnerstag", "täglich" → schema.org day names; null if unreadable. */
export function parseGermanDays(text: string): string[] | null {
	const t = text.toLowerCase().trim();
	if (/^(täglich|taeglich|mo\w*\s*[–-]\s*so\w*)$/.test(t)) return [...DAY_NAMES];
	const dayIndex = (s: string) => DAY_CODES.indexOf(s.trim().slice(0, 2));
	const days = new Set<number>();
	for (const part of t.split(/\s*(?:,|\/|\+|\bund\b|&)\s*/)) {
		if (part === '') continue;
		const range = part.split(/\s*(?:–|—|-|\bbis\b)\s*/);
		if (range.length === 2) {
			const [a, b] = range.map(dayIndex) as [number, number];
			if (a < 0 || b < 0 || b < a) return null;
			for (let i = a; i <= b; i++) days.add(i);
		} else if (range.length === 1) {
			const i = dayIndex(part);
			if (i < 0) return null;
			days.add(i);
		} else return null;
	}
	return days.size ? [...days].sort().map((i) => DAY_NAMES[i]!) : null;
}

const clock = (s: string) => (/^\d{1,2}:\d{2}$/.test(s.trim()) ? s.trim().padStart(5, '0') : null);

export function institutionJsonLd(inst: TInstitution, opts: JsonLdOptions): JsonLd {
	const type = institutionTypes[inst.type] ?? 'Organization';
	const hours = inst.openingHours.flatMap((line) => {
		const days = parseGermanDays(line.days);
		const opens = clock(line.opens);
		const closes = clock(line.closes);
		if (!days || !opens || !closes) return [];
		return [
			compact({
				'@type': 'OpeningHoursSpecification',
				dayOfWeek: oneOrMany(days.map((d) => `https://schema.org/${d}`)),
				opens,
				closes,
				description: line.note ?? undefined
			})
		];
	});
	const placeFacts = compact({
		geo: geoCoordinates(inst.lat, inst.lon),
		openingHoursSpecification: hours,
		amenityFeature:
			inst.accessibility.wheelchairAccessible != null
				? {
						'@type': 'LocationFeatureSpecification',
						name: opts.locale === 'en' ? 'Wheelchair accessible' : 'Rollstuhlgerecht',
						value: inst.accessibility.wheelchairAccessible
					}
				: undefined
	});
	const address = postalAddress(inst.address);
	return compact({
		'@context': CONTEXT,
		'@type': type,
		'@id': `${inst.url}#organisation`,
		identifier: inst.id,
		name: inst.name,
		url: inst.url,
		description: inst.description ?? undefined,
		address,
		telephone: inst.contact.phone ?? undefined,
		email: inst.contact.email ?? undefined,
		sameAs: inst.contact.website ?? undefined,
		knowsLanguage: inst.languages.length ? oneOrMany(inst.languages) : undefined,
		parentOrganization: inst.operator
			? { '@type': 'Organization', name: inst.operator }
			: undefined,
		areaServed: { '@type': 'City', name: opts.cityName },
		...(organisationOnly.has(type)
			? { location: { '@type': 'Place', address, ...placeFacts } }
			: placeFacts),
		mainEntityOfPage: { '@type': 'WebPage', '@id': inst.url, dateModified: inst.updatedAt }
	});
}
