/**
 * One spreadsheet row → the offer write body (TOfferInputRaw), then the same
 * validation as the editor and the API (parseOfferInput). Every problem is
 * reported as { row, column, message } with the column the user typed into:
 * conversion errors directly, validation errors by mapping the dotted field
 * path back to its column (schedule.dates.1.startsAt → termine).
 */
import { m } from '$lib/paraglide/messages';
import { cityConfig } from '../config/city';
import type { TaxonomyName } from '../config/taxonomies';
import { parseOfferInput, type TOfferInput, type TOfferInputRaw } from '../offers/offer-input';
import {
	columnOfField,
	IMPORT_COLUMNS,
	translationHeader,
	type ImportLocale,
	type TranslationField
} from './columns';
import {
	districtSlug,
	isFail,
	parseBool,
	parseBoolOrUnknown,
	parseDates,
	parseEuro,
	parseInteger,
	parseLocalDateTime,
	parseTermList,
	toIso,
	type Fail
} from './convert';
import type { ImportRowError, ParsedRow } from './parse';

export interface MapContext {
	institutionId: string;
	locale: ImportLocale;
}

export type MappedRow =
	| { ok: true; row: number; input: TOfferInput }
	| { ok: false; row: number; errors: ImportRowError[] };

type Cells = Record<string, string>;
type ColumnError = { column: string; message: string };

/** Reads one row's cells and collects conversion errors by column. */
class RowReader {
	readonly errors: ColumnError[] = [];
	readonly o: { locale: ImportLocale };
	constructor(
		readonly cells: Cells,
		readonly locale: ImportLocale
	) {
		this.o = { locale };
	}
	cell(header: string): string {
		return (this.cells[header] ?? '').trim();
	}
	text(header: string): string | null {
		return this.cell(header) || null;
	}
	error(column: string, message: string): void {
		this.errors.push({ column, message });
	}
	/** The converted value, or undefined with the error recorded for the column. */
	take<T>(column: string, v: T | Fail): T | undefined {
		if (isFail(v)) {
			this.error(column, v.error);
			return undefined;
		}
		return v;
	}
	list(header: string, name: TaxonomyName): string[] {
		const v = this.cell(header);
		return v === '' ? [] : (this.take(header, parseTermList(v, name, this.locale)) ?? []);
	}
	bool(header: string): boolean | undefined {
		return this.take(header, parseBool(this.cell(header), this.locale));
	}
	int(header: string, min: number, max: number): number | null {
		return this.take(header, parseInteger(this.cell(header), min, max, this.locale)) ?? null;
	}
}

/** Cost: "kostenpflichtig" needs a price or a note; a price alone means paid. */
function costOf(r: RowReader): NonNullable<TOfferInputRaw['cost']> {
	const costText = r.cell('kosten').toLowerCase();
	const amountCents = r.take('preis_euro', parseEuro(r.cell('preis_euro'), r.locale)) ?? null;
	let type: 'free' | 'paid' | undefined;
	if (costText === '') type = amountCents ? 'paid' : 'free';
	else if (['kostenlos', 'frei', 'gratis', 'free', 'nein'].includes(costText)) type = 'free';
	else if (['kostenpflichtig', 'paid', 'ja'].includes(costText)) type = 'paid';
	else r.error('kosten', m.import_err_cost_type({ value: r.cell('kosten') }, r.o));
	if (type === 'free' && amountCents) {
		r.error('preis_euro', m.import_err_free_with_price({}, r.o));
	}
	return {
		type: type ?? 'free',
		amountCents: type === 'paid' ? amountCents : null,
		note: r.text('kostenhinweis'),
		reducedFeeAvailable: r.bool('ermaessigung')
	};
}

/** Venue: any address column means the offer does not take place at the institution. */
function locationOf(r: RowReader): NonNullable<TOfferInputRaw['location']> {
	if (['ort_name', 'strasse', 'plz', 'ort', 'stadtteil'].every((h) => r.cell(h) === '')) {
		return { atInstitution: true };
	}
	const plz = r.cell('plz');
	if (plz && !/^\d{5}$/.test(plz)) r.error('plz', m.import_err_postal_code({}, r.o));
	let district: { slug: string } | null = null;
	if (r.cell('stadtteil')) {
		const slug = districtSlug(r.cell('stadtteil'));
		if (slug) district = { slug };
		else {
			r.error(
				'stadtteil',
				m.import_err_district({ value: r.cell('stadtteil'), city: cityConfig().city.name }, r.o)
			);
		}
	}
	return {
		atInstitution: false,
		name: r.text('ort_name'),
		street: r.text('strasse'),
		postalCode: plz || null,
		locality: r.text('ort'),
		district
	};
}

