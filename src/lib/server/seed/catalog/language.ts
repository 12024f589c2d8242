/** Language courses, integration courses, literacy and migration counselling. */
import type { Archetype } from './types';

const MIGRANT_LANGS = ['tr', 'ar', 'ru', 'uk', 'pl'];

export const LANGUAGE: Archetype[] = [
	{
		key: 'sprachkurs-deutsch',
		weight: 6,
		titles: [
			'Sprachkurs Deutsch A1',
			'Sprachkurs Deutsch A2',
			{ t: 'Deutsch-Sprachkurs B1 am Vormittag', time: 'morning' },
			'Sprachkurs Deutsch für den Alltag',
			{ t: 'Deutschkurs für Frauen mit Kinderbetreuung', phases: ['erwachsene', 'familien'] },
			'Sprachkurs: Deutsch für Anfängerinnen und Anfänger',
			'Sprachkurs Deutsch B2 – Prüfungsvorbereitung',
			'Konversationskurs Deutsch: Sprechen im Alltag'
		],
		hosts: ['vhs', 'familienzentrum', 'kirchengemeinde', 'verein', 'beratungsstelle'],
		formats: ['kurs'],
		topics: ['sprache', 'integration'],
		phases: ['erwachsene'],
		ages: [18, 99],
		free: 0.3,
		price: [30, 150],
		costNotes: ['für 40 Unterrichtsstunden', 'pro Kursabschnitt, Lehrbuch inklusive'],
		langs: MIGRANT_LANGS,
		langChance: 0.2,
		kind: 'sprachkurs',
		en: [
			'German language course',
			'Learn German for everyday life: speaking, listening, reading and writing.'
		],
		summaries: [
			'Deutsch lernen für den Alltag – sprechen, hören, lesen und schreiben.',
			'Ein Sprachkurs in kleiner Gruppe mit erfahrenen Lehrkräften.'
		],
		details: [
			'Im Kurs üben wir Sprechen, Hören, Lesen und Schreiben in Situationen aus dem Alltag: beim Arzt, beim Einkaufen, in der Schule der Kinder.',
			'Die Lehrkräfte haben viel Erfahrung mit Deutsch als Fremdsprache.',
			'Vor Kursbeginn findet ein kurzer Einstufungstest statt.',
			'Sprachkurse mit Kinderbetreuung sind besonders für Mütter und Väter mit kleinen Kindern geeignet.'
		]
	},
	{
		key: 'integrationskurs',
		weight: 4,
		titles: [
			'Integrationskurs',
			{
				t: 'Integrationskurs mit Kinderbetreuung (Elternkurs)',
				phases: ['erwachsene', 'familien']
			},
			'Integrationskurs für Frauen',
			{ t: 'Jugendintegrationskurs für junge Erwachsene', phases: ['jugend'], ages: [18, 27] },
			{ t: 'Integrationskurs am Abend', time: 'evening' },
			'Intensivkurs: Integrationskurs mit Alphabetisierung',
			'Integrationskurs – Orientierungskurs „Leben in Deutschland“'
		],
		hosts: ['vhs', 'verein', 'familienzentrum'],
		formats: ['kurs'],
		topics: ['integration', 'sprache'],
		phases: ['erwachsene'],
		ages: [18, 99],
		free: 0.4,
		price: [120, 180],
		costNotes: ['Eigenanteil pro Kursabschnitt; Kostenbefreiung beim BAMF möglich'],
		langs: MIGRANT_LANGS,
		langChance: 0.25,
		kind: 'integrationskurs',
		en: [
			'Integration course',
			'German language course and orientation course about life in Germany.'
		],
		summaries: [
			'Deutschkurs und Orientierungskurs über das Leben in Deutschland, mit Abschlussprüfung auf Niveau B1.',
			'Der Integrationskurs des BAMF: 600 Stunden Deutsch und 100 Stunden Orientierung.'
		],
		details: [
			'Der Integrationskurs besteht aus 600 Unterrichtseinheiten Deutsch und einem Orientierungskurs mit 100 Unterrichtseinheiten.',
			'Im Orientierungskurs geht es um Geschichte, Politik und das Zusammenleben in Deutschland.',
			'Der Kurs endet mit dem „Deutsch-Test für Zuwanderer“ (DTZ) auf dem Niveau B1.',
			'Wir helfen Ihnen beim Antrag auf Zulassung beim Bundesamt für Migration und Flüchtlinge (BAMF).'
		]
	},
	{
		key: 'alphabetisierung',
		weight: 2,
		titles: [
			'Alphabetisierungskurs',
			'Alphabetisierungskurs für Erwachsene',
			'Lesen und Schreiben lernen – Grundbildung für Erwachsene',
			'Schreibwerkstatt: Lesen und Schreiben im Alltag'
		],
		hosts: ['vhs', 'verein', 'bibliothek', 'familienzentrum'],
		formats: ['kurs'],
		topics: ['sprache', 'integration', 'lesen'],
		phases: ['erwachsene'],
		ages: [18, 99],
		free: 0.55,
		price: [20, 80],
		langs: MIGRANT_LANGS,
		langChance: 0.25,
		kind: 'alphabetisierung',
		en: ['Literacy course', 'Learn to read and write – at your own pace and in a small group.'],
		summaries: ['Lesen und Schreiben lernen in einer kleinen, geduldigen Gruppe.'],
		details: [
			'Der Kurs richtet sich an Erwachsene, die nicht oder nur wenig lesen und schreiben können.',
			'Wir lernen in kleinen Schritten und im eigenen Tempo.',
			'Niemand muss vor der Gruppe laut vorlesen.'
		]
	},
	{
		key: 'fremdsprachen',
		weight: 3,
		titles: [
			'Sprachkurs Englisch für Anfängerinnen und Anfänger',
			'Englisch A2 – Auffrischungskurs',
			'Spanisch für die Reise',
			'Türkisch für Anfängerinnen und Anfänger',
			'Sprachkurs Polnisch A1',
			{ t: 'Französisch am Abend', time: 'evening' },
			'Italienisch für Fortgeschrittene'
		],
		hosts: ['vhs', 'hochschule', 'verein'],
		formats: ['kurs'],
		topics: ['sprache'],
		phases: ['erwachsene', 'senioren'],
		ages: [16, 99],
		free: 0.05,
		price: [50, 160],
		costNotes: ['für zwölf Abende', 'pro Semester'],
		en: ['Foreign language course', 'Learn a new language in a relaxed group.'],
		summaries: [
			'Eine neue Sprache lernen – in entspannter Atmosphäre mit Muttersprachlerinnen und Muttersprachlern.'
		],
		details: [
			'Der Kurs setzt keine Vorkenntnisse voraus.',
			'Das Lehrbuch wird in der ersten Stunde gemeinsam ausgewählt.',
			'Bei Fragen zur Einstufung beraten wir Sie gern.'
		]
	},
	{
		key: 'herkunftssprache',
		weight: 1.5,
		titles: [
			'Herkunftssprachlicher Unterricht {sprache}',
			'{sprache} lesen und schreiben für Kinder',
			'Muttersprachlicher Unterricht in {sprache}'
		],
		hosts: ['grundschule', 'verein', 'kirchengemeinde'],
		formats: ['regelmaessig'],
		topics: ['sprache', 'integration'],
		phases: ['grundschule', 'sek1'],
		ages: [6, 14],
		free: 0.6,
		price: [10, 30],
		costNotes: ['pro Monat'],
		langs: MIGRANT_LANGS,
		langChance: 1,
		monolingual: true,
		kind: 'herkunftssprache',
		en: ['Heritage language lessons', 'Children learn to read and write in their family language.'],
		summaries: ['Kinder lernen, in ihrer Familiensprache zu lesen und zu schreiben.'],
		details: [
			'Wer die Familiensprache gut beherrscht, lernt auch leichter Deutsch.',
			'Der Unterricht findet in kleinen, altersgemischten Gruppen statt.',
			'Die Lehrkraft spricht Deutsch und die Familiensprache.'
		]
	},
	{
		key: 'migrationsberatung',
		weight: 2.5,
		titles: [
			'Migrationsberatung für Erwachsene (MBE)',
			'Offene Sprechstunde der Migrationsberatung',
			'Beratung zu Aufenthalt, Arbeit und Familiennachzug',
			'Migrationsberatung: Hilfe bei Anträgen und Behördenpost'
		],
		hosts: ['beratungsstelle'],
		formats: ['beratung'],
		topics: ['integration', 'beratung'],
		phases: ['erwachsene'],
		ages: [27, 99],
		free: 1,
		langs: MIGRANT_LANGS,
		langChance: 0.55,
		monolingual: true,
		kind: 'migrationsberatung',
		en: [
			'Migration counselling for adults',
			'Advice on residence, work, language courses and letters from authorities.'
		],
		summaries: [
			'Beratung für Zugewanderte ab 27 Jahren zu Aufenthalt, Arbeit, Sprachkursen und Behördenpost.'
		],
		details: [
			'Wir helfen beim Ausfüllen von Anträgen und erklären Briefe von Behörden.',
			'Die Beratung ist vertraulich und unabhängig vom Aufenthaltsstatus.',
			'Bringen Sie bitte Ihre Unterlagen und, wenn vorhanden, Ihren Aufenthaltstitel mit.'
		]
	},
	{
		key: 'begegnungscafe',
		weight: 3,
		titles: [
			'Internationales Begegnungscafé',
			'Sprachcafé: Deutsch sprechen bei Kaffee und Kuchen',
			{ t: 'Frauenfrühstück international', time: 'morning' },
			'Interkultureller Frauentreff',
			'Nähcafé für Frauen aus aller Welt'
		],
		hosts: ['familienzentrum', 'kirchengemeinde', 'verein', 'bibliothek', 'beratungsstelle'],
		formats: ['regelmaessig'],
		topics: ['integration', 'sprache'],
		phases: ['erwachsene', 'familien'],
		free: 0.75,
		price: [5, 10],
		langs: MIGRANT_LANGS,
		langChance: 0.35,
		monolingual: true,
		kind: 'treff',
		en: [
			'International meeting café',
			'Meet people from many countries and practise German over coffee.'
		],
		summaries: [
			'Menschen aus vielen Ländern treffen sich, sprechen Deutsch und lernen sich kennen.'
		],
		details: [
			'Bei Kaffee, Tee und Kuchen kommen Nachbarinnen und Nachbarn aus vielen Ländern ins Gespräch.',
			'Ehrenamtliche helfen beim Deutschsprechen und bei kleinen Fragen des Alltags.',
			'Kinder können in der Spielecke spielen.'
		]
	}
];
