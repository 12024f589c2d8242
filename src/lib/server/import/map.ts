/**
 * One spreadsheet row → the offer write body (TOfferInputRaw), then the same
 * validation as the editor and the API (parseOfferInput). Every problem is
 * reported as { row, column, message } with the column the user typed into:
 * conversion errors directly, validation errors by mapping the dotted field
 * path back to its column (schedule.dates.1.startsAt → termine).
 */
import { m } from '$lib/paraglide/messages';
import { slugify } from '../../slug';
import { cityConfig } from '../config/city';
import { taxonomies, type TaxonomyName } from '../config/taxonomies';
import { parseOfferInput, type TOfferInput, type TOfferInputRaw } from '../offers/offer-input';
import { TimeZone } from '../search/timezone';
import {
	columnOfField,
	IMPORT_COLUMNS,
	translationHeader,
	type ImportLocale,
	type TranslationField
} from './columns';
import type { ImportRowError, ParsedRow } from './parse';

const MAX_DATES = 200;

export interface MapContext {
	institutionId: string;
	locale: ImportLocale;
}

export type MappedRow =
	| { ok: true; row: number; input: TOfferInput }
	| { ok: false; row: number; errors: ImportRowError[] };

/* ------------------------------------------------------------------ lookups */

const norm = (s: string) => slugify(s.trim());

let termIndex: Map<TaxonomyName, Map<string, string>> | undefined;
/** code, German and English label (with and without the part in brackets) → code. */
function terms(name: TaxonomyName): Map<string, string> {
	termIndex ??= new Map();
	let idx = termIndex.get(name);
	if (!idx) {
		idx = new Map();
		for (const t of taxonomies()[name]) {
			const keys = [t.code, t.de, t.en, t.native ?? ''];
			for (const label of [t.de, t.en]) keys.push(label.replace(/\s*\(.*\)\s*$/, ''));
			for (const k of keys) if (k && norm(k)) idx.set(norm(k), t.code);
		}
		termIndex.set(name, idx);
	}
	return idx;
}

let districtIndex: Map<string, string> | undefined;
function districtSlug(value: string): string | undefined {
	if (!districtIndex) {
		districtIndex = new Map();
		for (const d of cityConfig().districts) {
			districtIndex.set(norm(d.slug), d.slug);
			districtIndex.set(norm(d.name), d.slug);
		}
	}
	return districtIndex.get(norm(value));
}

let tz: TimeZone | undefined;
const timeZone = () => (tz ??= new TimeZone(cityConfig().city.timezone));

/* -------------------------------------------------------------- conversions */

type Fail = { error: string };
const fail = (error: string): Fail => ({ error });
const isFail = (v: unknown): v is Fail => typeof v === 'object' && v !== null && 'error' in v;

/**
 * A list of taxonomy values separated by ";" or ",". Labels may contain a
 * comma themselves ("Natur, Umwelt und Nachhaltigkeit"): adjacent pieces are
 * joined back when together they name a term.
 */
export function parseTermList(
	value: string,
	name: TaxonomyName,
	locale: ImportLocale
): string[] | Fail {
	const idx = terms(name);
	const pieces = value
		.split(/[;,\n]/)
		.map((p) => p.trim())
		.filter(Boolean);
	const codes: string[] = [];
	for (let i = 0; i < pieces.length;) {
		let matched = 0;
		for (let j = pieces.length; j > i; j--) {
			const code = idx.get(norm(pieces.slice(i, j).join(', ')));
			if (code) {
				if (!codes.includes(code)) codes.push(code);
				matched = j - i;
				break;
			}
		}
		if (matched === 0) {
			return fail(
				m.import_err_unknown_term(
					{
						value: pieces[i]!,
						allowed: taxonomies()
							[name].map((t) => t.code)
							.join(', ')
					},
					{ locale }
				)
			);
		}
		i += matched;
	}
	return codes;
}

const TRUE = new Set(['ja', 'j', 'x', 'yes', 'y', 'true', 'wahr', '1']);
const FALSE = new Set(['nein', 'n', 'no', 'false', 'falsch', '0']);
const UNKNOWN = new Set(['', 'unbekannt', 'keine angabe', 'k.a.', '-', '?']);

