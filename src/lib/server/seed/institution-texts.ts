/** Opening hours, descriptions and accessibility notes of institutions, per type. */
import type { OpeningHoursLine } from '../db/schema';
import type { Rng } from './rng';

export function openingHours(rng: Rng, type: string): OpeningHoursLine[] {
	const line = (days: string, opens: string, closes: string, note?: string): OpeningHoursLine =>
		note ? { days, opens, closes, note } : { days, opens, closes };
	switch (type) {
		case 'kita':
			return [
				line('Mo–Fr', rng.pick(['06:30', '07:00', '07:30']), rng.pick(['15:00', '16:00', '17:00']))
			];
		case 'familienzentrum':
			return [line('Mo–Do', '08:00', '16:00'), line('Fr', '08:00', '13:00')];
		case 'grundschule':
		case 'weiterfuehrende-schule':
		case 'foerderschule':
		case 'bbs':
			return [line('Mo–Fr', '07:30', rng.pick(['13:00', '13:30', '14:00']), 'Sekretariat')];
		case 'hochschule':
			return [line('Mo–Fr', '08:00', '18:00')];
		case 'vhs':
			return [line('Mo–Do', '09:00', '18:00'), line('Fr', '09:00', '12:00')];
		case 'bibliothek':
			return [line('Di–Fr', '10:00', '18:00'), line('Sa', '10:00', '13:00')];
		case 'musikschule':
			return [line('Mo–Fr', '13:00', '19:00', 'Unterricht nach Stundenplan')];
		case 'museum':
			return [line('Di–So', '10:00', '17:00')];
		case 'jugendzentrum':
			return [line('Mo–Fr', '14:00', rng.pick(['19:00', '20:00', '21:00']))];
		case 'beratungsstelle':
			return [
				line('Mo–Do', '09:00', '16:00'),
				line('Fr', '09:00', '12:00', 'Termine nach Vereinbarung')
			];
		case 'kirchengemeinde':
			return [line('Di, Do', '10:00', '12:00', 'Gemeindebüro')];
		case 'bne-lernort':
			return [line('Mo–Fr', '08:00', '15:00', 'Gruppen nach Anmeldung')];
		default:
			return rng.chance(0.5)
				? []
				: [line(rng.pick(['Di', 'Mi', 'Do']), '17:00', '19:00', 'Geschäftsstelle')];
	}
}

export const DESCRIPTIONS: Record<string, string[]> = {
	kita: [
		'Wir betreuen Kinder von einem Jahr bis zum Schuleintritt in Krippen- und Kindergartengruppen.',
		'Sprachbildung im Alltag, Bewegung und Naturerfahrungen sind unsere Schwerpunkte.',
		'Im letzten Kita-Jahr arbeiten wir eng mit der benachbarten Grundschule zusammen.'
	],
	familienzentrum: [
		'Das Familienzentrum ist Treffpunkt und Anlaufstelle für Familien in {ort}.',
		'Unter einem Dach finden Eltern Beratung, Elternkurse, Spielgruppen und Sprachangebote.'
	],
	grundschule: [
		'Die Grundschule ist eine offene Ganztagsschule mit Angeboten am Nachmittag.',
		'Kinder mit wenig Deutschkenntnissen erhalten Förderung in Deutsch als Zweitsprache.'
	],
	'weiterfuehrende-schule': [
		'Die Schule führt zu allen Abschlüssen der Sekundarstufe I.',
		'Berufsorientierung, Ganztagsangebote und eine Sprachlernklasse gehören zum Schulprofil.'
	],
	foerderschule: ['Kleine Klassen und individuelle Förderung stehen im Mittelpunkt der Arbeit.'],
	bbs: ['Die berufsbildende Schule bietet Ausbildung, Berufsfachschulen und Sprachförderklassen.'],
	hochschule: [
		'Am Campus Salzgitter wird zu Verkehr, Logistik, Tourismus und Medien gelehrt und geforscht.'
	],
	vhs: [
		'Die Volkshochschule bietet Sprachkurse, Integrationskurse, Grundbildung und berufliche Weiterbildung.'
	],
	bibliothek: [
		'Medien für alle Altersgruppen, Arbeitsplätze mit WLAN und Veranstaltungen zur Leseförderung.'
	],
	musikschule: ['Unterricht für alle Altersgruppen – vom Musikgarten bis zum Ensemblespiel.'],
	museum: [
		'Ausstellungen zur Stadt- und Regionalgeschichte sowie museumspädagogische Angebote für Gruppen.'
	],
	jugendzentrum: [
		'Offener Treff, Projekte und Beratung für Jugendliche und junge Erwachsene in {ort}.'
	],
	beratungsstelle: [
		'Die Beratung ist kostenlos, vertraulich und auf Wunsch mit Dolmetscherin oder Dolmetscher.',
		'Wir helfen bei Fragen zu Familie, Schule, Ausbildung, Aufenthalt und Behörden.'
	],
	verein: ['Der Verein lebt vom Ehrenamt und freut sich über neue Mitglieder aus {ort}.'],
	kirchengemeinde: [
		'Neben Gottesdiensten gibt es Gruppen für Kinder, Familien und Seniorinnen und Senioren.'
	],
	'bne-lernort': [
		'Ein außerschulischer Lernort für Bildung für nachhaltige Entwicklung (BNE).',
		'Schulklassen und Kita-Gruppen erforschen hier Natur, Klima und Umwelt mit allen Sinnen.'
	]
};

export const ACCESS_YES = [
	'Stufenloser Zugang, barrierefreies WC im Erdgeschoss.',
	'Aufzug vorhanden, Behindertenparkplatz vor dem Haus.',
	'Eingang über eine Rampe an der Gebäuderückseite.'
];
export const ACCESS_NO = [
	'Eingang mit drei Stufen, Räume im 1. Obergeschoss ohne Aufzug.',
	'Altbau ohne Aufzug; Hilfe beim Zugang bitte vorher anfragen.'
];