/** Schedule: single dates, a recurrence rule (with start, end, exceptions), or ongoing. */
function scheduleOf(r: RowReader): TOfferInputRaw['schedule'] {
	const hasDates = r.cell('termine') !== '';
	const hasRule = r.cell('wiederholung') !== '';
	if (hasDates && hasRule) r.error('wiederholung', m.import_err_dates_and_rule({}, r.o));
	if (!hasRule) {
		for (const h of ['beginn', 'ende_wiederholung', 'ausnahmen']) {
			if (r.cell(h)) r.error(h, m.import_err_needs_rule({}, r.o));
		}
	}
	const dates = hasDates ? (r.take('termine', parseDates(r.cell('termine'), r.locale)) ?? []) : [];
	let start: string | null = null;
	let startTime: { h: number; mi: number } | null = null;
	if (hasRule && r.cell('beginn')) {
		const t = parseLocalDateTime(r.cell('beginn'));
		if (t?.hasTime) {
			start = toIso(t);
			startTime = { h: t.h, mi: t.mi };
		} else r.error('beginn', m.import_err_datetime({ value: r.cell('beginn') }, r.o));
	}
	let until: string | null = null;
	if (hasRule && r.cell('ende_wiederholung')) {
		const t = parseLocalDateTime(r.cell('ende_wiederholung'));
		if (t) until = toIso(t.hasTime ? t : { ...t, h: 23, mi: 59 });
		else
			r.error('ende_wiederholung', m.import_err_date({ value: r.cell('ende_wiederholung') }, r.o));
	}
	const exceptions: string[] = [];
	if (hasRule && r.cell('ausnahmen')) {
		const parts = r
			.cell('ausnahmen')
			.split(/[;,\n]/)
			.map((p) => p.trim())
			.filter(Boolean);
		for (const part of parts) {
			// A day without a time means the occurrence at the time of "beginn".
			const t = parseLocalDateTime(part);
			const time = t?.hasTime ? t : startTime;
			if (!t || !time) {
				r.error('ausnahmen', m.import_err_exception({ value: part }, r.o));
				break;
			}
			exceptions.push(toIso({ ...t, h: time.h, mi: time.mi }));
		}
	}
	return {
		type: hasDates ? 'dates' : hasRule ? 'recurring' : 'ongoing',
		note: r.text('zeit_hinweis'),
		rrule: hasRule && !hasDates ? r.cell('wiederholung').replace(/^RRULE:/i, '') : null,
		start,
		until,
		durationMinutes: r.int('dauer_minuten', 1, 24 * 60),
		exceptions,
		dates
	};
}

/** Translations: titel_XX, kurzbeschreibung_XX, beschreibung_XX. */
function translationsOf(cells: Cells): TOfferInputRaw['translations'] {
	const out: Record<string, Partial<Record<TranslationField, string>>> = {};
	for (const [h, v] of Object.entries(cells)) {
		const t = translationHeader(h);
		if (t && v.trim()) (out[t.locale] ??= {})[t.field] = v.trim();
	}
	return out as TOfferInputRaw['translations'];
}

/** Converts a row's cells into a raw write body plus conversion errors. */
export function convertRow(
	cells: Cells,
	ctx: MapContext
): { raw: TOfferInputRaw; errors: ColumnError[] } {
	const r = new RowReader(cells, ctx.locale);
	for (const col of IMPORT_COLUMNS) {
		if (col.required && r.cell(col.header) === '') {
			r.error(col.header, m.import_err_required({}, r.o));
		}
	}
	const format = r.list('format', 'formats');
	if (format.length > 1) r.error('format', m.import_err_one_format({}, r.o));
	const languages = r.list('sprachen', 'languages');
	const raw = {
		institution: { id: ctx.institutionId },
		externalId: r.text('externe_id'),
		title: r.cell('titel'),
		summary: r.text('kurzbeschreibung'),
		description: r.cell('beschreibung'),
		translations: translationsOf(cells),
		format: format[0] ?? '',
		topics: r.list('themen', 'topics'),
		lifePhases: r.list('lebensphasen', 'life-phases'),
		ageMin: r.int('alter_von', 0, 120),
		ageMax: r.int('alter_bis', 0, 120),
		languages: languages.length > 0 ? languages : undefined,
		cost: costOf(r),
		butEligible: r.bool('but'),
		accessibility: {
			wheelchairAccessible:
				r.take('rollstuhlgerecht', parseBoolOrUnknown(r.cell('rollstuhlgerecht'), r.locale)) ??
				null,
			notes: r.text('barrierefreiheit_hinweis')
		},
		location: locationOf(r),
		schedule: scheduleOf(r),
		registration: {
			required: r.bool('anmeldung'),
			url: r.text('anmeldung_url'),
			email: r.text('anmeldung_email'),
			phone: r.text('anmeldung_telefon'),
			note: r.text('anmeldung_hinweis')
		},
		sdgs: r.list('sdgs', 'sdgs').map(Number)
	} satisfies TOfferInputRaw;
	return { raw, errors: r.errors };
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
