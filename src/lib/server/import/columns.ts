/**
 * The documented columns of the bulk import: one table that the column
 * documentation page, the template files and the error messages all read.
 * Headers are German and fixed; descriptions come from Paraglide messages.
 *
 * Translations: besides the `_en` columns listed here, `titel_XX`,
 * `kurzbeschreibung_XX` and `beschreibung_XX` work for every other language
 * code of the languages taxonomy (tr, ar, uk …).
 */
import { m } from '$lib/paraglide/messages';
import { termCodes } from '../config/taxonomies';

export type ImportLocale = 'de' | 'en';

export interface ImportColumn {
	/** The header as it stands in row 1 of the file. */
	header: string;
	required: boolean;
	/** Field paths of the write body this column fills (prefixes; for mapping messages back). */
	fields: string[];
	/** Values of the two example rows of the template. */
	examples: [string, string];
	/** Short format ("ja/nein", "TT.MM.JJJJ HH:MM" …). */
	format: (locale: ImportLocale) => string;
	/** What the column means. */
	description: (locale: ImportLocale) => string;
}

const l = (locale: ImportLocale) => ({ locale });

export const IMPORT_COLUMNS: readonly ImportColumn[] = [
	{
		header: 'externe_id',
		required: false,
		fields: ['externalId'],
		examples: ['VHS-2027-001', 'VHS-2027-002'],
		format: (o) => m.import_fmt_text_max({ max: 200 }, l(o)),
		description: (o) => m.import_col_externe_id({}, l(o))
	},
	{
		header: 'titel',
		required: true,
		fields: ['title'],
		examples: ['Deutsch im Alltag – Gesprächskurs', 'Offener Spieletreff für Familien'],
		format: (o) => m.import_fmt_text_range({ min: 3, max: 200 }, l(o)),
		description: (o) => m.import_col_titel({}, l(o))
	},
	{
		header: 'kurzbeschreibung',
		required: false,
		fields: ['summary'],
		examples: ['Sicherer sprechen beim Arzt, im Amt und beim Einkaufen', ''],
		format: (o) => m.import_fmt_text_max({ max: 300 }, l(o)),
		description: (o) => m.import_col_kurzbeschreibung({}, l(o))
	},
	{
		header: 'beschreibung',
		required: true,
		fields: ['description'],
		examples: [
			'Ein Gesprächskurs für Menschen, die Deutsch im Alltag sicherer sprechen möchten. Wir üben Gespräche beim Arzt, im Amt und beim Einkaufen.',
			'Jeden Mittwoch spielen Eltern und Kinder gemeinsam Brett- und Bewegungsspiele. Einfach vorbeikommen, eine Anmeldung ist nicht nötig.'
		],
		format: (o) => m.import_fmt_text_range({ min: 10, max: 10_000 }, l(o)),
		description: (o) => m.import_col_beschreibung({}, l(o))
	},
	{
		header: 'format',
		required: true,
		fields: ['format'],
		examples: ['Kurs', 'regelmaessig'],
		format: (o) => m.import_fmt_term({}, l(o)),
		description: (o) => m.import_col_format({}, l(o))
	},
	{
		header: 'themen',
		required: true,
		fields: ['topics'],
		examples: ['Sprache und Sprachförderung; Integration und Migration', 'bewegung; eltern'],
		format: (o) => m.import_fmt_terms({}, l(o)),
		description: (o) => m.import_col_themen({}, l(o))
	},
	{
		header: 'lebensphasen',
		required: true,
		fields: ['lifePhases'],
		examples: ['Erwachsene', 'Familien und Eltern; Grundschulkinder'],
		format: (o) => m.import_fmt_terms({}, l(o)),
		description: (o) => m.import_col_lebensphasen({}, l(o))
	},
	{
		header: 'alter_von',
		required: false,
		fields: ['ageMin'],
		examples: ['16', '3'],
		format: (o) => m.import_fmt_age({}, l(o)),
		description: (o) => m.import_col_alter_von({}, l(o))
	},
	{
		header: 'alter_bis',
		required: false,
		fields: ['ageMax'],
		examples: ['', '10'],
		format: (o) => m.import_fmt_age({}, l(o)),
		description: (o) => m.import_col_alter_bis({}, l(o))
	},
	{
		header: 'sprachen',
		required: false,
		fields: ['languages'],
		examples: ['Deutsch', 'Deutsch; Türkisch; ar'],
		format: (o) => m.import_fmt_terms({}, l(o)),
		description: (o) => m.import_col_sprachen({}, l(o))
	},
	{
		header: 'kosten',
		required: false,
		fields: ['cost.type'],
		examples: ['kostenpflichtig', 'kostenlos'],
		format: () => 'kostenlos | kostenpflichtig',
		description: (o) => m.import_col_kosten({}, l(o))
	},
	{
		header: 'preis_euro',
		required: false,
		fields: ['cost.amountCents'],
		examples: ['45,00', ''],
		format: (o) => m.import_fmt_euro({}, l(o)),
		description: (o) => m.import_col_preis_euro({}, l(o))
	},
	{
		header: 'kostenhinweis',
		required: false,
		fields: ['cost.note', 'cost'],
		examples: ['für 10 Termine, Material inklusive', ''],
		format: (o) => m.import_fmt_text_max({ max: 300 }, l(o)),
		description: (o) => m.import_col_kostenhinweis({}, l(o))
	},
	{
		header: 'ermaessigung',
		required: false,
		fields: ['cost.reducedFeeAvailable'],
		examples: ['ja', 'nein'],
		format: (o) => m.import_fmt_bool({}, l(o)),
		description: (o) => m.import_col_ermaessigung({}, l(o))
	},
	{
		header: 'but',
		required: false,
		fields: ['butEligible'],
		examples: ['nein', 'ja'],
		format: (o) => m.import_fmt_bool({}, l(o)),
		description: (o) => m.import_col_but({}, l(o))
	},
	{
		header: 'rollstuhlgerecht',
		required: false,
		fields: ['accessibility.wheelchairAccessible', 'accessibility'],
		examples: ['ja', ''],
		format: (o) => m.import_fmt_bool_unknown({}, l(o)),
		description: (o) => m.import_col_rollstuhlgerecht({}, l(o))
	},
	{
		header: 'barrierefreiheit_hinweis',
		required: false,
		fields: ['accessibility.notes'],
		examples: ['Aufzug und barrierefreies WC im Haus', ''],
		format: (o) => m.import_fmt_text_max({ max: 1000 }, l(o)),
		description: (o) => m.import_col_barrierefreiheit_hinweis({}, l(o))
	},
	{
		header: 'ort_name',
		required: false,
		fields: ['location.name', 'location.atInstitution', 'location'],
		examples: ['', 'Gemeinschaftshaus Thiede'],
		format: (o) => m.import_fmt_text_max({ max: 200 }, l(o)),
		description: (o) => m.import_col_ort_name({}, l(o))
	},
	{
		header: 'strasse',
		required: false,
		fields: ['location.street'],
		examples: ['', 'Schulstraße 5'],
		format: (o) => m.import_fmt_text_max({ max: 200 }, l(o)),
		description: (o) => m.import_col_strasse({}, l(o))
	},
	{
		header: 'plz',
		required: false,
		fields: ['location.postalCode'],
		examples: ['', '38239'],
		format: (o) => m.import_fmt_postal_code({}, l(o)),
		description: (o) => m.import_col_plz({}, l(o))
	},
	{
		header: 'ort',
		required: false,
		fields: ['location.locality'],
		examples: ['', 'Salzgitter'],
		format: (o) => m.import_fmt_text_max({ max: 100 }, l(o)),
		description: (o) => m.import_col_ort({}, l(o))
	},
	{
		header: 'stadtteil',
		required: false,
		fields: ['location.district', 'location.lat', 'location.lon'],
		examples: ['', 'Thiede'],
		format: (o) => m.import_fmt_district({}, l(o)),
		description: (o) => m.import_col_stadtteil({}, l(o))
	},
	{
		header: 'termine',
		required: false,
		fields: ['schedule.dates', 'schedule.type', 'schedule'],
		examples: ['02.03.2027 17:00-18:30; 09.03.2027 17:00-18:30', ''],
		format: (o) => m.import_fmt_dates({}, l(o)),
		description: (o) => m.import_col_termine({}, l(o))
	},
	{
		header: 'wiederholung',
		required: false,
		fields: ['schedule.rrule'],
		examples: ['', 'FREQ=WEEKLY;BYDAY=WE'],
		format: (o) => m.import_fmt_rrule({}, l(o)),
		description: (o) => m.import_col_wiederholung({}, l(o))
	},
	{
		header: 'beginn',
		required: false,
		fields: ['schedule.start'],
		examples: ['', '03.03.2027 15:00'],
		format: () => 'TT.MM.JJJJ HH:MM',
		description: (o) => m.import_col_beginn({}, l(o))
	},
	{
		header: 'ende_wiederholung',
		required: false,
		fields: ['schedule.until'],
		examples: ['', '30.06.2027'],
		format: () => 'TT.MM.JJJJ [HH:MM]',
		description: (o) => m.import_col_ende_wiederholung({}, l(o))
	},
	{
		header: 'dauer_minuten',
		required: false,
		fields: ['schedule.durationMinutes'],
		examples: ['', '90'],
		format: (o) => m.import_fmt_minutes({}, l(o)),
		description: (o) => m.import_col_dauer_minuten({}, l(o))
	},
	{
		header: 'ausnahmen',
		required: false,
		fields: ['schedule.exceptions'],
		examples: ['', '07.04.2027; 14.04.2027'],
		format: (o) => m.import_fmt_exceptions({}, l(o)),
		description: (o) => m.import_col_ausnahmen({}, l(o))
	},
	{
		header: 'zeit_hinweis',
		required: false,
		fields: ['schedule.note'],
		examples: ['dienstags 17:00–18:30 Uhr', 'mittwochs 15:00–16:30 Uhr, nicht in den Osterferien'],
		format: (o) => m.import_fmt_text_max({ max: 300 }, l(o)),
		description: (o) => m.import_col_zeit_hinweis({}, l(o))
	},
	{
		header: 'anmeldung',
		required: false,
		fields: ['registration.required', 'registration'],
		examples: ['ja', 'nein'],
		format: (o) => m.import_fmt_bool({}, l(o)),
		description: (o) => m.import_col_anmeldung({}, l(o))
	},
	{
		header: 'anmeldung_url',
		required: false,
		fields: ['registration.url'],
		examples: ['https://www.vhs-salzgitter.de/anmeldung', ''],
		format: (o) => m.import_fmt_url({}, l(o)),
		description: (o) => m.import_col_anmeldung_url({}, l(o))
	},
	{
		header: 'anmeldung_email',
		required: false,
		fields: ['registration.email'],
		examples: ['kurse@vhs-salzgitter.de', ''],
		format: (o) => m.import_fmt_email({}, l(o)),
		description: (o) => m.import_col_anmeldung_email({}, l(o))
	},
	{
		header: 'anmeldung_telefon',
		required: false,
		fields: ['registration.phone'],
		examples: ['05341 839-3100', ''],
		format: (o) => m.import_fmt_phone({}, l(o)),
		description: (o) => m.import_col_anmeldung_telefon({}, l(o))
	},
	{
		header: 'anmeldung_hinweis',
		required: false,
		fields: ['registration.note'],
		examples: ['Anmeldung bis eine Woche vor Kursbeginn', ''],
		format: (o) => m.import_fmt_text_max({ max: 500 }, l(o)),
		description: (o) => m.import_col_anmeldung_hinweis({}, l(o))
	},
	{
		header: 'sdgs',
		required: false,
		fields: ['sdgs'],
		examples: ['4', '3; Hochwertige Bildung'],
		format: (o) => m.import_fmt_sdgs({}, l(o)),
		description: (o) => m.import_col_sdgs({}, l(o))
	},
	{
		header: 'titel_en',
		required: false,
		fields: ['translations.en.title', 'translations.en', 'translations'],
		examples: ['German for everyday life – conversation course', ''],
		format: (o) => m.import_fmt_text_range({ min: 3, max: 200 }, l(o)),
		description: (o) => m.import_col_titel_en({}, l(o))
	},
	{
		header: 'kurzbeschreibung_en',
		required: false,
		fields: ['translations.en.summary'],
		examples: ['Speak with more confidence at the doctor’s, at offices and when shopping', ''],
		format: (o) => m.import_fmt_text_max({ max: 300 }, l(o)),
		description: (o) => m.import_col_kurzbeschreibung_en({}, l(o))
	},
	{
		header: 'beschreibung_en',
		required: false,
		fields: ['translations.en.description'],
		examples: [
			'A conversation course for people who want to speak German with more confidence in everyday life.',
			''
		],
		format: (o) => m.import_fmt_text_max({ max: 10_000 }, l(o)),
		description: (o) => m.import_col_beschreibung_en({}, l(o))
	}
];

