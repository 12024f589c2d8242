/** Leisure and extracurricular offers for children: music, arts, sport, holidays, media. */
import type { Archetype } from './types';

export const LEISURE: Archetype[] = [
	{
		key: 'betreuung-hort',
		weight: 1,
		titles: ['Hort: Betreuung für Schulkinder bis 14 Jahre', 'Hortplätze für Grundschulkinder'],
		hosts: ['kita', 'grundschule'],
		formats: ['regelmaessig'],
		topics: ['lernhilfe', 'ferien', 'bewegung'],
		phases: ['grundschule'],
		ages: [6, 14],
		free: 0,
		price: [60, 150],
		costNotes: ['Monatlicher Elternbeitrag, einkommensabhängig gestaffelt'],
		but: true,
		schedule: { ongoing: 1 },
		en: [
			'After-school care',
			'Care for school children up to 14 after lessons and in the holidays.'
		],
		summaries: ['Betreuung nach dem Unterricht und in den Ferien für Schulkinder bis 14 Jahre.'],
		details: [
			'Nach dem Mittagessen erledigen die Kinder ihre Hausaufgaben mit Unterstützung der Fachkräfte.',
			'In den Ferien gibt es ein eigenes Programm mit Ausflügen.',
			'Die Plätze werden über das Kita-Portal der Stadt vergeben.'
		]
	},
	{
		key: 'instrumente',
		weight: 3.5,
		titles: [
			'Gitarrenunterricht für Einsteigerinnen und Einsteiger',
			'Keyboard für Kinder',
			'Blockflötengruppe',
			'Trommelgruppe für Kinder',
			'Geigenunterricht in Kleingruppen',
			'Kinderchor',
			{ t: 'Bläserklasse', hosts: ['weiterfuehrende-schule', 'musikschule'], phases: ['sek1'] }
		],
		hosts: ['musikschule', 'kirchengemeinde', 'verein', 'jugendzentrum', 'grundschule'],
		formats: ['kurs', 'regelmaessig'],
		topics: ['musik'],
		phases: ['grundschule', 'sek1'],
		ages: [6, 16],
		free: 0.3,
		price: [40, 180],
		costNotes: ['pro Quartal', 'pro Halbjahr, Leihinstrument möglich'],
		but: true,
		en: ['Music lessons for children', 'Learn an instrument or sing together in a group.'],
		summaries: ['Ein Instrument lernen oder gemeinsam singen – in kleinen Gruppen.'],
		details: [
			'Leihinstrumente stehen für das erste Jahr zur Verfügung.',
			'Zweimal im Jahr gibt es ein Vorspiel für Familien und Freunde.',
			{ s: 'Eine kostenlose Probestunde ist jederzeit möglich.', when: 'paid' }
		]
	},
	{
		key: 'kunst-kinder',
		weight: 2.5,
		titles: [
			'Malkurs für Kinder: Farben und Formen',
			'Töpfern für Kinder',
			'Kreativwerkstatt: Basteln mit Naturmaterialien',
			{ t: 'Kinderkunstschule im Museum', hosts: ['museum'], atHost: true },
			{
				t: 'Museumsrallye für Grundschulkinder',
				hosts: ['museum'],
				format: 'einzeltermin',
				atHost: true
			},
			'Theater-AG für Kinder'
		],
		hosts: ['museum', 'vhs', 'familienzentrum', 'jugendzentrum', 'verein', 'kirchengemeinde'],
		formats: ['kurs', 'einzeltermin', 'regelmaessig'],
		topics: ['kunst'],
		phases: ['grundschule', 'kita'],
		ages: [5, 12],
		free: 0.4,
		price: [10, 65],
		costNotes: ['inklusive Material'],
		but: true,
		en: ['Art workshop for children', 'Painting, pottery and crafts for children.'],
		summaries: ['Malen, Formen und Gestalten mit vielen Materialien.'],
		details: [
			'Die Kinder probieren Techniken wie Aquarell, Druck und Collage aus.',
			'Bitte Kleidung anziehen, die schmutzig werden darf.',
			'Die Werke werden am Ende in einer kleinen Ausstellung gezeigt.'
		]
	},
	{
		key: 'sport-kinder',
		weight: 3.5,
		titles: [
			'Fußballtraining für Mädchen',
			'Judo für Kinder',
			'Kinderleichtathletik',
			'Tanzgruppe für Kinder',
			'Handball-Minis',
			'Kinderturnen für Grundschulkinder',
			'Selbstbehauptungskurs für Mädchen'
		],
		hosts: ['verein', 'jugendzentrum'],
		formats: ['regelmaessig', 'kurs'],
		topics: ['bewegung', 'gesundheit'],
		phases: ['grundschule', 'sek1'],
		ages: [6, 14],
		free: 0.35,
		price: [20, 90],
		costNotes: ['Mitgliedsbeitrag pro Jahr', 'pro Halbjahr'],
		but: true,
		en: ['Sports for children', 'Training in a team with qualified coaches.'],
		summaries: ['Training in der Gruppe mit ausgebildeten Übungsleiterinnen und Übungsleitern.'],
		details: [
			'Zwei Schnuppertrainings sind kostenlos.',
			{ s: 'Der Mitgliedsbeitrag kann über Bildung und Teilhabe übernommen werden.', when: 'paid' },
			'Sportkleidung, Hallenschuhe und ein Getränk mitbringen.'
		]
	},
	{
		key: 'ferienprogramm',
		weight: 3.5,
		titles: [
			'Ferienprogramm: Forschen am Salzgittersee',
			'Ferienspaß für Grundschulkinder',
			'Ferienprogramm: Kreativ und draußen',
			'Ferien-Werkstatt: Holz, Farbe und Ton',
			'Ferienbetreuung für Grundschulkinder',
			'Ferienfreizeit: Abenteuer im Wald',
			{ t: 'Ferienprogramm: Ritter und Burgen im Museum', hosts: ['museum'], atHost: true }
		],
		hosts: [
			'jugendzentrum',
			'familienzentrum',
			'verein',
			'bne-lernort',
			'museum',
			'kirchengemeinde',
			'bibliothek'
		],
		formats: ['veranstaltung', 'kurs'],
		topics: ['ferien', 'natur', 'kunst'],
		phases: ['grundschule', 'sek1'],
		ages: [6, 12],
		free: 0.4,
		price: [15, 120],
		costNotes: ['für die ganze Woche inklusive Mittagessen', 'pro Tag'],
		but: true,
		schedule: { dates: 1 },
		venues: ['lake', 'forest'],
		venueChance: 0.3,
		en: [
			'Holiday programme',
			'Days full of exploring, crafting and playing outdoors in the school holidays.'
		],
		summaries: ['Abwechslungsreiche Ferientage mit Ausflügen, Spielen und Basteln.'],
		details: [
			'Für Getränke und einen kleinen Imbiss ist gesorgt.',
			'Wir sind viel draußen unterwegs, bitte wetterfeste Kleidung mitgeben.',
			'Die Plätze werden nach Eingang der Anmeldung vergeben.'
		]
	},
	{
		key: 'demokratie-jung',
		weight: 1.5,
		titles: [
			'Kinderparlament: Mitreden in Salzgitter',
			'Workshop: Demokratie erleben',
			'Streitschlichter-Ausbildung',
			'Planspiel Kommunalpolitik',
			'Jugendforum: Deine Ideen für den Stadtteil'
		],
		hosts: ['jugendzentrum', 'weiterfuehrende-schule', 'vhs', 'museum', 'verein'],
		formats: ['einzeltermin', 'kurs', 'veranstaltung'],
		topics: ['demokratie'],
		phases: ['sek1', 'jugend'],
		ages: [10, 18],
		free: 0.6,
		price: [5, 15],
		sdgs: [16, 10],
		en: ['Democracy workshop', 'Young people discuss, decide and bring their ideas to the city.'],
		summaries: ['Kinder und Jugendliche diskutieren, entscheiden und bringen ihre Ideen ein.'],
		details: [
			'Im Planspiel übernehmen die Teilnehmenden die Rollen von Ratsmitgliedern.',
			'Die Ergebnisse werden dem Jugendhilfeausschuss vorgestellt.',
			'Streit fair lösen – das üben wir in Rollenspielen.'
		]
	},
	{
		key: 'medien',
		weight: 2,
		titles: [
			'Medienführerschein für Grundschulkinder',
			{ t: 'Sicher im Netz: Workshop für Jugendliche', phases: ['sek1'] },
			{
				t: 'Handy, Social Media & Co. – Elternabend',
				phases: ['familien'],
				format: 'veranstaltung',
				time: 'evening'
			},
			'Erklärvideos drehen mit dem Tablet'
		],
		hosts: ['bibliothek', 'grundschule', 'jugendzentrum', 'vhs', 'familienzentrum'],
		formats: ['kurs', 'einzeltermin'],
		topics: ['digital', 'lesen'],
		phases: ['grundschule', 'sek1'],
		ages: [8, 14],
		free: 0.6,
		price: [5, 25],
		en: ['Media skills workshop', 'Using tablets, apps and the internet safely and creatively.'],
		summaries: ['Sicher und kreativ mit Tablet, Apps und Internet umgehen.'],
		details: [
			'Wir sprechen über Datenschutz, Werbung und Cybermobbing.',
			'Tablets werden gestellt.',
			'Eltern erhalten Tipps für Regeln zur Mediennutzung in der Familie.'
		]
	},
	{
		key: 'inklusion',
		weight: 1,
		titles: [
			'Unterstützte Kommunikation: Gebärden im Alltag',
			'Inklusive Sportgruppe',
			'Psychomotorische Förderung',
			'Inklusives Theaterprojekt'
		],
		hosts: ['foerderschule', 'verein', 'familienzentrum'],
		formats: ['regelmaessig', 'kurs'],
		topics: ['gesundheit', 'bewegung', 'sprache'],
		phases: ['grundschule', 'sek1', 'kita'],
		ages: [4, 16],
		free: 0.7,
		price: [10, 40],
		but: true,
		en: ['Inclusive group', 'Children with and without disabilities play, move and talk together.'],
		summaries: ['Kinder mit und ohne Behinderung spielen, bewegen sich und lernen gemeinsam.'],
		details: [
			'Die Gruppe wird von einer heilpädagogischen Fachkraft geleitet.',
			'Bitte sprechen Sie uns vorher auf besonderen Unterstützungsbedarf an.',
			'Geschwisterkinder dürfen gern mitmachen.'
		]
	}
];
