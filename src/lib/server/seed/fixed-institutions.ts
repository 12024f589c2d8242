/** The city's well-known institutions that exist once, plus anchors for the guaranteed demo offers. */
import type { NamedInstitution } from './institution-names';

const CITY = 'Stadt Salzgitter';

export interface FixedInstitution extends NamedInstitution {
	district: string;
	street?: string;
}

export const FIXED_INSTITUTIONS: FixedInstitution[] = [
	{ type: 'vhs', name: 'Volkshochschule Salzgitter', operator: CITY, district: 'lebenstedt' },
	{
		type: 'vhs',
		name: 'Volkshochschule Salzgitter – Außenstelle Salzgitter-Bad',
		operator: CITY,
		district: 'salzgitter-bad'
	},
	{ type: 'musikschule', name: 'Städtische Musikschule', operator: CITY, district: 'lebenstedt' },
	{
		type: 'bibliothek',
		name: 'Stadtbibliothek Salzgitter',
		operator: CITY,
		district: 'lebenstedt'
	},
	{
		type: 'weiterfuehrende-schule',
		name: 'Kranich-Gymnasium',
		operator: CITY,
		district: 'lebenstedt'
	},
	{
		type: 'weiterfuehrende-schule',
		name: 'Gymnasium Am Fredenberg',
		operator: CITY,
		district: 'lebenstedt'
	},
	{
		type: 'weiterfuehrende-schule',
		name: 'Gymnasium Salzgitter-Bad',
		operator: CITY,
		district: 'salzgitter-bad'
	},
	{
		type: 'weiterfuehrende-schule',
		name: 'IGS Salzgitter',
		operator: CITY,
		district: 'lebenstedt'
	},
	{
		type: 'foerderschule',
		name: 'Förderschule Am Fredenberg',
		operator: CITY,
		district: 'lebenstedt'
	},
	{
		type: 'foerderschule',
		name: 'Förderschule Geistige Entwicklung Salzgitter-Bad',
		operator: CITY,
		district: 'salzgitter-bad'
	},
	{ type: 'bbs', name: 'BBS Fredenberg', operator: CITY, district: 'lebenstedt' },
	{ type: 'bbs', name: 'BBS Salzgitter-Bad', operator: CITY, district: 'salzgitter-bad' },
	{
		type: 'hochschule',
		name: 'Ostfalia Hochschule – Campus Salzgitter',
		operator: 'Land Niedersachsen',
		district: 'calbecht'
	},
	{
		type: 'museum',
		name: 'Städtisches Museum Schloss Salder',
		operator: CITY,
		district: 'salder',
		street: 'Museumstraße 34'
	},
	{ type: 'museum', name: 'Museum Salzgitter-Bad', operator: CITY, district: 'salzgitter-bad' },
	{
		type: 'beratungsstelle',
		name: 'Jugendberufsagentur Salzgitter',
		operator: CITY,
		district: 'lebenstedt'
	},
	{
		type: 'beratungsstelle',
		name: 'Migrationsberatung (MBE) der AWO',
		operator: 'AWO',
		district: 'lebenstedt',
		languages: ['ar', 'tr', 'ru', 'ku']
	},
	{
		type: 'beratungsstelle',
		name: 'Jugendmigrationsdienst Salzgitter',
		operator: 'Diakonie',
		district: 'lebenstedt',
		languages: ['ar', 'uk', 'ru', 'fa']
	},
	{
		type: 'beratungsstelle',
		name: 'Caritas Familienberatung',
		operator: 'Caritas',
		district: 'salzgitter-bad',
		languages: ['pl', 'en']
	},
	{ type: 'familienzentrum', name: 'Familienzentrum Thiede', operator: CITY, district: 'thiede' },
	{
		type: 'familienzentrum',
		name: 'Familienzentrum Fredenberg',
		operator: 'AWO',
		district: 'lebenstedt'
	},
	{
		type: 'familienzentrum',
		name: 'Familienzentrum Salzgitter-Bad',
		operator: 'Diakonie',
		district: 'salzgitter-bad'
	},
	{
		type: 'jugendzentrum',
		name: 'Jugendzentrum Lebenstedt',
		operator: CITY,
		district: 'lebenstedt'
	},
	{
		type: 'jugendzentrum',
		name: 'Jugendzentrum Salzgitter-Bad',
		operator: CITY,
		district: 'salzgitter-bad'
	},
	{
		type: 'bne-lernort',
		name: 'Umweltzentrum Salzgittersee',
		operator: CITY,
		district: 'lebenstedt'
	},
	{
		type: 'bne-lernort',
		name: 'Waldpädagogikzentrum Salzgitter-Höhenzug',
		operator: 'Naturschutzgruppe Salzgitter e. V.',
		district: 'ringelheim'
	},
	{ type: 'grundschule', name: 'Grundschule Am See', operator: CITY, district: 'lebenstedt' },
	{ type: 'kita', name: 'Städtische Kita Lebenstedt-Nord', operator: CITY, district: 'lebenstedt' },
	{ type: 'kita', name: 'Kita Sonnenblume', operator: 'AWO', district: 'lebenstedt' },
	{
		type: 'verein',
		name: 'Schwimmverein Lebenstedt e. V.',
		operator: 'Schwimmverein Lebenstedt e. V.',
		district: 'lebenstedt'
	},
	{ type: 'verein', name: 'DRK Ortsverein Lebenstedt', operator: 'DRK', district: 'lebenstedt' }
];