export const REQUIRED_HEADERS = IMPORT_COLUMNS.filter((c) => c.required).map((c) => c.header);

const TRANSLATION_PREFIXES = {
	titel: 'title',
	kurzbeschreibung: 'summary',
	beschreibung: 'description'
} as const;
export type TranslationField = (typeof TRANSLATION_PREFIXES)[keyof typeof TRANSLATION_PREFIXES];

/** `titel_tr` → { locale: 'tr', field: 'title' }; null for any other header. */
export function translationHeader(
	header: string
): { locale: string; field: TranslationField } | null {
	const match = /^(titel|kurzbeschreibung|beschreibung)_([a-z]{2,3}(?:-[a-z]{2,3})?)$/.exec(header);
	if (!match) return null;
	const locale = match[2]!;
	if (locale === 'de' || !termCodes('languages').includes(locale)) return null;
	return { locale, field: TRANSLATION_PREFIXES[match[1] as keyof typeof TRANSLATION_PREFIXES] };
}

/** A known header: a documented column or a translation column of another language. */
export function isKnownHeader(header: string): boolean {
	return IMPORT_COLUMNS.some((c) => c.header === header) || translationHeader(header) !== null;
}

/**
 * Headers as people type them: case, surrounding space, umlauts and spaces
 * do not matter ("Ermäßigung" = "ermaessigung", "Alter von" = "alter_von").
 */
export function normalizeHeader(raw: string): string {
	return raw
		.replace(/^\uFEFF/, '')
		.trim()
		.toLowerCase()
		.replace(/ä/g, 'ae')
		.replace(/ö/g, 'oe')
		.replace(/ü/g, 'ue')
		.replace(/ß/g, 'ss')
		.replace(/[\s.]+/g, '_');
}

/** The column a field path of the write body belongs to (longest prefix wins). */
export function columnOfField(path: string): string {
	const parts = path.split('.');
	// translations.<locale>.<field>
	if (parts[0] === 'translations' && parts[1]) {
		const prefix =
			parts[2] === 'summary'
				? 'kurzbeschreibung'
				: parts[2] === 'description'
					? 'beschreibung'
					: 'titel';
		return `${prefix}_${parts[1]}`;
	}
	let best: { header: string; len: number } | null = null;
	for (const col of IMPORT_COLUMNS) {
		for (const f of col.fields) {
			const fp = f.split('.');
			const matches = fp.every((p, i) => parts[i] === p);
			if (matches && (!best || fp.length > best.len)) best = { header: col.header, len: fp.length };
		}
	}
	return best?.header ?? path;
}
