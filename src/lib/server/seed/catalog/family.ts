/** Offers for parents and families: courses, cafés, counselling, family days. */
import type { Archetype } from './types';

const MIGRANT_LANGS = ['tr', 'ar', 'ru', 'uk', 'pl'];

export const FAMILY: Archetype[] = [
	{
		key: 'elternkurs',
		weight: 3,
		titles: [
			'Elternkurs „Starke Eltern – starke Kinder“',
			'Elternkurs: Gelassen durch die Trotzphase',
			{ t: 'Pubertät – Elternabend mit Austausch', format: 'veranstaltung', time: 'evening' },
			'Elternkurs für Väter',
			'Erziehung mit Herz und Grenzen'
		],
		hosts: ['familienzentrum', 'beratungsstelle', 'kita', 'kirchengemeinde', 'vhs'],
		formats: ['kurs'],
		topics: ['eltern', 'beratung'],
		phases: ['familien'],
		free: 0.45,
		price: [10, 60],
		costNotes: ['für sechs Abende'],
		langs: MIGRANT_LANGS,
		langChance: 0.2,
		kind: 'familie',
		en: [
			'Parenting course',
			'Practical ideas for everyday family life and an exchange with other parents.'
		],
		summaries: [
			'Mehr Gelassenheit im Familienalltag – mit praktischen Tipps und Austausch unter Eltern.'
		],
		details: [
			'Wir sprechen über Regeln, Grenzen, Streit und schöne gemeinsame Zeit.',
			'Die Kursleitung ist Familienberaterin mit langjähriger Erfahrung.',
			'Während des Kurses werden die Kinder auf Wunsch betreut.'
		]
	},
	{
		key: 'elterncafe',
		weight: 4,
		titles: [
			'Elterncafé mit Kinderbetreuung',
			'Elterncafé',
			{ t: 'Elterncafé im Familienzentrum', hosts: ['familienzentrum'], atHost: true },
			'Mütter- und Vätercafé',
			{ t: 'Elternfrühstück', time: 'morning' },
			{ t: 'Elterncafé am Nachmittag', time: 'afternoon' }
		],
		hosts: ['familienzentrum', 'kita', 'grundschule', 'kirchengemeinde'],
		formats: ['regelmaessig'],
		topics: ['eltern', 'integration', 'beratung'],
		phases: ['familien'],
		free: 1,
		langs: MIGRANT_LANGS,
		langChance: 0.35,
		monolingual: true,
		kind: 'elterncafe',
		en: ['Parents’ café', 'Meet other parents over coffee while the children play.'],
		summaries: [
			'Andere Eltern treffen, Fragen stellen und Kontakte knüpfen – bei Kaffee und Tee.',
			'Ein offener Treff für Mütter und Väter mit Kinderbetreuung.'
		],
		details: [
			'Wir sprechen über Erziehung, Schule, Gesundheit und das Leben im Stadtteil.',
			'Manchmal kommen Gäste, zum Beispiel aus der Erziehungsberatung oder der Schule.',
			'Die Kinder werden während des Cafés im Nebenraum betreut.',
			'Jede Mutter und jeder Vater ist willkommen, auch ohne gute Deutschkenntnisse.'
		]
	},
	{
		key: 'familienberatung',
		weight: 3,
		titles: [
			'Erziehungsberatung',
			{ t: 'Caritas Familienberatung: Offene Sprechstunde', hosts: ['beratungsstelle'] },
			'Beratung für Familien in Trennung',
			'Frühe Hilfen: Beratung für werdende und junge Eltern',
			'Familienberatung in Ihrer Sprache',
			'Sozialberatung für Familien mit wenig Geld'
		],
		hosts: ['beratungsstelle', 'familienzentrum'],
		formats: ['beratung'],
		topics: ['beratung', 'eltern'],
		phases: ['familien', 'erwachsene'],
		free: 1,
		langs: MIGRANT_LANGS,
		langChance: 0.3,
		monolingual: true,
		kind: 'familienberatung',
		en: [
			'Family counselling',
			'Confidential advice on parenting, separation and everyday worries.'
		],
		summaries: [
			'Vertrauliche Beratung bei Fragen zu Erziehung, Trennung und Sorgen im Familienalltag.'
		],
		details: [
			'Die Beratung ist kostenlos, vertraulich und unabhängig von Religion und Herkunft.',
			'Wir helfen auch beim Antrag auf Leistungen für Bildung und Teilhabe.',
			'Termine sind auch am späten Nachmittag möglich.'
		]
	},
	{
		key: 'familienaktion',
		weight: 2,
		titles: [
			{ t: 'Familientag im Museum', hosts: ['museum'], atHost: true },
			'Familienwanderung am Salzgitter-Höhenzug',
			'Familienfest im Stadtteil',
			'Spielenachmittag für Groß und Klein',
			'Laternenbasteln für Familien'
		],
		hosts: ['museum', 'familienzentrum', 'kirchengemeinde', 'verein', 'bne-lernort'],
		formats: ['veranstaltung'],
		topics: ['ferien', 'kunst', 'natur'],
		phases: ['familien', 'grundschule'],
		free: 0.5,
		price: [5, 12],
		costNotes: ['pro Familie'],
		venues: ['forest', 'hall'],
		venueChance: 0.25,
		en: ['Family day', 'Crafts, games and outings for the whole family.'],
		summaries: ['Ein Nachmittag für die ganze Familie mit Spielen, Basteln und Entdecken.'],
		details: [
			'Großeltern, Tanten und Nachbarskinder sind herzlich willkommen.',
			'Für Kaffee, Saft und Kuchen ist gesorgt.',
			'Bei schlechtem Wetter weichen wir in den Saal aus.'
		]
	},
	{
		key: 'familienkueche',
		weight: 1.5,
		titles: [
			'Familienkochkurs: Gesund und günstig',
			'Kochen mit Kindern',
			'Gesunde Brotdose – Ernährungsworkshop für Eltern',
			'Zuckerfrei durch die Woche'
		],
		hosts: ['familienzentrum', 'vhs', 'kita'],
		formats: ['kurs', 'einzeltermin'],
		topics: ['gesundheit', 'eltern'],
		phases: ['familien', 'grundschule'],
		free: 0.6,
		price: [5, 30],
		costNotes: ['für Lebensmittel'],
		en: ['Family cooking class', 'Healthy, low-cost cooking that children enjoy.'],
		summaries: ['Gesund, günstig und lecker kochen – gemeinsam mit den Kindern.'],
		details: [
			'Alle Rezepte gibt es zum Mitnehmen, auch in Leichter Sprache.',
			'Wir kochen saisonal und mit Zutaten aus dem Discounter um die Ecke.',
			'Bitte geben Sie Allergien bei der Anmeldung an.'
		]
	}
];
