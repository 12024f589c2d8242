/**
 * Synthetic German offers for the micro-benchmark (scripts/bench/search-engine.ts)
 * and load tests: deterministic for a seed, varied like real data (titles from
 * word lists, 1–3 topics, 40 % weekly, 30 % dated, a large tail vocabulary of
 * names and places).
 */
import type { TDistrict } from '../districts';
import type { TOffer } from '../offers/offer.schemas';
import { makeOffer } from './test-fixtures';

const SUBJECTS = [
	'Schwimmkurs',
	'Sprachkurs',
	'Integrationskurs',
	'Hausaufgabenhilfe',
	'Elterncafé',
	'Lesepaten',
	'Ferienprogramm',
	'Töpferkurs',
	'Theatergruppe',
	'Kinderchor',
	'Fußballtraining',
	'Programmierkurs',
	'Naturerlebnistag',
	'Kochkurs',
	'Nähwerkstatt',
	'Malkurs',
	'Yoga',
	'Erste-Hilfe-Kurs',
	'Bewerbungstraining',
	'Berufsorientierung',
	'Sprachförderung',
	'Alphabetisierung',
	'Mathe-Nachhilfe',
	'Krabbelgruppe',
	'Spielgruppe',
	'Musikgarten',
	'Leseclub',
	'Digitalwerkstatt',
	'Robotik-AG',
	'Umweltdetektive',
	'Gartenprojekt',
	'Seniorentreff',
	'Computerkurs',
	'Deutschkurs',
	'Englischkurs',
	'Elternberatung',
	'Familienberatung',
	'Tanzkurs',
	'Schachclub',
	'Fahrradwerkstatt',
	'Bibliotheksführung',
	'Museumsrallye',
	'Waldkindergarten-Schnuppertag',
	'Babymassage',
	'Rückenschule',
	'Gitarrenunterricht'
];
const AUDIENCES = [
	'für Kinder',
	'für Jugendliche',
	'für Eltern',
	'für Frauen',
	'für Senioren',
	'für Anfänger',
	'für Fortgeschrittene',
	'für Familien',
	'für Grundschulkinder',
	'für Kleinkinder',
	'für Mütter',
	'für Väter und Kinder',
	'für Geflüchtete',
	'für Schülerinnen und Schüler'
];
const QUALIFIERS = [
	'am Nachmittag',
	'in den Ferien',
	'am Wochenende',
	'A1',
	'B1',
	'kompakt',
	'im Stadtteil',
	'',
	'',
	''
];
const SENTENCES = [
	'Kinder lernen hier spielerisch und in kleinen Gruppen.',
	'Wir treffen uns regelmäßig in den Räumen der Einrichtung.',
	'Die Teilnahme ist kostenlos, eine Anmeldung ist erwünscht.',
	'Eltern sind herzlich eingeladen, ihre Kinder zu begleiten.',
	'Das Angebot wird von erfahrenen Fachkräften begleitet.',
	'Bitte bringen Sie bequeme Kleidung und etwas zu trinken mit.',
	'Gemeinsam entdecken wir neue Themen und knüpfen Kontakte.',
	'Für Familien mit geringem Einkommen gibt es Unterstützung.',
	'Die Gruppe ist offen für neue Teilnehmende jeden Alters.',
	'Unsere Räume sind barrierefrei erreichbar.'
];
const TOPICS = [
	'sprache',
	'lesen',
	'lernhilfe',
	'mint',
	'digital',
	'kunst',
	'musik',
	'bewegung',
	'gesundheit',
	'natur',
	'eltern',
	'integration',
	'beruf',
	'beratung',
	'ferien',
	'demokratie'
];
const PHASES = [
	'u3',
	'kita',
	'grundschule',
	'sek1',
	'jugend',
	'erwachsene',
	'senioren',
	'familien'
];
const LANGUAGES = ['tr', 'ar', 'ru', 'uk', 'pl', 'en', 'ku', 'ro'];
const FORMATS = ['kurs', 'regelmaessig', 'einzeltermin', 'beratung', 'veranstaltung'];
const SYLLABLES = [
	'ber',
	'lin',
	'ka',
	'to',
	'mer',
	'sel',
	'hau',
	'sen',
	'dorf',
	'bach',
	'wal',
	'de',
	'ri',
	'mann',
	'stein',
	'feld',
	'ha',
	'gen',
	'lo',
	'nik',
	'sa',
	'bi',
	'ne',
	'us'
];
const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

