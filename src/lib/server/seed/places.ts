/**
 * Places in Salzgitter for the demo data: street names per district, postal
 * codes per borough (Ortschaft), venues outside institutions, and coordinates
 * jittered around a district's centre. All addresses are fictional but plausible.
 */
import { Rng } from './rng';

export interface SeedDistrict {
	slug: string;
	name: string;
	borough: string;
	lat: number;
	lon: number;
	population: number;
}

/** Postal codes by borough; Lebenstedt has its own. Others fall back to the city's first code. */
const POSTAL_BY_BOROUGH: Record<string, string> = {
	Nord: '38229',
	Nordwest: '38228',
	West: '38229',
	Nordost: '38239',
	Ost: '38239',
	Süd: '38259',
	Südost: '38259'
};

export function postalCodeOf(d: SeedDistrict, cityCodes: readonly string[]): string {
	if (d.slug === 'lebenstedt') return '38226';
	const code = POSTAL_BY_BOROUGH[d.borough];
	return code && (cityCodes.length === 0 || cityCodes.includes(code))
		? code
		: (cityCodes[0] ?? '38226');
}

const STREETS: Record<string, string[]> = {
	lebenstedt: [
		'Berliner Straße',
		'Kattowitzer Straße',
		'Chemnitzer Straße',
		'Joachim-Campe-Straße',
		'Swindonstraße',
		'Neißestraße',
		'Breslauer Straße',
		'Saldersche Straße',
		'Marienbruchstraße',
		'Albert-Schweitzer-Straße',
		'Am Fredenberg',
		'Fischzug',
		'Hinter dem Brande',
		'In den Blumentriften',
		'Eichendorffstraße',
		'Tulpenweg',
		'Wehrstraße',
		'Kranichdamm',
		'Peiner Straße',
		'Tilsiter Straße',
		'Humboldtallee',
		'Gutenbergstraße',
		'Dürerring',
		'Amselstieg',
		'Lange Wanne'
	],
	'salzgitter-bad': [
		'Breite Straße',
		'Vorsalzer Straße',
		'Bahnhofstraße',
		'Kniestedter Straße',
		'Braunschweiger Straße',
		'Gittertor',
		'Marktplatz',
		'Hinter dem Salze',
		'Am Ziegelberg',
		'Martin-Luther-Platz',
		'Goslarsche Straße',
		'Nordstraße',
		'Am Hamberg',
		'Talstraße',
		'Lindenstraße',
		'Greifswaldstraße',
		'Schützenplatz',
		'Liebenhaller Straße'
	],
	thiede: [
		'Steterburger Straße',
		'Lindenbergstraße',
		'Schäferwiese',
		'Friedrich-Ebert-Straße',
		'Am Sportplatz',
		'Kampstraße',
		'Wolfenbütteler Straße',
		'Rosenstraße',
		'Beddinger Straße',
		'Im Ostertal'
	],
	gebhardshagen: [
		'Sonnenbergweg',
		'Burgstraße',
		'Am Hasselberg',
		'Hasenwinkel',
		'Kirchplatz',
		'Gebhardshäger Straße',
		'Heerter Straße',
		'Schlesierstraße',
		'Zum Eichholz'
	]
};

const VILLAGE_STREETS = [
	'Dorfstraße',
	'Hauptstraße',
	'Kirchstraße',
	'Schulstraße',
	'Lindenstraße',
	'Am Anger',
	'Mühlenweg',
	'Gartenstraße',
	'Bergstraße',
	'Im Winkel',
	'Am Teich',
	'Feldstraße',
	'Alte Dorfstraße',
	'Wiesenweg',
	'Neue Straße',
	'Lange Straße',
	'Am Gutshof',
	'Pfarrgasse'
];

export function streetsOf(d: SeedDistrict): readonly string[] {
	return STREETS[d.slug] ?? VILLAGE_STREETS;
}

/** A street address such as "Berliner Straße 12a" in the district. */
export function streetAddress(rng: Rng, d: SeedDistrict): string {
	const big = d.population >= 5000;
	const no = rng.int(1, big ? 140 : 38);
	const suffix = rng.chance(0.08) ? rng.pick(['a', 'b', 'c']) : '';
	return `${rng.pick(streetsOf(d))} ${no}${suffix}`;
}

