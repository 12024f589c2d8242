/** School-related offers: learning support, language at school, transitions, STEM. */
import type { Archetype } from './types';

const MIGRANT_LANGS = ['tr', 'ar', 'ru', 'uk', 'pl'];

export const SCHOOL: Archetype[] = [
	{
		key: 'uebergang-schule',
		weight: 2,
		titles: [
			'Brückenjahr: Schnuppertag in der Grundschule',
			{ t: 'Übergang Kita – Grundschule: Infoabend für Eltern', time: 'evening' },
			{ t: 'Fit für die Schule – Elternabend zum Schulstart', time: 'evening' },
			'Schulanmeldung: Informationen für Eltern'
		],
		hosts: ['grundschule', 'kita', 'familienzentrum'],
		formats: ['veranstaltung', 'einzeltermin'],
		topics: ['eltern', 'beratung'],
		phases: ['familien', 'kita'],
		free: 1,
		kind: 'familie',
		langs: MIGRANT_LANGS,
		langChance: 0.15,
		en: [
			'From Kita to primary school',
			'Information for parents on school registration and the first school year.'
		],
		summaries: [
			'Alles Wichtige zum Übergang von der Kita in die Grundschule.',
			'Informationen für Eltern, deren Kind im nächsten Jahr eingeschult wird.'
		],
		details: [
			'Im Brückenjahr lernen die Kinder die Schule, die Lehrkräfte und die Räume kennen.',
			'Wir erklären, wie die Schulanmeldung abläuft und welche Unterlagen Sie mitbringen müssen.',
			'Fragen zur Schuleingangsuntersuchung und zur Sprachförderung vor der Einschulung beantworten wir gern.'
		]
	},
	{
		key: 'schwimmkurs',
		weight: 4,
		titles: [
			'Schwimmkurs für Anfängerinnen und Anfänger',
			'Seepferdchen-Schwimmkurs',
			'Schwimmkurs für Kinder ab 5 Jahren',
			'Schwimmkurs: Vom Seepferdchen zum Freischwimmer',
			'Schwimmkurs für Grundschulkinder',
			'Schwimmkurs für Nichtschwimmerinnen und Nichtschwimmer'
		],
		extras: [
			'– Ferienkurs',
			'(Kompaktkurs)',
			'– Intensivkurs in den Ferien',
			'für Mädchen und Jungen'
		],
		hosts: ['verein', 'familienzentrum', 'jugendzentrum'],
		formats: ['kurs'],
		topics: ['bewegung', 'gesundheit', 'ferien'],
		phases: ['grundschule', 'kita'],
		ages: [5, 10],
		free: 0.3,
		price: [45, 110],
		costNotes: ['für zehn Termine, inklusive Eintritt', 'pro Kurs, zzgl. Eintritt ins Bad'],
		but: true,
		schedule: { dates: 0.8, recurring: 0.2 },
		venues: ['pool'],
		venueChance: 0.9,
		kind: 'schwimmkurs',
		en: ['Swimming course for beginners', 'Children learn to swim safely in small groups.'],
		summaries: [
			'In kleinen Gruppen lernen Kinder sicher schwimmen.',
			'Vom ersten Gleiten bis zum Seepferdchen – mit erfahrenen Übungsleitungen.'
		],
		details: [
			'In kleinen Gruppen üben die Kinder Gleiten, Tauchen und die ersten Schwimmzüge.',
			'Ziel des Kurses ist das Abzeichen „Seepferdchen“.',
			'Erfahrene Übungsleiterinnen und Übungsleiter mit Rettungsschwimmabzeichen begleiten jede Stunde.',
			'Bitte bringen Sie Badekleidung, Handtuch und eine Trinkflasche mit.'
		]
	},
	{
		key: 'hausaufgabenhilfe',
		weight: 5,
		titles: [
			'Hausaufgabenhilfe für Grundschulkinder',
			{ t: 'Hausaufgabenbetreuung am Nachmittag', time: 'afternoon' },
			'Lernwerkstatt: Hausaufgaben gemeinsam schaffen',
			'Hausaufgabenhilfe mit Lernpatinnen und Lernpaten',
			'Lerncafé für Grundschulkinder'
		],
		hosts: [
			'grundschule',
			'familienzentrum',
			'kirchengemeinde',
			'jugendzentrum',
			'verein',
			'bibliothek'
		],
		formats: ['regelmaessig'],
		topics: ['lernhilfe', 'sprache'],
		phases: ['grundschule'],
		ages: [6, 10],
		free: 0.6,
		price: [10, 30],
		costNotes: ['pro Monat'],
		but: true,
		langs: MIGRANT_LANGS,
		langChance: 0.2,
		kind: 'hausaufgaben',
		en: [
			'Homework help for primary school children',
			'Volunteers help children with homework, reading and arithmetic.'
		],
		summaries: [
			'Ehrenamtliche helfen Grundschulkindern bei den Hausaufgaben.',
			'Ein ruhiger Ort für Hausaufgaben, mit Hilfe beim Lesen, Schreiben und Rechnen.'
		],
		details: [
			'Ehrenamtliche Lernpatinnen und Lernpaten unterstützen beim Lesen, Schreiben und Rechnen.',
			'Nach den Hausaufgaben bleibt Zeit für Spiele und einen kleinen Imbiss.',
			'Wir stimmen uns auf Wunsch mit den Lehrkräften der Kinder ab.',
			'Kinder, die noch wenig Deutsch sprechen, sind besonders willkommen.'
		]
	},
	{
		key: 'lernfoerderung-sek',
		weight: 3,
		titles: [
			'Nachhilfe in Mathematik und Deutsch',
			'Lernförderung für die Klassen 5 bis 10',
			'Hausaufgabenhilfe für Schülerinnen und Schüler der Klassen 5 bis 7',
			'Lernclub: Gemeinsam für Klassenarbeiten üben',
			'Englisch-Nachhilfe in Kleingruppen',
			'Prüfungsvorbereitung für den Hauptschulabschluss'
		],
		hosts: ['jugendzentrum', 'verein', 'weiterfuehrende-schule', 'vhs', 'kirchengemeinde'],
		formats: ['regelmaessig', 'kurs'],
		topics: ['lernhilfe'],
		phases: ['sek1'],
		ages: [10, 16],
		free: 0.35,
		price: [20, 90],
		costNotes: ['pro Monat', 'für acht Doppelstunden'],
		but: true,
		kind: 'hausaufgaben',
		langs: MIGRANT_LANGS,
		langChance: 0.1,
		en: [
			'Learning support for secondary school',
			'Tutoring in small groups for maths, German and English.'
		],
		summaries: [
			'Lernförderung in kleinen Gruppen für Schülerinnen und Schüler der Sekundarstufe I.'
		],
		details: [
			'Wir arbeiten in Gruppen mit höchstens sechs Jugendlichen.',
			{
				s: 'Die Kosten können über Bildung und Teilhabe als Lernförderung übernommen werden.',
				when: 'paid'
			},
			'Vor dem Start besprechen wir mit jeder Schülerin und jedem Schüler die Ziele.'
		]
	},
	{
		key: 'lesepaten',
		weight: 3,
		titles: [
			{ t: 'Lesepaten in der Stadtbibliothek', hosts: ['bibliothek'], atHost: true },
			'Lesepatinnen und Lesepaten lesen vor',
			'Lesepaten: Vorlesen und Zuhören',
			'Leseclub für Grundschulkinder',
			'Lesezeit mit Lesepaten'
		],
		hosts: ['bibliothek', 'grundschule', 'kirchengemeinde', 'verein'],
		formats: ['regelmaessig'],
		topics: ['lesen', 'sprache'],
		phases: ['grundschule'],
		ages: [6, 10],
		free: 1,
		langs: MIGRANT_LANGS,
		langChance: 0.1,
		kind: 'lesen',
		en: ['Reading mentors', 'Volunteers read with children and help them discover books.'],
		summaries: [
			'Ehrenamtliche Lesepatinnen und Lesepaten lesen mit Kindern und wecken die Freude an Büchern.'
		],
		details: [
			'Jedes Kind liest mit einer festen Lesepatin oder einem festen Lesepaten.',
			'Die Kinder suchen sich ihre Bücher selbst aus.',
			'Wer regelmäßig kommt, bekommt einen eigenen Leseausweis.'
		]
	},
	{
		key: 'schreibwerkstatt',
		weight: 1.5,
		titles: [
			'Comic-Workshop: Eigene Geschichten zeichnen',
			'Manga-Zeichenkurs für Jugendliche',
			'Schreibwerkstatt für junge Autorinnen und Autoren',
			{ t: 'Sommerleseclub', format: 'veranstaltung', hosts: ['bibliothek'] }
		],
		hosts: ['bibliothek', 'jugendzentrum', 'museum', 'vhs'],
		formats: ['kurs', 'einzeltermin'],
		topics: ['kunst', 'lesen', 'ferien'],
		phases: ['sek1', 'jugend'],
		ages: [10, 17],
		free: 0.6,
		price: [5, 35],
		but: true,
		en: ['Writing and comic workshop', 'Young people write and draw their own stories.'],
		summaries: ['Eigene Geschichten erfinden, schreiben und zeichnen.'],
		details: [
			'Eine Illustratorin zeigt Tricks für Figuren, Sprechblasen und Spannung.',
			'Am Ende entsteht ein gemeinsames Heft mit allen Geschichten.',
			'Vorkenntnisse sind nicht nötig, nur Lust am Erzählen.'
		]
	},
	{
		key: 'forscherwerkstatt',
		weight: 2.5,
		titles: [
			'Forscherwerkstatt für Grundschulkinder',
			'Kleine Forscherinnen und Forscher: Experimente mit Wasser',
			'Experimentierclub: Strom, Magnete und Licht',
			{
				t: 'Kinder-Uni: Warum schwimmt ein Schiff?',
				hosts: ['hochschule'],
				format: 'veranstaltung'
			},
			{
				t: 'Kinder-Uni: Wie kommt der Strom in die Steckdose?',
				hosts: ['hochschule'],
				format: 'veranstaltung'
			}
		],
		hosts: ['grundschule', 'bibliothek', 'bne-lernort', 'verein', 'jugendzentrum'],
		formats: ['kurs', 'regelmaessig'],
		topics: ['mint', 'natur'],
		phases: ['grundschule'],
		ages: [6, 10],
		free: 0.45,
		price: [10, 45],
		but: true,
		sdgs: [4, 6, 7, 9],
		en: [
			'Science workshop for children',
			'Children experiment, ask questions and find answers themselves.'
		],
		summaries: ['Experimentieren, staunen und selbst Antworten finden.'],
		details: [
			'Die Kinder stellen Vermutungen auf und überprüfen sie mit einfachen Versuchen.',
			'Alle Materialien werden gestellt.',
			'Zum Abschluss bekommen alle ein Forscherdiplom.'
		]
	},
	{
		key: 'coding',
		weight: 2.5,
		titles: [
			'Robotik-AG: Programmieren mit Lego',
			'Coding-Club für Jugendliche',
			'Einführung in die Programmierung mit Scratch',
			{
				t: 'Zukunftstag an der Ostfalia: Technik ausprobieren',
				hosts: ['hochschule'],
				format: 'einzeltermin'
			},
			'3D-Druck-Werkstatt für Jugendliche'
		],
		hosts: ['hochschule', 'weiterfuehrende-schule', 'bibliothek', 'jugendzentrum', 'bbs', 'verein'],
		formats: ['kurs', 'regelmaessig', 'einzeltermin'],
		topics: ['mint', 'digital', 'beruf'],
		phases: ['sek1', 'jugend'],
		ages: [10, 18],
		free: 0.45,
		price: [15, 60],
		but: true,
		en: ['Coding and robotics club', 'Young people build and program robots and small games.'],
		summaries: ['Programmieren, tüfteln und bauen – für technikbegeisterte Jugendliche.'],
		details: [
			'Laptops und Bausätze werden gestellt.',
			'Mädchen sind ausdrücklich eingeladen, Technik auszuprobieren.',
			'Am Ende präsentieren die Teilnehmenden ihre Projekte.'
		]
	},
	{
		key: 'daz-schule',
		weight: 2.5,
		titles: [
			'Sprachlernklasse: Deutsch als Zweitsprache',
			'DaZ-Förderkurs für Schülerinnen und Schüler',
			'Deutsch als Zweitsprache – Förderunterricht',
			'Sprachförderung für neu zugewanderte Kinder'
		],
		hosts: ['grundschule', 'weiterfuehrende-schule', 'bbs'],
		formats: ['kurs', 'regelmaessig'],
		topics: ['sprache', 'integration', 'lernhilfe'],
		phases: ['grundschule', 'sek1'],
		ages: [6, 16],
		free: 1,
		langs: MIGRANT_LANGS,
		langChance: 0.15,
		kind: 'sprachfoerderung',
		en: ['German as a second language at school', 'Extra German lessons for newly arrived pupils.'],
		summaries: [
			'Zusätzlicher Deutschunterricht für Kinder und Jugendliche, die neu in Deutschland sind.'
		],
		details: [
			'Der Unterricht findet zusätzlich zum Regelunterricht statt.',
			'Eine Sprachstandsfeststellung zeigt, welche Förderung passt.',
			'Die Lehrkräfte sind für Deutsch als Zweitsprache ausgebildet.'
		]
	},
	{
		key: 'uebergang-sek',
		weight: 1.5,
		titles: [
			{ t: 'Infoabend: Welche Schule nach der vierten Klasse?', time: 'evening' },
			'Beratung zum Übergang auf die weiterführende Schule',
			{ t: 'Tag der offenen Tür', hosts: ['weiterfuehrende-schule'], format: 'veranstaltung' },
			{
				t: 'Schnuppertag für Viertklässlerinnen und Viertklässler',
				hosts: ['weiterfuehrende-schule']
			}
		],
		hosts: ['weiterfuehrende-schule', 'grundschule'],
		formats: ['veranstaltung', 'beratung', 'einzeltermin'],
		topics: ['eltern', 'beratung'],
		phases: ['grundschule', 'familien'],
		free: 1,
		kind: 'familie',
		en: [
			'Choosing a secondary school',
			'Information and counselling for parents of children in year four.'
		],
		summaries: ['Eltern von Viertklässlern erfahren, welche Schulformen es in Salzgitter gibt.'],
		details: [
			'Lehrkräfte stellen Schulformen, Abschlüsse und Ganztagsangebote vor.',
			'Die Kinder können in Unterrichtsstunden hineinschnuppern.',
			'In Niedersachsen entscheiden die Eltern über die weiterführende Schule.'
		]
	}
];
