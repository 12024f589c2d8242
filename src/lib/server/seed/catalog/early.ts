/** Offers for babies, toddlers, Kita children and their parents. */
import type { Archetype } from './types';

const MIGRANT_LANGS = ['tr', 'ar', 'ru', 'uk', 'pl'];

export const EARLY: Archetype[] = [
	{
		key: 'eltern-kind-gruppe',
		weight: 4,
		titles: [
			'Eltern-Kind-Gruppe „Krabbelmäuse“',
			'Krabbelgruppe für Babys und ihre Eltern',
			'Eltern-Kind-Gruppe für Kinder von 1 bis 3 Jahren',
			'Spielkreis für Kleinkinder',
			{ t: 'Babytreff am Vormittag', time: 'morning' }
		],
		hosts: ['familienzentrum', 'kirchengemeinde', 'kita', 'verein'],
		formats: ['regelmaessig'],
		topics: ['eltern', 'bewegung', 'sprache'],
		phases: ['u3', 'familien'],
		ages: [0, 3],
		free: 0.4,
		price: [15, 40],
		costNotes: ['für zehn Treffen', 'pro Halbjahr'],
		en: ['Parent and toddler group', 'Play, sing and meet other parents with your little one.'],
		summaries: [
			'Spielen, Singen und Austausch für Eltern mit Kindern unter drei Jahren.',
			'Ein fester Treffpunkt für Eltern und Kleinkinder zum Spielen und Kennenlernen.'
		],
		details: [
			'Wir singen Lieder, machen Fingerspiele und probieren einfache Bewegungsspiele aus.',
			'Die Eltern tauschen sich bei einer Tasse Kaffee über Schlaf, Ernährung und Entwicklung aus.',
			'Bitte bringen Sie eine Decke und rutschfeste Socken für Ihr Kind mit.',
			'Geschwisterkinder dürfen gern mitkommen.'
		]
	},
	{
		key: 'griffbereit',
		weight: 2.5,
		titles: [
			'Griffbereit – Mehrsprachige Spielgruppe',
			'Griffbereit: Spielgruppe für Eltern und Kleinkinder',
			'Griffbereit – mehrsprachig spielen und sprechen'
		],
		hosts: ['familienzentrum', 'kita'],
		formats: ['regelmaessig'],
		topics: ['sprache', 'eltern', 'integration'],
		phases: ['u3', 'familien'],
		ages: [1, 3],
		free: 1,
		langs: MIGRANT_LANGS,
		langChance: 0.6,
		kind: 'spielgruppe',
		en: [
			'Griffbereit – multilingual play group',
			'A play group for parents and toddlers that strengthens the family language and German.'
		],
		summaries: [
			'Eine Spielgruppe für Eltern mit Kindern zwischen einem und drei Jahren, die Familiensprache und Deutsch stärkt.',
			'Mehrsprachig spielen, singen und erzählen – für Eltern mit Kleinkindern.'
		],
		details: [
			'Griffbereit stärkt die Familiensprache und die deutsche Sprache von Kindern zwischen einem und drei Jahren.',
			'Eltern erhalten Anregungen, wie sie mit ihren Kindern im Alltag spielen und sprechen können.',
			'Geschulte Elternbegleiterinnen leiten die Gruppe zweisprachig an.'
		]
	},
	{
		key: 'rucksack-kita',
		weight: 2,
		titles: [
			'Rucksack KiTa',
			'Rucksack KiTa – Elternprogramm zur Sprachbildung',
			'Rucksack KiTa: Mehrsprachigkeit in der Familie stärken',
			{
				t: 'Rucksack Schule – Elternprogramm für Grundschulfamilien',
				hosts: ['grundschule'],
				phases: ['grundschule', 'familien'],
				ages: [6, 10]
			}
		],
		hosts: ['kita', 'familienzentrum'],
		formats: ['regelmaessig', 'kurs'],
		topics: ['sprache', 'eltern', 'integration'],
		phases: ['kita', 'familien'],
		ages: [4, 6],
		free: 1,
		langs: MIGRANT_LANGS,
		langChance: 0.6,
		kind: 'spielgruppe',
		en: [
			'Rucksack – parent programme for language',
			'Parents strengthen their children’s family language and German at home.'
		],
		summaries: [
			'Ein Elternprogramm, das die Sprachentwicklung der Kinder zu Hause in der Familiensprache unterstützt.'
		],
		details: [
			'Die Eltern treffen sich wöchentlich und erhalten Materialien, mit denen sie zu Hause in ihrer Familiensprache spielen und erzählen.',
			'Kita oder Schule greifen dieselben Themen parallel auf Deutsch auf.',
			'Eine Elternbegleiterin aus dem Stadtteil leitet die Treffen.'
		]
	},
	{
		key: 'sprachfoerderung-kita',
		weight: 4,
		titles: [
			'Sprachförderung im Kita-Alltag',
			'Alltagsintegrierte Sprachförderung',
			'Sprachbildung und Sprachförderung in der Kita',
			{ t: 'Sprachförderung im letzten Kita-Jahr', ages: [5, 6] },
			'Sprachförderung in Kleingruppen für Kindergartenkinder'
		],
		hosts: ['kita', 'familienzentrum'],
		formats: ['regelmaessig'],
		topics: ['sprache'],
		phases: ['kita'],
		ages: [3, 6],
		free: 1,
		schedule: { ongoing: 1 },
		langs: MIGRANT_LANGS,
		langChance: 0.15,
		kind: 'sprachfoerderung',
		en: [
			'Language support in daily Kita life',
			'Children are supported in learning German every day, in play and in small groups.'
		],
		summaries: [
			'Sprachförderung für alle Kinder, eingebettet in den Alltag der Kita.',
			'Gezielte Förderung der deutschen Sprache für Kinder im Kindergartenalter.'
		],
		details: [
			'Die Fachkräfte beobachten und dokumentieren die Sprachentwicklung jedes Kindes.',
			'Im letzten Kita-Jahr erhalten Kinder mit besonderem Bedarf eine gezielte Förderung in kleinen Gruppen.',
			'Mit den Eltern führen wir regelmäßig Entwicklungsgespräche.',
			'Wir arbeiten eng mit der Grundschule zusammen, damit der Übergang gut gelingt.'
		]
	},
	{
		key: 'betreuung-krippe',
		weight: 1.5,
		titles: [
			'Krippe: Betreuung für Kinder unter drei Jahren',
			'Krippenplätze für Ein- bis Dreijährige'
		],
		hosts: ['kita'],
		formats: ['regelmaessig'],
		topics: ['eltern', 'sprache'],
		phases: ['u3'],
		ages: [1, 3],
		free: 0,
		price: [80, 180],
		costNotes: ['Monatlicher Elternbeitrag, einkommensabhängig gestaffelt'],
		schedule: { ongoing: 1 },
		en: ['Crèche for children under three', 'Day care for children from one to three years.'],
		summaries: ['Ganztägige Betreuung in kleinen Gruppen für Kinder ab einem Jahr.'],
		details: [
			'Die Eingewöhnung erfolgt behutsam und gemeinsam mit den Eltern.',
			'Ein Rechtsanspruch auf einen Betreuungsplatz besteht ab dem ersten Geburtstag.',
			'Die Anmeldung erfolgt über das Kita-Portal der Stadt.'
		]
	},
	{
		key: 'betreuung-kindergarten',
		weight: 1.5,
		titles: [
			'Kindergarten: Betreuung ab drei Jahren bis zur Einschulung',
			'Kindergartenplätze in {ort}'
		],
		hosts: ['kita'],
		formats: ['regelmaessig'],
		topics: ['eltern', 'sprache', 'bewegung'],
		phases: ['kita'],
		ages: [3, 6],
		free: 1,
		costNotes: [
			'Beitragsfrei ab drei Jahren (bis acht Stunden täglich), Verpflegung wird extra berechnet'
		],
		schedule: { ongoing: 1 },
		en: ['Kindergarten', 'Day care for children from three years until school entry.'],
		summaries: ['Betreuung, Bildung und Erziehung für Kinder von drei Jahren bis zum Schulbeginn.'],
		details: [
			'Der Kindergarten ist in Niedersachsen ab drei Jahren bis zu acht Stunden am Tag beitragsfrei.',
			'Spielen, Bewegung, Naturerfahrungen und Sprachbildung prägen den Tag.',
			'Im Brückenjahr besuchen die Kinder regelmäßig die Grundschule.'
		]
	},
	{
		key: 'vorlesen-kita',
		weight: 2.5,
		titles: [
			'Vorlesestunde für Kindergartenkinder',
			'Bilderbuchkino',
			'Bilderbuchkino mit Mitmachgeschichten',
			'Vorlesezeit: Geschichten für kleine Zuhörerinnen und Zuhörer',
			'Mehrsprachige Vorlesestunde'
		],
		hosts: ['bibliothek', 'kita', 'familienzentrum', 'kirchengemeinde'],
		formats: ['veranstaltung', 'regelmaessig'],
		topics: ['lesen', 'sprache'],
		phases: ['kita', 'familien'],
		ages: [3, 6],
		free: 0.6,
		price: [5, 8],
		langs: MIGRANT_LANGS,
		langChance: 0.25,
		kind: 'lesen',
		en: [
			'Story time for pre-school children',
			'Picture books and stories read aloud for children aged three to six.'
		],
		summaries: [
			'Bilderbücher und Geschichten zum Zuhören und Mitmachen für Kinder ab drei Jahren.',
			'Eine halbe Stunde Geschichten, danach wird gemalt und gebastelt.'
		],
		details: [
			'Die Bilder des Buches werden groß an die Wand projiziert.',
			'Nach der Geschichte malen und basteln die Kinder passend zum Buch.',
			'Eltern und Großeltern sind herzlich eingeladen, dabei zu sein.'
		]
	},
	{
		key: 'musikgarten',
		weight: 2,
		titles: [
			'Musikgarten für Babys und Kleinkinder',
			{ t: 'Musikalische Früherziehung', phases: ['kita'], ages: [4, 6] },
			'Musikzwerge – Singen, Tanzen, Trommeln',
			{ t: 'Eltern-Kind-Singen', phases: ['u3', 'familien'] }
		],
		hosts: ['musikschule', 'familienzentrum', 'kita'],
		formats: ['kurs'],
		topics: ['musik', 'bewegung'],
		phases: ['u3', 'kita'],
		ages: [1, 6],
		free: 0.2,
		price: [40, 120],
		costNotes: ['pro Halbjahr', 'pro Quartal'],
		but: true,
		en: [
			'Music garden for little ones',
			'Singing, dancing and first instruments for young children.'
		],
		summaries: ['Erste musikalische Erfahrungen mit Liedern, Tänzen und Instrumenten.'],
		details: [
			'Mit Klanghölzern, Rasseln und Trommeln entdecken die Kinder Rhythmus und Melodie.',
			'Ein Elternteil nimmt bei den Jüngsten an der Stunde teil.',
			'Die Lieder gibt es zum Nachsingen für zu Hause.'
		]
	},
	{
		key: 'bewegung-kita',
		weight: 2,
		titles: [
			'Kinderturnen für Drei- bis Sechsjährige',
			{ t: 'Eltern-Kind-Turnen', phases: ['u3', 'familien'], ages: [1, 4] },
			'Bewegungsbaustelle für kleine Entdeckerinnen und Entdecker',
			'Psychomotorik für Kindergartenkinder',
			'Kindertanz für Vorschulkinder'
		],
		hosts: ['verein', 'kita', 'familienzentrum'],
		formats: ['regelmaessig'],
		topics: ['bewegung', 'gesundheit'],
		phases: ['kita'],
		ages: [3, 6],
		free: 0.4,
		price: [15, 60],
		costNotes: ['Mitgliedsbeitrag pro Jahr', 'pro Halbjahr'],
		but: true,
		en: [
			'Gym for little children',
			'Climbing, balancing and running games for children aged three to six.'
		],
		summaries: ['Klettern, Balancieren und Toben für Kinder im Kindergartenalter.'],
		details: [
			'Mit Matten, Kästen und Bällen bauen wir jede Woche eine neue Bewegungslandschaft.',
			'Bewegung fördert Sprache, Konzentration und Selbstvertrauen.',
			'Bitte Turnschuhe oder Turnschläppchen und etwas zu trinken mitbringen.'
		]
	},
	{
		key: 'wassergewoehnung',
		weight: 1,
		titles: ['Wassergewöhnung für Kleinkinder', 'Babyschwimmen', 'Eltern-Kind-Schwimmen'],
		hosts: ['verein', 'familienzentrum'],
		formats: ['kurs'],
		topics: ['bewegung', 'gesundheit'],
		phases: ['u3', 'familien'],
		ages: [0, 3],
		free: 0.3,
		price: [40, 90],
		costNotes: ['für acht Termine, zzgl. Eintritt'],
		venues: ['pool'],
		venueChance: 0.8,
		kind: 'schwimmkurs',
		en: [
			'Water fun for babies and toddlers',
			'Parents and little children get used to the water together.'
		],
		summaries: ['Eltern und Kleinkinder gewöhnen sich spielerisch gemeinsam an das Wasser.'],
		details: [
			'Das Wasser im Lehrschwimmbecken ist angenehm warm.',
			'Ein Elternteil ist immer mit im Wasser.',
			'Bitte eine Schwimmwindel und ein Handtuch mitbringen.'
		]
	}
];
