/**
 * Names and operators (Träger) of institutions: a fixed core of the city's
 * well-known institutions, and name patterns per type for the rest.
 */
import type { Rng } from './rng';

export interface NamedInstitution {
	type: string;
	name: string;
	operator: string;
	/** Languages (besides German) that fit the name, e.g. a Turkish cultural association. */
	languages?: string[];
}

const CITY = 'Stadt Salzgitter';

const KITA_NAMES = [
	'Sonnenblume',
	'Regenbogen',
	'Pusteblume',
	'Arche Noah',
	'Zwergenland',
	'Kunterbunt',
	'Wirbelwind',
	'Löwenzahn',
	'Sternschnuppe',
	'Spatzennest',
	'Schatzkiste',
	'Räuberhöhle',
	'Waldwichtel',
	'Sausewind',
	'Marienkäfer',
	'Schneckenhaus',
	'Mäuseburg',
	'Glückskäfer',
	'Blumenwiese',
	'Traumland',
	'Pfiffikus',
	'Rappelkiste',
	'Kleine Strolche',
	'Fröschlein'
];
const SAINTS = [
	'Johannis',
	'Marien',
	'Martin',
	'Petrus',
	'Paulus',
	'Nikolai',
	'Michael',
	'Georg',
	'Laurentius',
	'Andreas',
	'Jakobus',
	'Matthäus',
	'Lukas',
	'Markus',
	'Bonifatius',
	'Elisabeth'
];
const PARTS = ['Nord', 'Süd', 'Ost', 'West', 'Mitte'];
const SCHOOL_PLACES = [
	'Am See',
	'Am Ostertal',
	'Am Hasselberg',
	'Am Windmühlenberg',
	'Am Lindenberg',
	'Schäferwiese',
	'Am Sonnenberg',
	'Fredenberg',
	'Amselstieg',
	'Altstadt',
	'Heidberg',
	'Am Ziegelberg',
	'Am Kranichteich'
];
const CULTURE_CLUBS: [string, string][] = [
	['Deutsch-Türkischer Kulturverein', 'tr'],
	['Arabischer Frauen- und Familienverein', 'ar'],
	['Russischsprachiger Elternverein', 'ru'],
	['Ukrainischer Verein', 'uk'],
	['Polnischer Kulturverein', 'pl'],
	['Kurdischer Kulturverein', 'ku']
];

function church(rng: Rng): { prefix: string; operator: string } {
	return rng.chance(0.65)
		? { prefix: 'Ev.-luth.', operator: 'Ev.-luth. Kirche' }
		: { prefix: 'Kath.', operator: 'Kath. Kirche' };
}

