/** Offers for adults and older people: digital skills, further training, health, culture. */
import type { Archetype } from './types';

export const ADULTS: Archetype[] = [
	{
		key: 'computer',
		weight: 2.5,
		titles: [
			'Computerkurs für Einsteigerinnen und Einsteiger',
			'Word und Excel für den Beruf',
			'Digitale Behördengänge: Online-Anträge verstehen',
			{ t: 'Smartphone-Sprechstunde', format: 'beratung' },
			'Fotobearbeitung am Computer'
		],
		hosts: ['vhs', 'bibliothek', 'verein', 'bbs'],
		formats: ['kurs'],
		topics: ['digital'],
		phases: ['erwachsene'],
		ages: [18, 99],
		free: 0.35,
		price: [20, 120],
		langs: ['tr', 'ar', 'ru', 'uk'],
		langChance: 0.1,
		kind: 'computer',
		en: ['Computer course for beginners', 'First steps with computer, e-mail and online forms.'],
		summaries: ['Schritt für Schritt sicher am Computer und im Internet.'],
		details: [
			'Wir arbeiten an Laptops, eigene Geräte können mitgebracht werden.',
			'Themen sind E-Mail, Dateien, sichere Passwörter und Online-Formulare.',
			'Das Tempo richtet sich nach der Gruppe.'
		]
	},
	{
		key: 'computer-senioren',
		weight: 2.5,
		titles: [
			'Computerkurs für Seniorinnen und Senioren',
			'Smartphone-Kurs für Seniorinnen und Senioren',
			{ t: 'Tablet-Treff für Ältere', format: 'regelmaessig' },
			'Videotelefonie mit den Enkeln – Einführung',
			{ t: 'Digital-Paten: Hilfe rund ums Handy', format: 'beratung' }
		],
		hosts: ['vhs', 'bibliothek', 'kirchengemeinde', 'verein'],
		formats: ['kurs'],
		topics: ['digital'],
		phases: ['senioren'],
		ages: [60, 99],
		free: 0.45,
		price: [10, 60],
		langs: ['ru', 'pl', 'tr', 'uk'],
		langChance: 0.2,
		kind: 'computer',
		en: [
			'Computer and smartphone course for older people',
			'Patient help with smartphone, tablet and computer.'
		],
		summaries: ['Geduldige Hilfe beim Umgang mit Smartphone, Tablet und Computer.'],
		details: [
			'Wir erklären alles in Ruhe und so oft wie nötig.',
			'Bringen Sie gern Ihr eigenes Smartphone oder Tablet mit.',
			'Themen sind Nachrichten, Fotos, Videotelefonie und sicheres Surfen.'
		]
	},
	{
		key: 'fortbildung-fachkraefte',
		weight: 2,
		titles: [
			'Fortbildung für pädagogische Fachkräfte: Sprachbildung im Kita-Alltag',
			'Fortbildung: Mehrsprachigkeit in Kita und Schule',
			'Qualifizierung zur Kindertagespflegeperson',
			'Fachtag Übergang Kita – Grundschule',
			{ t: 'Fortbildung: BNE im Unterricht verankern', hosts: ['bne-lernort', 'vhs'] }
		],
		hosts: ['vhs', 'familienzentrum', 'hochschule', 'bne-lernort'],
		formats: ['veranstaltung', 'kurs', 'einzeltermin'],
		topics: ['beruf', 'sprache'],
		phases: ['erwachsene'],
		ages: [18, 67],
		free: 0.5,
		price: [20, 150],
		en: ['Further training for educators', 'Practical training for staff of Kitas and schools.'],
		summaries: ['Praxisnahe Fortbildung für Fachkräfte aus Kita, Schule und Jugendhilfe.'],
		details: [
			'Die Fortbildung verbindet kurze Inputs mit Übungen aus dem Arbeitsalltag.',
			'Eine Teilnahmebescheinigung wird ausgestellt.',
			'Das Angebot ist Teil des Fortbildungsprogramms des Bildungsbüros.'
		]
	},
	{
		key: 'weiterbildung',
		weight: 1.5,
		titles: [
			'Buchführung kompakt',
			'Zertifikatskurs Projektmanagement',
			'Deutsch für Pflegekräfte',
			'Rhetorik: Sicher auftreten im Beruf',
			'Wiedereinstieg in den Beruf nach der Familienzeit'
		],
		hosts: ['vhs', 'bbs', 'hochschule'],
		formats: ['kurs'],
		topics: ['beruf', 'digital'],
		phases: ['erwachsene'],
		ages: [18, 67],
		free: 0.1,
		price: [60, 180],
		costNotes: ['inklusive Prüfungsgebühr', 'Bildungsgutschein möglich'],
		en: ['Vocational further training', 'Courses for your career with a certificate.'],
		summaries: ['Berufliche Weiterbildung mit Zertifikat, auch berufsbegleitend.'],
		details: [
			{ s: 'Der Kurs kann über einen Bildungsgutschein gefördert werden.', when: 'paid' },
			'Die Termine liegen am Abend und am Samstag.',
			'Am Ende erhalten Sie ein Zertifikat.'
		]
	},
	{
		key: 'gesundheit',
		weight: 3,
		titles: [
			'Rückenfit – Gymnastik für den Alltag',
			'Yoga für Anfängerinnen und Anfänger',
			'Entspannung mit Progressiver Muskelentspannung',
			{ t: 'Nordic Walking am Salzgittersee', format: 'regelmaessig' },
			'Aquafitness',
			'Gesund kochen mit wenig Geld'
		],
		hosts: ['vhs', 'verein', 'familienzentrum'],
		formats: ['kurs', 'regelmaessig'],
		topics: ['gesundheit', 'bewegung'],
		phases: ['erwachsene', 'senioren'],
		ages: [18, 99],
		free: 0.2,
		price: [25, 110],
		costNotes: ['Zuschuss der Krankenkasse möglich', 'für zehn Termine'],
		en: ['Health and fitness course', 'Exercise and relaxation for body and mind.'],
		summaries: ['Bewegung und Entspannung für Körper und Kopf.'],
		details: [
			{ s: 'Viele Krankenkassen bezuschussen die Teilnahme.', when: 'paid' },
			'Bitte bequeme Kleidung, eine Matte und ein Handtuch mitbringen.',
			'Die Übungen lassen sich leicht in den Alltag übernehmen.'
		]
	},
	{
		key: 'schwimmen-erwachsene',
		weight: 1,
		titles: [
			'Schwimmkurs für Frauen',
			'Schwimmkurs für Erwachsene',
			'Schwimmen lernen für Erwachsene – Anfängerkurs'
		],
		hosts: ['verein', 'vhs', 'familienzentrum'],
		formats: ['kurs'],
		topics: ['bewegung', 'gesundheit', 'integration'],
		phases: ['erwachsene'],
		ages: [18, 99],
		free: 0.3,
		price: [40, 90],
		venues: ['pool'],
		venueChance: 0.8,
		langs: ['ar', 'tr', 'uk'],
		langChance: 0.2,
		kind: 'schwimmkurs',
		en: ['Swimming course for adults', 'It is never too late to learn to swim.'],
		summaries: ['Es ist nie zu spät, schwimmen zu lernen – in geschützter Atmosphäre.'],
		details: [
			'Der Frauenkurs findet mit weiblichen Trainerinnen und abgedunkelten Fenstern statt.',
			'Wir beginnen im Nichtschwimmerbecken und gehen in kleinen Schritten vor.',
			'Badekleidung nach eigener Wahl ist willkommen.'
		]
	},
	{
		key: 'senioren',
		weight: 2.5,
		titles: [
			'Gedächtnistraining für Seniorinnen und Senioren',
			'Seniorentanz',
			'Sitzgymnastik für Ältere',
			'Erzählcafé: Salzgitter früher und heute',
			'Literaturkreis für Seniorinnen und Senioren',
			{ t: 'Spaziergang mit Geschichte', format: 'veranstaltung' }
		],
		hosts: ['kirchengemeinde', 'verein', 'vhs', 'bibliothek', 'museum'],
		formats: ['regelmaessig'],
		topics: ['gesundheit', 'bewegung', 'lesen', 'kunst'],
		phases: ['senioren'],
		ages: [60, 99],
		free: 0.4,
		price: [5, 40],
		en: ['Group for older people', 'Stay fit, curious and in good company.'],
		summaries: ['Fit bleiben, Neues entdecken und in Gesellschaft sein.'],
		details: [
			'Die Gruppe trifft sich in gemütlicher Runde mit Kaffee und Tee.',
			'Neue Teilnehmende sind jederzeit willkommen.',
			'Ein Fahrdienst kann bei Bedarf vermittelt werden.'
		]
	},
	{
		key: 'politische-bildung',
		weight: 1.5,
		titles: [
			'Vortrag: Wie funktioniert unsere Kommunalpolitik?',
			'Stadtgeschichte: Salzgitter nach 1942',
			'Führung durch das Rathaus',
			{ t: 'Gesprächsabend: Demokratie vor Ort', time: 'evening' },
			{ t: 'Einbürgerung – Informationsabend', hosts: ['beratungsstelle', 'vhs'], time: 'evening' }
		],
		hosts: ['vhs', 'museum', 'verein', 'kirchengemeinde', 'beratungsstelle'],
		formats: ['veranstaltung', 'einzeltermin'],
		topics: ['demokratie'],
		phases: ['erwachsene', 'senioren'],
		ages: [16, 99],
		free: 0.5,
		price: [5, 15],
		sdgs: [16],
		en: ['Civic education evening', 'Talks and discussions about local politics and history.'],
		summaries: ['Vorträge und Gespräche über Politik und Geschichte vor Ort.'],
		details: [
			'Im Anschluss an den Vortrag ist Zeit für Fragen und Diskussion.',
			{ s: 'Der Eintritt ist frei, um eine Spende wird gebeten.', when: 'free' },
			'Die Veranstaltung wird in Zusammenarbeit mit dem Stadtarchiv angeboten.'
		]
	},
	{
		key: 'kultur',
		weight: 2,
		titles: [
			{
				t: 'Museumsführung: Salzgitter und die Geschichte des Erzbergbaus',
				hosts: ['museum'],
				atHost: true
			},
			{ t: 'Öffentliche Ausstellungsführung', hosts: ['museum'], atHost: true },
			'Aquarellmalerei für Erwachsene',
			{ t: 'Töpferkurs am Abend', time: 'evening' },
			'Chorprojekt für alle Generationen',
			{ t: 'Gitarre für Erwachsene', hosts: ['musikschule', 'vhs'] }
		],
		hosts: ['museum', 'vhs', 'musikschule', 'kirchengemeinde', 'verein'],
		formats: ['kurs', 'veranstaltung', 'regelmaessig'],
		topics: ['kunst', 'musik'],
		phases: ['erwachsene', 'senioren'],
		ages: [16, 99],
		free: 0.35,
		price: [5, 140],
		en: ['Arts and culture for adults', 'Guided tours, painting, pottery and singing.'],
		summaries: ['Kunst und Kultur entdecken und selbst kreativ werden.'],
		details: [
			'Vorkenntnisse sind nicht erforderlich.',
			'Material kann vor Ort gegen einen kleinen Beitrag erworben werden.',
			'Die Gruppe ist bewusst klein gehalten.'
		]
	},
	{
		key: 'bibliothek-erwachsene',
		weight: 1,
		titles: [
			'Bibliotheksführung für Neuzugewanderte',
			'Onleihe-Sprechstunde: E-Books ausleihen',
			{ t: 'Spieleabend in der Bibliothek', time: 'evening' }
		],
		hosts: ['bibliothek'],
		formats: ['einzeltermin', 'veranstaltung'],
		topics: ['lesen', 'digital', 'integration'],
		phases: ['erwachsene', 'familien'],
		free: 0.7,
		price: [5, 8],
		en: ['Library introduction', 'Discover the library: books, e-books, games and free Wi-Fi.'],
		summaries: ['Die Bibliothek kennenlernen: Bücher, E-Books, Spiele und kostenloses WLAN.'],
		details: [
			'Ein Bibliotheksausweis für Kinder und Jugendliche ist kostenlos.',
			'Wir zeigen, wie Sie Medien ausleihen, verlängern und online vormerken.',
			'Es gibt Bücher in vielen Sprachen und Materialien zum Deutschlernen.'
		]
	}
];
