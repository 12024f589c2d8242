/** Offers for young people: leisure, culture, transition from school to work. */
import type { Archetype } from './types';

const MIGRANT_LANGS = ['tr', 'ar', 'ru', 'uk', 'pl'];

export const YOUTH: Archetype[] = [
	{
		key: 'berufsorientierung',
		weight: 4,
		titles: [
			'Berufsorientierung: Bewerbungstraining',
			'Bewerbungstraining für Schülerinnen und Schüler',
			'Berufsorientierung: Praktikum finden',
			{ t: 'Ausbildungsbörse Salzgitter', format: 'veranstaltung' },
			'Berufsorientierung: Azubis berichten',
			'Bewerbungsmappen-Check'
		],
		hosts: ['beratungsstelle', 'bbs', 'weiterfuehrende-schule', 'jugendzentrum', 'vhs'],
		formats: ['kurs', 'einzeltermin', 'veranstaltung'],
		topics: ['beruf', 'beratung'],
		phases: ['sek1', 'jugend'],
		ages: [14, 25],
		free: 0.7,
		price: [10, 30],
		langs: MIGRANT_LANGS,
		langChance: 0.15,
		kind: 'beruf',
		en: [
			'Career orientation and application training',
			'Find out which job suits you and how to write a good application.'
		],
		summaries: [
			'Herausfinden, welcher Beruf passt, und überzeugende Bewerbungen schreiben.',
			'Tipps für Lebenslauf, Anschreiben und Vorstellungsgespräch.'
		],
		details: [
			'Wir erstellen gemeinsam einen Lebenslauf und üben das Vorstellungsgespräch im Rollenspiel.',
			'Betriebe aus Salzgitter stellen ihre Ausbildungsberufe vor.',
			'Bitte bringen Sie, wenn vorhanden, Ihr letztes Zeugnis mit.'
		]
	},
	{
		key: 'jugendberufsagentur',
		weight: 2,
		titles: [
			'Beratung zu Ausbildung, Studium und Job',
			'Sprechstunde der Jugendberufsagentur',
			'Übergang Schule – Beruf: Einzelberatung',
			'Beratung für junge Menschen ohne Ausbildungsplatz'
		],
		hosts: ['beratungsstelle'],
		formats: ['beratung'],
		topics: ['beruf', 'beratung'],
		phases: ['jugend'],
		ages: [12, 27],
		free: 1,
		langs: MIGRANT_LANGS,
		langChance: 0.2,
		kind: 'beruf',
		en: [
			'Counselling on training, studies and work',
			'Advice for young people between school and work, all in one place.'
		],
		summaries: ['Beratung aus einer Hand für junge Menschen zwischen 12 und 27 Jahren.'],
		details: [
			'Agentur für Arbeit, Jobcenter und Jugendhilfe beraten gemeinsam unter einem Dach.',
			'Wir helfen bei der Suche nach Ausbildung, Praktikum, Schulabschluss oder Studium.',
			'Die Beratung ist vertraulich.'
		]
	},
	{
		key: 'jugendtreff',
		weight: 3,
		titles: [
			'Offener Jugendtreff',
			'Mädchentreff',
			{ t: 'Jugendcafé', time: 'evening' },
			'Offene Tür: Billard, Kicker und Gespräche',
			'Jungengruppe',
			'Queerer Jugendtreff'
		],
		hosts: ['jugendzentrum', 'kirchengemeinde', 'verein'],
		formats: ['regelmaessig'],
		topics: ['ferien', 'beratung', 'demokratie'],
		phases: ['jugend', 'sek1'],
		ages: [12, 21],
		free: 1,
		schedule: { ongoing: 0.5, recurring: 0.5 },
		en: ['Open youth club', 'Meet friends, play, talk – and get advice when you need it.'],
		summaries: ['Ein Treffpunkt für Jugendliche mit Spielen, Gesprächen und Projekten.'],
		details: [
			'Billard, Kicker, Spielkonsole und eine gemütliche Sofaecke stehen bereit.',
			'Die pädagogischen Fachkräfte haben ein offenes Ohr für Sorgen und Fragen.',
			'Eigene Ideen für Ausflüge und Projekte sind willkommen.'
		]
	},
	{
		key: 'jugendkultur',
		weight: 2.5,
		titles: [
			'Graffiti-Workshop',
			'Hip-Hop-Tanzkurs für Jugendliche',
			'Jugendtheater-Projekt',
			'Fotografie-Workshop: Salzgitter mit anderen Augen',
			'Podcast-Werkstatt für Jugendliche',
			{ t: 'Bandcoaching im Proberaum', hosts: ['musikschule', 'jugendzentrum'] }
		],
		hosts: ['jugendzentrum', 'musikschule', 'museum', 'verein', 'vhs'],
		formats: ['kurs', 'einzeltermin', 'regelmaessig'],
		topics: ['kunst', 'musik', 'digital'],
		phases: ['jugend', 'sek1'],
		ages: [12, 21],
		free: 0.45,
		price: [10, 60],
		but: true,
		en: ['Youth arts workshop', 'Dance, graffiti, photography or music – try something creative.'],
		summaries: ['Kreativ werden mit Profis aus der Kunst-, Musik- und Medienszene.'],
		details: [
			'Die Ergebnisse werden beim Stadtteilfest präsentiert.',
			'Material und Technik werden gestellt.',
			'Der Workshop wird von einer Künstlerin aus der Region geleitet.'
		]
	},
	{
		key: 'jmd',
		weight: 1.5,
		titles: [
			'Jugendmigrationsdienst: Beratung für junge Zugewanderte',
			'Beratung für junge Menschen mit Migrationsgeschichte',
			'Sprechstunde des Jugendmigrationsdienstes'
		],
		hosts: ['beratungsstelle'],
		formats: ['beratung'],
		topics: ['integration', 'beratung', 'beruf'],
		phases: ['jugend'],
		ages: [12, 26],
		free: 1,
		langs: MIGRANT_LANGS,
		langChance: 0.5,
		monolingual: true,
		kind: 'migrationsberatung',
		en: [
			'Youth migration service',
			'Counselling for young migrants aged 12 to 26 on school, training and language courses.'
		],
		summaries: [
			'Beratung für junge Zugewanderte von 12 bis 26 Jahren zu Schule, Ausbildung und Sprachkursen.'
		],
		details: [
			'Wir begleiten junge Menschen in den ersten Jahren nach der Ankunft in Deutschland.',
			'Themen sind Schule, Anerkennung von Zeugnissen, Sprachkurse und Ausbildung.',
			'Die Beratung ist vertraulich; Dolmetscherinnen und Dolmetscher können hinzugezogen werden.'
		]
	},
	{
		key: 'beruf-sprache',
		weight: 1.5,
		titles: [
			'Sprachförderklasse an der BBS',
			'Berufsvorbereitung mit Sprachförderung',
			{ t: 'Deutsch für den Beruf – B2', phases: ['erwachsene'] },
			'Fachsprache Deutsch für Pflege und Handwerk'
		],
		hosts: ['bbs', 'vhs'],
		formats: ['kurs'],
		topics: ['beruf', 'sprache', 'integration'],
		phases: ['jugend', 'erwachsene'],
		ages: [16, 27],
		free: 0.6,
		price: [40, 150],
		langs: MIGRANT_LANGS,
		langChance: 0.15,
		kind: 'sprachkurs',
		en: ['German for work', 'Language support combined with vocational preparation.'],
		summaries: ['Deutsch lernen und gleichzeitig auf Ausbildung und Beruf vorbereiten.'],
		details: [
			'Der Unterricht verbindet Fachsprache mit praktischen Einblicken in Betriebe.',
			'Ein Praktikum ist Teil des Programms.',
			'Am Ende steht eine anerkannte Sprachprüfung.'
		]
	},
	{
		key: 'studium',
		weight: 1,
		titles: [
			'Schnupperstudium an der Ostfalia',
			'Studieninfotag',
			'Vortrag: Verkehr und Mobilität der Zukunft',
			'Offene Vorlesung: Logistik verstehen'
		],
		hosts: ['hochschule'],
		formats: ['veranstaltung', 'einzeltermin'],
		topics: ['mint', 'beruf', 'digital'],
		phases: ['jugend', 'erwachsene'],
		ages: [16, 99],
		free: 0.7,
		price: [5, 15],
		en: ['Taster day at the university', 'Sit in on lectures and talk to students and professors.'],
		summaries: ['In Vorlesungen hineinschnuppern und mit Studierenden sprechen.'],
		details: [
			'Professorinnen und Professoren stellen die Studiengänge am Campus vor.',
			'Studierende beantworten Fragen zu Studium, Wohnen und Finanzierung.',
			'Eine Anmeldung hilft uns bei der Planung.'
		]
	},
	{
		key: 'erste-hilfe',
		weight: 1.5,
		titles: [
			'Erste-Hilfe-Kurs für Führerschein und Ausbildung',
			{ t: 'Erste Hilfe am Kind', phases: ['familien'], ages: [18, 99] },
			{ t: 'Schulsanitätsdienst-Ausbildung', phases: ['sek1'], ages: [12, 16] },
			'Erste-Hilfe-Auffrischung'
		],
		hosts: ['verein', 'familienzentrum', 'vhs'],
		formats: ['kurs', 'einzeltermin'],
		topics: ['gesundheit'],
		phases: ['jugend', 'erwachsene'],
		ages: [15, 99],
		free: 0.2,
		price: [25, 60],
		schedule: { dates: 1 },
		duration: [180, 180],
		en: [
			'First aid course',
			'Learn what to do in an emergency – for your driving licence or at home.'
		],
		summaries: ['Im Notfall richtig handeln – mit vielen praktischen Übungen.'],
		details: [
			'Alle Teilnehmenden erhalten eine Teilnahmebescheinigung.',
			'Wir üben Herz-Lungen-Wiederbelebung, stabile Seitenlage und Verbände.',
			'Bitte bequeme Kleidung tragen.'
		]
	}
];