export function parseBool(value: string, locale: ImportLocale): boolean | undefined | Fail {
	const v = value.trim().toLowerCase();
	if (v === '') return undefined;
	if (TRUE.has(v)) return true;
	if (FALSE.has(v)) return false;
	return fail(m.import_err_bool({ value }, { locale }));
}

export function parseBoolOrUnknown(value: string, locale: ImportLocale): boolean | null | Fail {
	const v = value.trim().toLowerCase();
	if (UNKNOWN.has(v)) return null;
	if (TRUE.has(v)) return true;
	if (FALSE.has(v)) return false;
	return fail(m.import_err_bool_unknown({ value }, { locale }));
}

export function parseInteger(
	value: string,
	min: number,
	max: number,
	locale: ImportLocale
): number | null | Fail {
	const v = value.trim().replace(/,0+$|\.0+$/, '');
	if (v === '') return null;
	if (!/^\d+$/.test(v) || Number(v) < min || Number(v) > max) {
		return fail(m.import_err_integer({ min, max }, { locale }));
	}
	return Number(v);
}

/** "12", "12,50", "12.50", "1.234,50 €", "EUR 5" → cents. */
export function parseEuro(value: string, locale: ImportLocale): number | null | Fail {
	const v = value
		.replace(/€|eur(o)?/gi, '')
		.replace(/\s+/g, '')
		.trim();
	if (v === '') return null;
	let normalized: string | null = null;
	if (/^\d{1,3}(\.\d{3})+(,\d{1,2})?$/.test(v)) normalized = v.replace(/\./g, '').replace(',', '.');
	else if (/^\d+([.,]\d{1,2})?$/.test(v)) normalized = v.replace(',', '.');
	else if (/^\d+\.\d+$/.test(v)) normalized = String(Math.round(Number(v) * 100) / 100);
	if (normalized === null) return fail(m.import_err_euro({}, { locale }));
	const [whole, frac = ''] = normalized.split('.');
	const cents = Number(whole) * 100 + Number(frac.padEnd(2, '0').slice(0, 2));
	if (!Number.isSafeInteger(cents) || cents > 10_000_000) {
		return fail(m.import_err_euro({}, { locale }));
	}
	return cents;
}

interface LocalDateTime {
	y: number;
	mo: number;
	d: number;
	h: number;
	mi: number;
	hasTime: boolean;
}

const DATE_DE = String.raw`(\d{1,2})\.(\d{1,2})\.(\d{4})`;
const DATE_ISO = String.raw`(\d{4})-(\d{2})-(\d{2})`;
const TIME = String.raw`(\d{1,2})[:.](\d{2})(?::\d{2})?(?:\s*Uhr)?`;