/** Coordinates jittered around the district centre: up to ~800 m, less for small villages. */
export function jitter(rng: Rng, d: SeedDistrict): { lat: number; lon: number } {
	const radius = Math.min(800, 150 + 4 * Math.sqrt(d.population));
	const r = radius * Math.sqrt(rng.next());
	const angle = rng.next() * 2 * Math.PI;
	const lat = d.lat + (r * Math.cos(angle)) / 111_320;
	const lon = d.lon + (r * Math.sin(angle)) / (111_320 * Math.cos((d.lat * Math.PI) / 180));
	return { lat: Math.round(lat * 1e6) / 1e6, lon: Math.round(lon * 1e6) / 1e6 };
}

export type VenueKind = 'pool' | 'lake' | 'forest' | 'garden' | 'hall';

interface FixedVenue {
	kind: VenueKind;
	name: string;
	district: string;
	street: string;
}

/** Named places outside institutions; the generic kinds are built per district. */
const FIXED_VENUES: FixedVenue[] = [
	{ kind: 'pool', name: 'Hallenbad Lebenstedt', district: 'lebenstedt', street: 'Kranichdamm 18' },
	{ kind: 'pool', name: 'Freibad Lebenstedt', district: 'lebenstedt', street: 'Humboldtallee 60' },
	{
		kind: 'pool',
		name: 'Freibad Salzgitter-Bad',
		district: 'salzgitter-bad',
		street: 'Am Hamberg 5'
	},
	{ kind: 'pool', name: 'Hallenbad Thiede', district: 'thiede', street: 'Am Sportplatz 4' },
	{
		kind: 'lake',
		name: 'Salzgittersee, Treffpunkt am Bootsverleih',
		district: 'lebenstedt',
		street: 'Kranichdamm 2'
	},
	{
		kind: 'lake',
		name: 'Salzgittersee, Strandbad',
		district: 'lebenstedt',
		street: 'Humboldtallee 80'
	},
	{
		kind: 'forest',
		name: 'Wanderparkplatz am Salzgitter-Höhenzug',
		district: 'ringelheim',
		street: 'Am Gutshof 1'
	},
	{
		kind: 'forest',
		name: 'Waldspielplatz Lichtenberg',
		district: 'lichtenberg',
		street: 'Bergstraße 40'
	},
	{
		kind: 'forest',
		name: 'Grillhütte am Hasselberg',
		district: 'gebhardshagen',
		street: 'Am Hasselberg 70'
	},
	{
		kind: 'garden',
		name: 'Gemeinschaftsgarten Fredenberg',
		district: 'lebenstedt',
		street: 'Am Fredenberg 31'
	},
	{ kind: 'garden', name: 'Schulgarten am Ostertal', district: 'thiede', street: 'Im Ostertal 9' },
	{ kind: 'hall', name: 'Schloss Salder, Festsaal', district: 'salder', street: 'Museumstraße 34' }
];

export interface Venue {
	name: string;
	street: string;
	district: SeedDistrict;
	lat: number;
	lon: number;
}

/** The same venue always gets the same address and coordinates. */
function placeVenue(name: string, district: SeedDistrict, street?: string): Venue {
	const own = Rng.derive(0, name);
	const address = street ?? streetAddress(own, district);
	return { name, street: address, district, ...jitter(own, district) };
}

/** A place outside the institution: a named venue of the kind, or a hall in a nearby district. */
export function pickVenue(
	rng: Rng,
	kinds: readonly VenueKind[],
	home: SeedDistrict,
	districts: ReadonlyMap<string, SeedDistrict>
): Venue {
	const kind = kinds.length > 0 ? rng.pick(kinds) : 'hall';
	const fixed = FIXED_VENUES.filter((v) => v.kind === kind && districts.has(v.district));
	if (fixed.length > 0 && (kind !== 'hall' || rng.chance(0.2))) {
		const v = rng.pick(fixed);
		return placeVenue(v.name, districts.get(v.district) ?? home, v.street);
	}
	const d = home;
	const name = rng.pick(
		d.population >= 5000
			? [`Bürgerhaus ${d.name}`, `Stadtteiltreff ${d.name}`, `Sporthalle ${d.name}`]
			: [`Dorfgemeinschaftshaus ${d.name}`, `Gemeindehaus ${d.name}`, `Sporthalle ${d.name}`]
	);
	return placeVenue(name, d);
}