/** mulberry32: a small, fast, seedable PRNG. */
export function prng(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

export function syntheticOffers(
	count: number,
	districts: TDistrict[],
	seed = 42,
	now = new Date()
): TOffer[] {
	const random = prng(seed);
	const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
	const some = <T>(list: readonly T[], max: number): T[] => [
		...new Set(Array.from({ length: 1 + Math.floor(random() * max) }, () => pick(list)))
	];
	// A tail of rare words (names, streets, places) as in real descriptions.
	const rareWords = Array.from({ length: 30_000 }, () => {
		const w = Array.from({ length: 2 + Math.floor(random() * 3) }, () => pick(SYLLABLES)).join('');
		return w[0]!.toUpperCase() + w.slice(1);
	});
	const institutions = Array.from({ length: 400 }, (_, i) => {
		const d = pick(districts);
		const kind = pick([
			'Familienzentrum',
			'Grundschule',
			'Kita',
			'Jugendzentrum',
			'Verein',
			'Bibliothek'
		]);
		return {
			id: `10000000-0000-4000-8000-${i.toString(16).padStart(12, '0')}`,
			slug: `einrichtung-${i}`,
			name: `${kind} ${pick(rareWords)} ${d.name}`,
			type: 'verein',
			district: d
		};
	});
	const day = 86_400_000;
	return Array.from({ length: count }, (_, i) => {
		const inst = pick(institutions);
		const district = random() < 0.8 ? inst.district : pick(districts);
		const title = [pick(SUBJECTS), pick(AUDIENCES), pick(QUALIFIERS)].filter(Boolean).join(' ');
		const description = [
			...some(SENTENCES, 5),
			`Treffpunkt: ${pick(rareWords)}straße, Ansprechperson ${pick(rareWords)}.`
		].join(' ');
		const kind = random();
		const start = new Date(now.getTime() + Math.floor((random() - 0.5) * 200) * day);
		start.setUTCHours(8 + Math.floor(random() * 10), 0, 0, 0);
		const schedule: Partial<TOffer['schedule']> =
			kind < 0.4
				? {
						type: 'recurring',
						rrule: `FREQ=WEEKLY;BYDAY=${some(DAYS, 2).join(',')}`,
						start: start.toISOString(),
						until: random() < 0.3 ? new Date(start.getTime() + 120 * day).toISOString() : null
					}
				: kind < 0.7
					? {
							type: 'dates',
							dates: Array.from({ length: 1 + Math.floor(random() * 8) }, (_, k) => ({
								startsAt: new Date(start.getTime() + k * 7 * day).toISOString(),
								endsAt: null,
								note: null
							}))
						}
					: { type: 'ongoing' };
		return makeOffer({
			slug: `angebot-${i}`,
			externalId: null,
			title,
			summary: random() < 0.5 ? `${title} in ${district.name}.` : null,
			description,
			translations:
				random() < 0.2
					? {
							en: { title: `Course ${i} for children and families` },
							tr: { title: 'Çocuklar ve aileler için kurs' }
						}
					: {},
			institution: { id: inst.id, slug: inst.slug, name: inst.name, type: inst.type },
			format: pick(FORMATS),
			topics: some(TOPICS, 3),
			lifePhases: some(PHASES, 2),
			languages: random() < 0.3 ? ['de', ...some(LANGUAGES, 2)] : ['de'],
			cost: { type: random() < 0.6 ? 'free' : 'paid' },
			butEligible: random() < 0.25,
			accessibility: { wheelchairAccessible: random() < 0.5 ? true : null },
			sdgs: random() < 0.3 ? some([4, 10, 13, 15], 2) : [],
			location: {
				district: { slug: district.slug, name: district.name },
				lat: district.lat + (random() - 0.5) * 0.02,
				lon: district.lon + (random() - 0.5) * 0.02
			},
			schedule
		});
	});
}
