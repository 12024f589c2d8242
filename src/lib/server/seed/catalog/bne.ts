/** Education for sustainable development (BNE): nature, climate, fair consumption. */
import type { Archetype } from './types';

export const BNE: Archetype[] = [
	{
		key: 'bne-kinder',
		weight: 3,
		titles: [
			{ t: 'Ferienprogramm: Forschen am Salzgittersee', phases: ['grundschule'] },
			'Wasserforscher: Leben im Teich',
			{ t: 'Waldtag für Kita-Gruppen', phases: ['kita'] },
			'Bienen-AG: Vom Blütenstaub zum Honig',
			'Naturdetektive unterwegs',
			'Kartoffeln pflanzen und ernten'
		],
		hosts: ['bne-lernort', 'kita', 'grundschule', 'verein'],
		formats: ['einzeltermin', 'kurs', 'veranstaltung'],
		topics: ['natur', 'mint', 'ferien'],
		phases: ['grundschule', 'kita'],
		ages: [4, 10],
		free: 0.45,
		price: [5, 30],
		sdgs: [4, 2, 6, 13, 14, 15],
		venues: ['lake', 'forest', 'garden'],
		venueChance: 0.45,
		en: ['Nature explorers', 'Children discover ponds, forests and gardens with all their senses.'],
		summaries: ['Kinder erforschen Teich, Wald und Garten mit allen Sinnen.'],
		details: [
			'Mit Becherlupen und Keschern untersuchen wir, wer im Wasser lebt.',
			'Die Kinder erfahren, warum Insekten für unsere Ernährung wichtig sind.',
			'Bitte wetterfeste Kleidung und Gummistiefel mitbringen.',
			'Der Lernort ist als außerschulischer Lernstandort für BNE anerkannt.'
		]
	},
	{
		key: 'bne-schule',
		weight: 2.5,
		titles: [
			'Klimawerkstatt für Schulklassen',
			'Energiedetektive: Strom sparen in der Schule',
			'Plastikfrei leben – Projekttag',
			'Fairer Handel: Wo kommt unsere Schokolade her?',
			'Stadtrallye Nachhaltigkeit',
			'Workshop: Wasser ist Leben'
		],
		hosts: ['bne-lernort', 'weiterfuehrende-schule', 'vhs', 'museum', 'verein', 'kirchengemeinde'],
		formats: ['einzeltermin', 'kurs', 'veranstaltung'],
		topics: ['natur', 'demokratie', 'mint'],
		phases: ['sek1', 'grundschule'],
		ages: [8, 16],
		free: 0.5,
		price: [5, 25],
		costNotes: ['pro Schülerin und Schüler'],
		sdgs: [4, 6, 7, 11, 12, 13, 1, 10],
		venues: ['garden', 'lake'],
		venueChance: 0.15,
		en: [
			'Climate and sustainability workshop',
			'Pupils explore climate, energy and fair trade and plan their own projects.'
		],
		summaries: ['Schülerinnen und Schüler erforschen Klima, Energie und fairen Handel.'],
		details: [
			'Das Angebot ist auf die Kerncurricula abgestimmt und kann in den Unterricht eingebunden werden.',
			'Am Ende planen die Jugendlichen eigene Projekte für ihre Schule.',
			'Ein Angebot im Netzwerk Bildung für nachhaltige Entwicklung (BNE) Salzgitter.'
		]
	},
	{
		key: 'bne-erwachsene',
		weight: 2.5,
		titles: [
			'Repair-Café: Reparieren statt wegwerfen',
			'Gemeinschaftsgarten: Gärtnern im Stadtteil',
			'Vortrag: Klimaschutz im eigenen Haushalt',
			'Kleidertauschparty',
			'Pflanzentauschbörse',
			{ t: 'Solarenergie für Balkon und Dach – Infoabend', time: 'evening' }
		],
		hosts: ['bne-lernort', 'vhs', 'kirchengemeinde', 'verein', 'bibliothek'],
		formats: ['regelmaessig', 'veranstaltung', 'einzeltermin'],
		topics: ['natur', 'mint', 'demokratie'],
		phases: ['erwachsene', 'senioren', 'familien'],
		free: 0.6,
		price: [5, 20],
		sdgs: [7, 11, 12, 13, 15, 17],
		venues: ['garden'],
		venueChance: 0.15,
		en: ['Repair café and sustainability meet-up', 'Repair, swap, grow and save energy together.'],
		summaries: ['Gemeinsam reparieren, tauschen, gärtnern und Energie sparen.'],
		details: [
			'Ehrenamtliche Fachleute helfen beim Reparieren von Elektrogeräten, Fahrrädern und Kleidung.',
			'Wer mag, bringt selbst gezogene Pflanzen oder gut erhaltene Kleidung zum Tauschen mit.',
			'Nachhaltigkeit beginnt vor der eigenen Haustür.'
		]
	},
	{
		key: 'bne-jugend',
		weight: 1.5,
		titles: [
			'Klimaschutzprojekt: Jugend macht Zukunft',
			'Jugend-Umweltgruppe',
			'Naturschutzjugend: Nistkästen bauen',
			'Müllsammelaktion am Salzgittersee'
		],
		hosts: ['bne-lernort', 'jugendzentrum', 'verein'],
		formats: ['regelmaessig', 'veranstaltung', 'einzeltermin'],
		topics: ['natur', 'demokratie'],
		phases: ['jugend', 'sek1'],
		ages: [12, 21],
		free: 0.7,
		price: [5, 20],
		sdgs: [13, 15, 16, 4, 14],
		venues: ['lake', 'forest'],
		venueChance: 0.3,
		en: [
			'Youth environment group',
			'Young people plan and carry out their own projects for climate and nature.'
		],
		summaries: ['Jugendliche planen eigene Projekte für Klima und Natur in Salzgitter.'],
		details: [
			'Die Gruppe entscheidet selbst, welche Projekte sie angeht.',
			'Werkzeug und Material stellt der Lernort.',
			'Engagement kann im Zeugnis bescheinigt werden.'
		]
	}
];