function validDate(y: number, mo: number, d: number): boolean {
	const t = new Date(Date.UTC(y, mo - 1, d));
	return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

/** "02.03.2027 17:00", "2.3.2027", "2027-03-02T17:00" → wall-clock fields, or null. */
export function parseLocalDateTime(value: string): LocalDateTime | null {
	const v = value.trim();
	const de = new RegExp(`^${DATE_DE}(?:[\\s,]+${TIME})?$`, 'i').exec(v);
	const iso = de ? null : new RegExp(`^${DATE_ISO}(?:[T\\s]${TIME})?$`, 'i').exec(v);
	let y: number, mo: number, d: number, time: [string?, string?];
	if (de) [d, mo, y, time] = [Number(de[1]), Number(de[2]), Number(de[3]), [de[4], de[5]]];
	else if (iso)
		[y, mo, d, time] = [Number(iso[1]), Number(iso[2]), Number(iso[3]), [iso[4], iso[5]]];
	else return null;
	if (!validDate(y, mo, d) || y < 1900 || y > 2200) return null;
	const hasTime = time[0] !== undefined;
	const h = hasTime ? Number(time[0]) : 0;
	const mi = hasTime ? Number(time[1]) : 0;
	if (h > 23 || mi > 59) return null;
	return { y, mo, d, h, mi, hasTime };
}

function parseTime(value: string): { h: number; mi: number } | null {
	const t = new RegExp(`^${TIME}$`, 'i').exec(value.trim());
	if (!t) return null;
	const h = Number(t[1]);
	const mi = Number(t[2]);
	return h > 23 || mi > 59 ? null : { h, mi };
}

const pad = (n: number, w = 2) => String(Math.abs(n)).padStart(w, '0');

/** Wall-clock time in the city's time zone → ISO 8601 with its offset. */
export function toIso(t: { y: number; mo: number; d: number; h: number; mi: number }): string {
	const floating = Date.UTC(t.y, t.mo - 1, t.d, t.h, t.mi);
	const instant = timeZone().fromFloating(floating);
	const local = new Date(timeZone().toFloating(instant));
	const offsetMin = Math.round(timeZone().offsetAt(instant) / 60_000);
	const sign = offsetMin < 0 ? '-' : '+';
	return (
		`${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}` +
		`T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:00` +
		`${sign}${pad(Math.floor(Math.abs(offsetMin) / 60))}:${pad(Math.abs(offsetMin) % 60)}`
	);
}

/** "02.03.2027 17:00-18:30; 09.03.2027 17:00" → dates of the write body. */
export function parseDates(
	value: string,
	locale: ImportLocale
): { startsAt: string; endsAt: string | null }[] | Fail {
	const entries = value
		.split(/[;\n]/)
		.map((e) => e.trim())
		.filter(Boolean);
	if (entries.length > MAX_DATES) {
		return fail(m.import_err_too_many_dates({ max: MAX_DATES }, { locale }));
	}
	const out: { startsAt: string; endsAt: string | null }[] = [];
	for (const [i, entry] of entries.entries()) {
		const bad = () => fail(m.import_err_date_entry({ n: i + 1, value: entry }, { locale }));
		const short = /^(.+?)\s*(?:-|–|—|bis)\s*(\d{1,2}[:.]\d{2}(?:\s*Uhr)?)$/i.exec(entry);
		const long = short ? null : /^(.+?)\s+(?:-|–|—|bis)\s+(.+)$/i.exec(entry);
		const [startText, endText] = short
			? [short[1]!, short[2]]
			: long
				? [long[1]!, long[2]]
				: [entry, undefined];
		const start = parseLocalDateTime(startText);
		if (!start || !start.hasTime) return bad();
		let endsAt: string | null = null;
		if (endText !== undefined) {
			const endTime = parseTime(endText);
			const endFull = endTime ? null : parseLocalDateTime(endText);
			if (endTime) endsAt = toIso({ ...start, ...endTime });
			else if (endFull?.hasTime) endsAt = toIso(endFull);
			else return bad();
		}
		out.push({ startsAt: toIso(start), endsAt });
	}
	return out;
}

/* --------------------------------------------------------------------- rows */

type Cells = Record<string, string>;

/** Converts a row's cells into a raw write body plus conversion errors. */
export function convertRow(
	cells: Cells,
	ctx: MapContext
): { raw: TOfferInputRaw; errors: { column: string; message: string }[] } {
	const o = { locale: ctx.locale };
	const errors: { column: string; message: string }[] = [];
	const cell = (h: string) => (cells[h] ?? '').trim();
	const text = (h: string) => cell(h) || null;
	function take<T>(column: string, v: T | Fail): T | undefined {
		if (isFail(v)) {
			errors.push({ column, message: v.error });
			return undefined;
		}
		return v;
	}

	for (const col of IMPORT_COLUMNS) {
		if (col.required && cell(col.header) === '') {
			errors.push({ column: col.header, message: m.import_err_required({}, o) });
		}
	}

	const list = (h: string, name: TaxonomyName) =>
		cell(h) === '' ? [] : (take(h, parseTermList(cell(h), name, ctx.locale)) ?? []);
	const format = cell('format')
		? take('format', parseTermList(cell('format'), 'formats', ctx.locale))
		: [];
	if (format && format.length > 1) {
		errors.push({ column: 'format', message: m.import_err_one_format({}, o) });
	}

	// Cost: "kostenpflichtig" needs a price or a note; a price alone means paid.
	const costText = cell('kosten').toLowerCase();
	const amountCents = take('preis_euro', parseEuro(cell('preis_euro'), ctx.locale)) ?? null;
	let costType: 'free' | 'paid' | undefined;
	if (costText === '') costType = amountCents ? 'paid' : 'free';
	else if (['kostenlos', 'frei', 'gratis', 'free', 'nein'].includes(costText)) costType = 'free';
	else if (['kostenpflichtig', 'paid', 'ja'].includes(costText)) costType = 'paid';
	else
		errors.push({
			column: 'kosten',
			message: m.import_err_cost_type({ value: cell('kosten') }, o)
		});
	if (costType === 'free' && amountCents) {
		errors.push({ column: 'preis_euro', message: m.import_err_free_with_price({}, o) });
	}

	// Venue: any address column means the offer is not at the institution.
	const venueCols = ['ort_name', 'strasse', 'plz', 'ort', 'stadtteil'];
	const atInstitution = venueCols.every((h) => cell(h) === '');
	const plz = cell('plz');
	if (plz && !/^\d{5}$/.test(plz)) {
		errors.push({ column: 'plz', message: m.import_err_postal_code({}, o) });
	}
	let district: { slug: string } | null = null;
	if (cell('stadtteil')) {
		const slug = districtSlug(cell('stadtteil'));
		if (slug) district = { slug };
		else {
			errors.push({
				column: 'stadtteil',
				message: m.import_err_district(
					{ value: cell('stadtteil'), city: cityConfig().city.name },
					o
				)
			});
		}
	}

	// Schedule: dates, a recurrence rule, or ongoing.
	const hasDates = cell('termine') !== '';
	const hasRule = cell('wiederholung') !== '';
	if (hasDates && hasRule) {
		errors.push({ column: 'wiederholung', message: m.import_err_dates_and_rule({}, o) });
	}
	if (!hasRule) {
		for (const h of ['beginn', 'ende_wiederholung', 'ausnahmen']) {
			if (cell(h)) errors.push({ column: h, message: m.import_err_needs_rule({}, o) });
		}
	}
	const dates = hasDates ? (take('termine', parseDates(cell('termine'), ctx.locale)) ?? []) : [];
	let start: string | null = null;
	let startTime: { h: number; mi: number } | null = null;
	if (hasRule && cell('beginn')) {
		const t = parseLocalDateTime(cell('beginn'));
		if (t?.hasTime) {
			start = toIso(t);
			startTime = { h: t.h, mi: t.mi };
		} else {
			errors.push({
				column: 'beginn',
				message: m.import_err_datetime({ value: cell('beginn') }, o)
			});
		}
	}
	let until: string | null = null;
	if (hasRule && cell('ende_wiederholung')) {
		const t = parseLocalDateTime(cell('ende_wiederholung'));
		if (t) until = toIso(t.hasTime ? t : { ...t, h: 23, mi: 59 });
		else {
			errors.push({
				column: 'ende_wiederholung',
				message: m.import_err_date({ value: cell('ende_wiederholung') }, o)
			});
		}
	}
	const exceptions: string[] = [];
	if (hasRule && cell('ausnahmen')) {
		for (const part of cell('ausnahmen')
			.split(/[;,\n]/)
			.map((p) => p.trim())
			.filter(Boolean)) {
			const t = parseLocalDateTime(part);
			const time = t?.hasTime ? t : startTime;
			if (!t || !time) {
				errors.push({ column: 'ausnahmen', message: m.import_err_exception({ value: part }, o) });
				break;
			}
			exceptions.push(toIso({ ...t, h: time.h, mi: time.mi }));
		}
	}
	const rule = cell('wiederholung').replace(/^RRULE:/i, '');

	// Translations: titel_XX, kurzbeschreibung_XX, beschreibung_XX.
	const translations: Record<string, Partial<Record<TranslationField, string>>> = {};
	for (const [h, v] of Object.entries(cells)) {
		const t = translationHeader(h);
		if (t && v.trim()) (translations[t.locale] ??= {})[t.field] = v.trim();
	}

	const sdgs: number[] = [];
	if (cell('sdgs')) {
		const parsed = take('sdgs', parseTermList(cell('sdgs'), 'sdgs', ctx.locale));
		if (parsed) sdgs.push(...parsed.map(Number));
	}

	const languages = list('sprachen', 'languages');
	const raw = {
		institution: { id: ctx.institutionId },
		externalId: text('externe_id'),
		title: cell('titel'),
		summary: text('kurzbeschreibung'),
		description: cell('beschreibung'),
		translations: translations as TOfferInputRaw['translations'],
		format: format?.[0] ?? '',
		topics: list('themen', 'topics'),
		lifePhases: list('lebensphasen', 'life-phases'),
		ageMin: take('alter_von', parseInteger(cell('alter_von'), 0, 120, ctx.locale)) ?? null,
		ageMax: take('alter_bis', parseInteger(cell('alter_bis'), 0, 120, ctx.locale)) ?? null,
		languages: languages.length > 0 ? languages : undefined,
		cost: {
			type: costType ?? 'free',
			amountCents: costType === 'paid' ? amountCents : null,
			note: text('kostenhinweis'),
			reducedFeeAvailable: take('ermaessigung', parseBool(cell('ermaessigung'), ctx.locale))
		},
		butEligible: take('but', parseBool(cell('but'), ctx.locale)),
		accessibility: {
			wheelchairAccessible:
				take('rollstuhlgerecht', parseBoolOrUnknown(cell('rollstuhlgerecht'), ctx.locale)) ?? null,
			notes: text('barrierefreiheit_hinweis')
		},
		location: atInstitution
			? { atInstitution: true }
			: {
					atInstitution: false,
					name: text('ort_name'),
					street: text('strasse'),
					postalCode: plz || null,
					locality: text('ort'),
					district
				},
		schedule: {
			type: hasDates ? 'dates' : hasRule ? 'recurring' : 'ongoing',
			note: text('zeit_hinweis'),
			rrule: hasRule && !hasDates ? rule : null,
			start,
			until,
			durationMinutes:
				take('dauer_minuten', parseInteger(cell('dauer_minuten'), 1, 24 * 60, ctx.locale)) ?? null,
			exceptions,
			dates
		},
		registration: {
			required: take('anmeldung', parseBool(cell('anmeldung'), ctx.locale)),
			url: text('anmeldung_url'),
			email: text('anmeldung_email'),
			phone: text('anmeldung_telefon'),
			note: text('anmeldung_hinweis')
		},
		sdgs
	} satisfies TOfferInputRaw;
	return { raw, errors };
}

/** "Termin 2: …" for messages about one of several dates. */
function messageFor(field: string, message: string, locale: ImportLocale): string {
	const date = /^schedule\.dates\.(\d+)\./.exec(field);
	if (date) return m.import_err_in_date({ n: Number(date[1]) + 1, message }, { locale });
	if (
		field.startsWith('location.') &&
		message === m.offer_err_required({}, { locale }) &&
		field !== 'location.name'
	) {
		return m.import_err_venue_required({}, { locale });
	}
	return message;
}

/** Converts and validates one row; errors name the row and the column. */
export function mapRow(parsed: ParsedRow, ctx: MapContext): MappedRow {
	const { raw, errors } = convertRow(parsed.cells, ctx);
	const result = parseOfferInput(raw, ctx.locale);
	const out: ImportRowError[] = errors.map((e) => ({ row: parsed.row, ...e }));
	const failed = new Set(errors.map((e) => e.column));
	if (!result.ok) {
		const seen = new Set(out.map((e) => `${e.column}\u0000${e.message}`));
		for (const issue of result.issues) {
			const column = columnOfField(issue.field);
			if (failed.has(column)) continue;
			const message = messageFor(issue.field, issue.message, ctx.locale);
			const key = `${column}\u0000${message}`;
			if (seen.has(key)) continue;
			seen.add(key);
			out.push({ row: parsed.row, column, message });
		}
	}
	if (out.length > 0 || !result.ok) return { ok: false, row: parsed.row, errors: out };
	return { ok: true, row: parsed.row, input: result.data };
}

/** "Zeile 7, Spalte „plz“: Bitte eine fünfstellige Postleitzahl angeben." */
export function formatRowError(e: ImportRowError, locale: ImportLocale = 'de'): string {
	return e.column
		? m.import_row_error_column({ row: e.row, column: e.column, message: e.message }, { locale })
		: m.import_row_error({ row: e.row, message: e.message }, { locale });
}