/** A plausible name and operator for an institution of `type` in district `d`. */
export function nameFor(
	rng: Rng,
	type: string,
	d: { name: string; population: number }
): NamedInstitution {
	const big = d.population >= 5000;
	const place = big ? `${d.name}-${rng.pick(PARTS)}` : d.name;
	const saint = rng.pick(SAINTS);
	switch (type) {
		case 'kita': {
			const n = rng.pick(KITA_NAMES);
			const c = church(rng);
			return rng.weighted<NamedInstitution>([
				[{ type, name: `Städtische Kita ${place}`, operator: CITY }, 3],
				[{ type, name: `Kita ${n}`, operator: CITY }, 3],
				[{ type, name: `${c.prefix} Kita St. ${saint}`, operator: c.operator }, 2],
				[{ type, name: `AWO-Kita ${n}`, operator: 'AWO' }, 1.5],
				[{ type, name: `DRK-Kita ${n}`, operator: 'DRK' }, 1],
				[
					{
						type,
						name: `Waldkindergarten ${d.name}`,
						operator: 'Naturschutzgruppe Salzgitter e. V.'
					},
					0.4
				],
				[{ type, name: `Kinderhaus ${n}`, operator: `Elterninitiative Kinderhaus ${n} e. V.` }, 1],
				[{ type, name: `Krippe ${n}`, operator: 'Lebenshilfe Salzgitter e. V.' }, 0.6]
			]);
		}
		case 'familienzentrum':
			return {
				type,
				name: big ? `Familienzentrum ${place}` : `Familienzentrum ${d.name}`,
				operator: rng.pick([CITY, 'AWO', 'Diakonie', 'Caritas', 'DRK'])
			};
		case 'grundschule':
			return {
				type,
				name:
					big && rng.chance(0.6)
						? `Grundschule ${rng.pick(SCHOOL_PLACES)}`
						: `Grundschule ${place}`,
				operator: CITY
			};
		case 'weiterfuehrende-schule':
			return {
				type,
				name: `${rng.pick(['Oberschule', 'Realschule', 'Haupt- und Realschule'])} ${place}`,
				operator: CITY
			};
		case 'foerderschule':
			return { type, name: `Förderschule ${place} (Schwerpunkt Lernen)`, operator: CITY };
		case 'jugendzentrum':
			return {
				type,
				name: rng.pick([
					`Jugendzentrum ${place}`,
					`Jugendtreff ${d.name}`,
					`Kinder- und Jugendhaus ${place}`,
					`Jugendcafé ${d.name}`
				]),
				operator: rng.pick([CITY, CITY, 'AWO', 'Ev.-luth. Kirche', 'Jugendring Salzgitter e. V.'])
			};
		case 'beratungsstelle': {
			return rng.pick<NamedInstitution>([
				{ type, name: `Erziehungsberatung ${place}`, operator: CITY },
				{ type, name: `Frühe Hilfen – Beratungsstelle ${d.name}`, operator: CITY },
				{ type, name: `Diakonie Sozialberatung ${d.name}`, operator: 'Diakonie' },
				{ type, name: `Caritas-Beratungsstelle ${d.name}`, operator: 'Caritas', languages: ['pl'] },
				{ type, name: `AWO Beratungszentrum ${d.name}`, operator: 'AWO', languages: ['tr', 'ar'] },
				{ type, name: `Stadtteilbüro ${place}`, operator: CITY }
			]);
		}
		case 'bibliothek':
			return rng.chance(0.7)
				? { type, name: `Stadtteilbücherei ${d.name}`, operator: CITY }
				: { type, name: `Ökumenische Gemeindebücherei ${d.name}`, operator: 'Ev.-luth. Kirche' };
		case 'musikschule':
			return rng.chance(0.5)
				? { type, name: `Städtische Musikschule – Zweigstelle ${d.name}`, operator: CITY }
				: { type, name: `Musikwerkstatt ${d.name}`, operator: `Musikwerkstatt ${d.name} e. V.` };
		case 'museum':
			return { type, name: `Heimatstube ${d.name}`, operator: `Heimatverein ${d.name} e. V.` };
		case 'kirchengemeinde': {
			const c = church(rng);
			return rng.chance(0.5)
				? { type, name: `${c.prefix} Kirchengemeinde ${d.name}`, operator: c.operator }
				: {
						type,
						name: `${c.prefix} Kirchengemeinde St. ${saint} ${d.name}`,
						operator: c.operator
					};
		}
		case 'bne-lernort':
			return {
				type,
				name: rng.pick([
					`Umweltzentrum ${d.name}`,
					`Lerngarten ${d.name}`,
					`Schulbauernhof ${d.name}`,
					`Naturerlebnisstation ${d.name}`,
					`Imkerei-Lernort ${d.name}`,
					`Klimawerkstatt ${d.name}`
				]),
				operator: rng.pick([CITY, 'Naturschutzgruppe Salzgitter e. V.', 'Ev.-luth. Kirche'])
			};
		default:
			return vereinName(rng, d.name);
	}
}

function vereinName(rng: Rng, place: string): NamedInstitution {
	const type = 'verein';
	if (rng.chance(0.12)) {
		const [club, lang] = rng.pick(CULTURE_CLUBS);
		return {
			type,
			name: `${club} ${place} e. V.`,
			operator: `${club} ${place} e. V.`,
			languages: [lang]
		};
	}
	const named = (name: string, operator?: string): NamedInstitution => ({
		type,
		name,
		operator: operator ?? name
	});
	return rng.pick([
		named(`TSV ${place} e. V.`),
		named(`MTV ${place} e. V.`),
		named(`SV ${place} e. V.`),
		named(`Turnverein ${place} e. V.`),
		named(`DRK Ortsverein ${place}`, 'DRK'),
		named(`Heimatverein ${place} e. V.`),
		named(`Förderverein Grundschule ${place} e. V.`),
		named(`Jugendfeuerwehr ${place}`, 'Stadt Salzgitter'),
		named(`Kulturverein ${place} e. V.`),
		named(`Schachklub ${place} e. V.`),
		named(`Kinder- und Jugendchor ${place} e. V.`),
		named(`Naturfreunde ${place} e. V.`)
	]);
}
