/**
 * The offer editor's form ⇄ the offer write body (TOfferInput).
 *
 * The form has flat, readable field names (`title`, `cost.amount`,
 * `schedule.dates.1.start` …) and keeps every value as the user typed it, so a
 * re-rendered form (after an error, or after "Termin hinzufügen" without
 * JavaScript) shows exactly what was entered. `formToInput` turns the values
 * into the write body, `fieldForIssue` puts parseOfferInput's dotted paths
 * (`schedule.dates.1.startsAt`) back onto the form fields.
 *
 * Dates and times are typed in the city's time zone (see local-time.ts).
 */
import { m } from '$lib/paraglide/messages';
import type { FieldIssue } from '$lib/server/errors';
import {
	parseOfferInput,
	type InputLocale,
	type TOfferInput,
	type TOfferInputRaw
} from '$lib/server/offers/offer-input';
import { WEEKDAY_CODES } from '$lib/components/offer-editor/fields';
import { isoToLocal, localToIso, parseLocalDate, parseLocalTime } from './local-time';

export const FREQUENCIES = ['weekly', 'biweekly', 'monthly', 'daily'] as const;
export type Frequency = (typeof FREQUENCIES)[number];
/** Week of the month for monthly rules ('' = same day of the month as the start). */
export const MONTH_WEEKS = ['', '1', '2', '3', '4', '-1'] as const;
export const SCHEDULE_TYPES = ['dates', 'recurring', 'ongoing'] as const;

/** How many rows a form may have (the write body allows 200 dates). */
export const MAX_ROWS = 200;

export interface DateRow {
	date: string;
	start: string;
	end: string;
	note: string;
}

export interface TranslationRow {
	lang: string;
	title: string;
	summary: string;
	description: string;
}

export interface RecurrenceValues {
	frequency: Frequency;
	weekdays: string[];
	monthWeek: string;
	startDate: string;
	startTime: string;
	untilDate: string;
	/** The stored end instant; kept as it is while the last date is not changed. */
	untilIso: string;
	/** Cancelled days, one per row. */
	exceptions: string[];
	/** A rule the builder cannot express; when filled it wins over the builder. */
	rrule: string;
}

/** Everything the form shows, as strings the way the user typed them. */
export interface OfferFormValues {
	institution: string;
	externalId: string;
	title: string;
	summary: string;
	description: string;
	format: string;
	topics: string[];
	lifePhases: string[];
	ageMin: string;
	ageMax: string;
	languages: string[];
	translations: TranslationRow[];
	/** The language picked for the next translation. */
	translationNew: string;
	cost: { type: string; amount: string; note: string };
	reducedFee: boolean;
	butEligible: boolean;
	accessibility: { wheelchair: string; notes: string };
	location: {
		atInstitution: string;
		name: string;
		street: string;
		postalCode: string;
		locality: string;
		district: string;
		/** Coordinates of a stored venue, kept only while its address is unchanged. */
		lat: string;
		lon: string;
		geoFor: string;
	};
	registration: { required: boolean; url: string; email: string; phone: string; note: string };
	sdgs: string[];
	schedule: {
		type: string;
		note: string;
		durationMinutes: string;
		dates: DateRow[];
		recurrence: RecurrenceValues;
	};
}

export type FormIntent =
	| { kind: 'save' }
	| { kind: 'submit' }
	| { kind: 'addDate' }
	| { kind: 'removeDate'; index: number }
	| { kind: 'addException' }
	| { kind: 'removeException'; index: number }
	| { kind: 'addTranslation' }
	| { kind: 'removeTranslation'; index: number }
	| { kind: 'refresh' };

const emptyDate = (): DateRow => ({ date: '', start: '', end: '', note: '' });

/** The form of a new offer. */
export function emptyFormValues(institution = ''): OfferFormValues {
	return {
		institution,
		externalId: '',
		title: '',
		summary: '',
		description: '',
		format: '',
		topics: [],
		lifePhases: [],
		ageMin: '',
		ageMax: '',
		languages: ['de'],
		translations: [],
		translationNew: '',
		cost: { type: 'free', amount: '', note: '' },
		reducedFee: false,
		butEligible: false,
		accessibility: { wheelchair: 'unknown', notes: '' },
		location: {
			atInstitution: 'yes',
			name: '',
			street: '',
			postalCode: '',
			locality: '',
			district: '',
			lat: '',
			lon: '',
			geoFor: ''
		},
		registration: { required: false, url: '', email: '', phone: '', note: '' },
		sdgs: [],
		schedule: {
			type: 'dates',
			note: '',
			durationMinutes: '',
			dates: [emptyDate()],
			recurrence: {
				frequency: 'weekly',
				weekdays: [],
				monthWeek: '',
				startDate: '',
				startTime: '',
				untilDate: '',
				untilIso: '',
				exceptions: [''],
				rrule: ''
			}
		}
	};
}

// ---------------------------------------------------------------- amounts

/** "12,50", "12.50", "1.234,50 €", "12" → cents; null when blank; 'invalid' otherwise. */
export function parseEuroAmount(text: string): number | null | 'invalid' {
	const t = text.replace(/\s|€|eur(o)?/gi, '');
	if (t === '') return null;
	let euros: string;
	let cents = '';
	let hit = /^(\d{1,3}(?:\.\d{3})+)(?:,(\d{1,2}))?$/.exec(t);
	if (hit) {
		euros = hit[1]!.replace(/\./g, '');
		cents = hit[2] ?? '';
	} else if ((hit = /^(\d{1,3}(?:,\d{3})+)\.(\d{1,2})$/.exec(t))) {
		euros = hit[1]!.replace(/,/g, '');
		cents = hit[2]!;
	} else if ((hit = /^(\d+)(?:[.,](\d{1,2}))?$/.exec(t))) {
		euros = hit[1]!;
		cents = hit[2] ?? '';
	} else {
		return 'invalid';
	}
	if (euros.length > 9) return 'invalid';
	return Number(euros) * 100 + Number(cents.padEnd(2, '0') || '0');
}

/** Cents → "12,50" (German) or "12.50" (English). */
export function formatEuroAmount(cents: number, locale: InputLocale): string {
	const euros = Math.floor(cents / 100);
	const rest = String(cents % 100).padStart(2, '0');
	return `${euros}${locale === 'en' ? '.' : ','}${rest}`;
}

// --------------------------------------------------------- recurrence rules

export interface RuleBuilder {
	frequency: Frequency;
	weekdays: string[];
	monthWeek: string;
}

/** The RRULE the builder stands for ("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH"). */
export function buildRule(b: RuleBuilder): string {
	const days = WEEKDAY_CODES.filter((d) => b.weekdays.includes(d));
	const byDay = days.length > 0 ? `;BYDAY=${days.join(',')}` : '';
	switch (b.frequency) {
		case 'daily':
			return 'FREQ=DAILY';
		case 'biweekly':
			return `FREQ=WEEKLY;INTERVAL=2${byDay}`;
		case 'monthly':
			return b.monthWeek && days.length > 0
				? `FREQ=MONTHLY;BYDAY=${days.map((d) => `${b.monthWeek}${d}`).join(',')}`
				: 'FREQ=MONTHLY';
		default:
			return `FREQ=WEEKLY${byDay}`;
	}
}

const normalizeRule = (rule: string) =>
	rule
		.replace(/^RRULE:/i, '')
		.replace(/\s+/g, '')
		.toUpperCase();

/** The builder settings of a stored rule, or null when the builder cannot express it exactly. */
export function ruleToBuilder(rule: string): RuleBuilder | null {
	const parts: Record<string, string> = {};
	for (const part of normalizeRule(rule).split(';')) {
		const [k, v] = part.split('=');
		if (!k || v === undefined) return null;
		parts[k] = v;
	}
	const days = (parts.BYDAY ?? '').split(',').filter((d) => d !== '');
	let candidate: RuleBuilder;
	if (parts.FREQ === 'DAILY') candidate = { frequency: 'daily', weekdays: [], monthWeek: '' };
	else if (parts.FREQ === 'WEEKLY')
		candidate = {
			frequency: parts.INTERVAL === '2' ? 'biweekly' : 'weekly',
			weekdays: days,
			monthWeek: ''
		};
	else if (parts.FREQ === 'MONTHLY') {
		const nth = days.map((d) => /^(-1|[1-4])([A-Z]{2})$/.exec(d));
		if (nth.some((n) => !n)) return null;
		const weeks = new Set(nth.map((n) => n![1]));
		if (weeks.size > 1) return null;
		candidate = {
			frequency: 'monthly',
			weekdays: nth.map((n) => n![2]!),
			monthWeek: [...weeks][0] ?? ''
		};
	} else return null;
	return buildRule(candidate) === normalizeRule(rule) ? candidate : null;
}

// --------------------------------------------------------------- read form

const text = (fd: FormData, name: string): string => {
	const v = fd.get(name);
	return typeof v === 'string' ? v : '';
};
const texts = (fd: FormData, name: string): string[] =>
	fd.getAll(name).filter((v): v is string => typeof v === 'string');
const flag = (fd: FormData, name: string): boolean => {
	const v = text(fd, name);
	return v !== '' && v !== 'false' && v !== 'no';
};

/** Rows named `${prefix}.N.field`, in the order of N (at most MAX_ROWS). */
function rows<T>(fd: FormData, prefix: string, read: (p: string) => T): T[] {
	const pattern = new RegExp(`^${prefix.replace(/\./g, '\\.')}\\.(\\d{1,4})(?:\\.|$)`);
	const indexes = new Set<number>();
	for (const key of fd.keys()) {
		const hit = pattern.exec(key);
		if (hit) indexes.add(Number(hit[1]));
	}
	return [...indexes]
		.sort((a, b) => a - b)
		.slice(0, MAX_ROWS)
		.map((i) => read(`${prefix}.${i}`));
}

/** The values of a posted form, exactly as typed. */
export function readOfferForm(fd: FormData): OfferFormValues {
	const frequency = text(fd, 'recurrence.frequency');
	return {
		institution: text(fd, 'institution'),
		externalId: text(fd, 'externalId'),
		title: text(fd, 'title'),
		summary: text(fd, 'summary'),
		description: text(fd, 'description'),
		format: text(fd, 'format'),
		topics: texts(fd, 'topics'),
		lifePhases: texts(fd, 'lifePhases'),
		ageMin: text(fd, 'ageMin'),
		ageMax: text(fd, 'ageMax'),
		languages: texts(fd, 'languages'),
		translations: rows(fd, 'translations', (p) => ({
			lang: text(fd, `${p}.lang`),
			title: text(fd, `${p}.title`),
			summary: text(fd, `${p}.summary`),
			description: text(fd, `${p}.description`)
		})),
		translationNew: text(fd, 'translationNew'),
		cost: {
			type: text(fd, 'cost.type'),
			amount: text(fd, 'cost.amount'),
			note: text(fd, 'cost.note')
		},
		reducedFee: flag(fd, 'reducedFee'),
		butEligible: flag(fd, 'butEligible'),
		accessibility: {
			wheelchair: text(fd, 'accessibility.wheelchair') || 'unknown',
			notes: text(fd, 'accessibility.notes')
		},
		location: {
			atInstitution: text(fd, 'location.atInstitution') || 'yes',
			name: text(fd, 'location.name'),
			street: text(fd, 'location.street'),
			postalCode: text(fd, 'location.postalCode'),
			locality: text(fd, 'location.locality'),
			district: text(fd, 'location.district'),
			lat: text(fd, 'location.lat'),
			lon: text(fd, 'location.lon'),
			geoFor: text(fd, 'location.geoFor')
		},
		registration: {
			required: flag(fd, 'registration.required'),
			url: text(fd, 'registration.url'),
			email: text(fd, 'registration.email'),
			phone: text(fd, 'registration.phone'),
			note: text(fd, 'registration.note')
		},
		sdgs: texts(fd, 'sdgs'),
		schedule: {
			type: text(fd, 'schedule.type'),
			note: text(fd, 'schedule.note'),
			durationMinutes: text(fd, 'schedule.durationMinutes'),
			dates: rows(fd, 'schedule.dates', (p) => ({
				date: text(fd, `${p}.date`),
				start: text(fd, `${p}.start`),
				end: text(fd, `${p}.end`),
				note: text(fd, `${p}.note`)
			})),
			recurrence: {
				frequency: (FREQUENCIES as readonly string[]).includes(frequency)
					? (frequency as Frequency)
					: 'weekly',
				weekdays: texts(fd, 'recurrence.weekdays'),
				monthWeek: text(fd, 'recurrence.monthWeek'),
				startDate: text(fd, 'recurrence.startDate'),
				startTime: text(fd, 'recurrence.startTime'),
				untilDate: text(fd, 'recurrence.untilDate'),
				untilIso: text(fd, 'recurrence.untilIso'),
				exceptions: rows(fd, 'recurrence.exceptions', (p) => text(fd, p)),
				rrule: text(fd, 'recurrence.rrule')
			}
		}
	};
}

/** Which button was pressed (`name="intent"`). */
export function readIntent(fd: FormData): FormIntent {
	const raw = text(fd, 'intent');
	if (raw === '' || raw === 'save') return { kind: 'save' };
	if (raw === 'submit') return { kind: 'submit' };
	if (raw === 'addDate' || raw === 'addException' || raw === 'addTranslation') return { kind: raw };
	const hit = /^(removeDate|removeException|removeTranslation):(\d{1,4})$/.exec(raw);
	if (hit) {
		return {
			kind: hit[1] as 'removeDate' | 'removeException' | 'removeTranslation',
			index: Number(hit[2])
		};
	}
	return { kind: 'refresh' };
}

/**
 * Adds or removes a row. Returns the field to scroll to, and an error when a
 * translation was asked for without a (new) language.
 */
export function applyRowIntent(
	values: OfferFormValues,
	intent: FormIntent,
	opts: { languages: string[]; locale: InputLocale }
): { focus: string; error?: FieldIssue } {
	const s = values.schedule;
	const rec = s.recurrence;
	switch (intent.kind) {
		case 'addDate':
			if (s.dates.length < MAX_ROWS) s.dates.push(emptyDate());
			s.type = 'dates';
			return { focus: `schedule.dates.${s.dates.length - 1}.date` };
		case 'removeDate':
			s.dates.splice(intent.index, 1);
			if (s.dates.length === 0) s.dates.push(emptyDate());
			return { focus: 'schedule.dates' };
		case 'addException':
			if (rec.exceptions.length < MAX_ROWS) rec.exceptions.push('');
			return { focus: `recurrence.exceptions.${rec.exceptions.length - 1}` };
		case 'removeException':
			rec.exceptions.splice(intent.index, 1);
			if (rec.exceptions.length === 0) rec.exceptions.push('');
			return { focus: 'recurrence.exceptions' };
		case 'addTranslation': {
			const lang = values.translationNew;
			const taken = values.translations.some((t) => t.lang === lang);
			if (!lang || lang === 'de' || !opts.languages.includes(lang) || taken) {
				return {
					focus: 'translationNew',
					error: {
						field: 'translationNew',
						message: m.editor_err_translation_language({}, { locale: opts.locale })
					}
				};
			}
			values.translations.push({ lang, title: '', summary: '', description: '' });
			values.translationNew = '';
			return { focus: `translations.${values.translations.length - 1}.title` };
		}
		case 'removeTranslation':
			values.translations.splice(intent.index, 1);
			return { focus: 'translations' };
		default:
			return { focus: '' };
	}
}

// ----------------------------------------------------------- form → input

/** Where each part of the write body came from in the form (for error messages). */
export interface FormContext {
	/** Index in schedule.dates → form row. */
	dateRows: number[];
	/** Index in schedule.exceptions → form row. */
	exceptionRows: number[];
	/** Language code → translation row. */
	translationRows: Record<string, number>;
	/** The raw RRULE field was used instead of the builder. */
	rawRule: boolean;
	/** Where a missing recurrence start belongs: the date, or the time when the date is fine. */
	startField: 'recurrence.startDate' | 'recurrence.startTime';
	/** Paths whose validator message would repeat a message the form already gives. */
	suppress: string[];
}

const blank = (v: string) => v.trim() === '';
/** Whole numbers become numbers; anything else stays text for the validator to name. */
const integer = (v: string): number | string | null =>
	blank(v) ? null : /^\s*\d{1,9}\s*$/.test(v) ? Number(v) : v;
const orNull = (v: string): string | null => (blank(v) ? null : v);

export function formToInput(
	values: OfferFormValues,
	opts: { institutionId: string; timeZone: string; locale: InputLocale }
): { raw: TOfferInputRaw; issues: FieldIssue[]; context: FormContext } {
	const o = { locale: opts.locale };
	const issues: FieldIssue[] = [];
	const add = (field: string, message: string) => issues.push({ field, message });
	const context: FormContext = {
		dateRows: [],
		exceptionRows: [],
		translationRows: {},
		rawRule: false,
		startField: 'recurrence.startDate',
		suppress: []
	};
	const s = values.schedule;
	const rec = s.recurrence;

	// Translations: one per language; the language code is the key.
	const translations: Record<string, { title: string; summary: string; description: string }> = {};
	values.translations.forEach((t, i) => {
		if (blank(t.title) && blank(t.summary) && blank(t.description)) return;
		context.translationRows[t.lang] = i;
		translations[t.lang] = { title: t.title, summary: t.summary, description: t.description };
	});

	// Price.
	let amountCents: number | null = null;
	if (values.cost.type === 'paid') {
		const cents = parseEuroAmount(values.cost.amount);
		if (cents === 'invalid') add('cost.amount', m.editor_err_price({}, o));
		else amountCents = cents;
	}

	// Single dates: empty rows are left out.
	const dates: { startsAt: string; endsAt: string | null; note: string | null }[] = [];
	if (s.type === 'dates') {
		s.dates.forEach((row, i) => {
			if (blank(row.date) && blank(row.start) && blank(row.end) && blank(row.note)) return;
			const p = `schedule.dates.${i}`;
			const day = parseLocalDate(row.date);
			const start = parseLocalTime(row.start);
			const end = blank(row.end) ? null : parseLocalTime(row.end);
			if (!day) add(`${p}.date`, m.editor_err_date({}, o));
			if (start === null) {
				add(
					`${p}.start`,
					blank(row.start) ? m.editor_err_time_required({}, o) : m.editor_err_time({}, o)
				);
			}
			if (!blank(row.end) && end === null) add(`${p}.end`, m.editor_err_time({}, o));
			if (!day || start === null || (!blank(row.end) && end === null)) {
				context.suppress.push('schedule.dates');
				return;
			}
			context.dateRows.push(i);
			dates.push({
				startsAt: localToIso(day, start, opts.timeZone),
				endsAt: end === null ? null : localToIso(day, end, opts.timeZone),
				note: orNull(row.note)
			});
		});
	}

	// Recurrence: the raw rule wins over the builder.
	let rrule: string | null = null;
	let start: string | null = null;
	let until: string | null = null;
	const exceptions: string[] = [];
	if (s.type === 'recurring') {
		if (!blank(rec.rrule)) {
			context.rawRule = true;
			rrule = rec.rrule.trim().replace(/^RRULE:/i, '');
		} else {
			if (rec.frequency === 'monthly' && rec.monthWeek !== '') {
				const days = rec.weekdays.filter((d) => (WEEKDAY_CODES as readonly string[]).includes(d));
				if (days.length !== 1) add('recurrence.weekdays', m.editor_err_month_weekday({}, o));
			}
			rrule = buildRule(rec);
		}
		const day = blank(rec.startDate) ? null : parseLocalDate(rec.startDate);
		const time = blank(rec.startTime) ? null : parseLocalTime(rec.startTime);
		if (!blank(rec.startDate) && !day) add('recurrence.startDate', m.editor_err_date({}, o));
		if (blank(rec.startTime)) add('recurrence.startTime', m.editor_err_time_required({}, o));
		else if (time === null) add('recurrence.startTime', m.editor_err_time({}, o));
		if (day && time !== null) start = localToIso(day, time, opts.timeZone);
		if (day) context.startField = 'recurrence.startTime';
		if (!blank(rec.untilDate)) {
			const last = parseLocalDate(rec.untilDate);
			if (!last) add('recurrence.untilDate', m.editor_err_date({}, o));
			else {
				const pad = (n: number) => String(n).padStart(2, '0');
				const unchanged =
					rec.untilIso !== '' &&
					isoToLocal(rec.untilIso, opts.timeZone)?.date ===
						`${last.year}-${pad(last.month)}-${pad(last.day)}`;
				// The series runs through the whole last day (a stored end stays as it was).
				until = unchanged ? rec.untilIso : localToIso(last, 23 * 60 + 59, opts.timeZone);
			}
		}
		rec.exceptions.forEach((e, i) => {
			if (blank(e)) return;
			const d = parseLocalDate(e);
			if (!d) return add(`recurrence.exceptions.${i}`, m.editor_err_date({}, o));
			context.exceptionRows.push(i);
			// A cancelled occurrence is the start time on that day.
			exceptions.push(localToIso(d, time ?? 0, opts.timeZone));
		});
	}

	// Venue coordinates stay only while the address they belong to is unchanged.
	const loc = values.location;
	const atInstitution = loc.atInstitution !== 'no';
	const geoKey = venueKey(loc);
	const keepGeo = !atInstitution && loc.geoFor !== '' && loc.geoFor === geoKey;
	const coord = (v: string) =>
		keepGeo && Number.isFinite(Number(v)) && !blank(v) ? Number(v) : null;

	const wheelchair = values.accessibility.wheelchair;
	const raw: TOfferInputRaw = {
		institution: { id: opts.institutionId },
		externalId: orNull(values.externalId),
		title: values.title,
		summary: orNull(values.summary),
		description: values.description,
		translations,
		format: values.format,
		topics: values.topics,
		lifePhases: values.lifePhases,
		ageMin: integer(values.ageMin) as number | null,
		ageMax: integer(values.ageMax) as number | null,
		languages: values.languages,
		cost: {
			type: values.cost.type as 'free' | 'paid',
			amountCents,
			note: orNull(values.cost.note),
			reducedFeeAvailable: values.reducedFee
		},
		butEligible: values.butEligible,
		accessibility: {
			wheelchairAccessible: wheelchair === 'yes' ? true : wheelchair === 'no' ? false : null,
			notes: orNull(values.accessibility.notes)
		},
		location: atInstitution
			? {
					atInstitution: true,
					name: null,
					street: null,
					postalCode: null,
					locality: null,
					district: null,
					lat: null,
					lon: null
				}
			: {
					atInstitution: false,
					name: orNull(loc.name),
					street: orNull(loc.street),
					postalCode: orNull(loc.postalCode),
					locality: orNull(loc.locality),
					district: blank(loc.district) ? null : { slug: loc.district },
					lat: coord(loc.lat),
					lon: coord(loc.lon)
				},
		schedule: {
			type: s.type as 'ongoing' | 'dates' | 'recurring',
			note: orNull(s.note),
			rrule,
			start,
			until,
			durationMinutes: integer(s.durationMinutes) as number | null,
			exceptions,
			dates
		},
		registration: {
			required: values.registration.required,
			url: orNull(values.registration.url),
			email: orNull(values.registration.email),
			phone: orNull(values.registration.phone),
			note: orNull(values.registration.note)
		},
		sdgs: values.sdgs.map((v) => (/^\d{1,2}$/.test(v) ? Number(v) : v)) as number[]
	};
	return { raw, issues, context };
}

/** The address a venue's stored coordinates belong to. */
export function venueKey(loc: {
	street: string;
	postalCode: string;
	locality: string;
	district: string;
}): string {
	return [loc.street, loc.postalCode, loc.locality, loc.district].map((v) => v.trim()).join('|');
}

// ----------------------------------------------------------- input → form

/** The form for an existing write body (the editor's starting point). */
export function inputToForm(
	input: TOfferInput,
	opts: { timeZone: string; locale: InputLocale }
): OfferFormValues {
	const v = emptyFormValues(input.institution.id ?? '');
	const s = input.schedule;
	const local = (iso: string | null) => (iso ? isoToLocal(iso, opts.timeZone) : null);
	v.externalId = input.externalId ?? '';
	v.title = input.title;
	v.summary = input.summary ?? '';
	v.description = input.description;
	v.format = input.format;
	v.topics = [...input.topics];
	v.lifePhases = [...input.lifePhases];
	v.ageMin = input.ageMin === null ? '' : String(input.ageMin);
	v.ageMax = input.ageMax === null ? '' : String(input.ageMax);
	v.languages = [...input.languages];
	v.translations = Object.entries(input.translations).map(([lang, t]) => ({
		lang,
		title: t.title,
		summary: t.summary ?? '',
		description: t.description ?? ''
	}));
	v.cost = {
		type: input.cost.type,
		amount:
			input.cost.amountCents === null ? '' : formatEuroAmount(input.cost.amountCents, opts.locale),
		note: input.cost.note ?? ''
	};
	v.reducedFee = input.cost.reducedFeeAvailable;
	v.butEligible = input.butEligible;
	const wheelchair = input.accessibility.wheelchairAccessible;
	v.accessibility = {
		wheelchair: wheelchair === true ? 'yes' : wheelchair === false ? 'no' : 'unknown',
		notes: input.accessibility.notes ?? ''
	};
	const loc = input.location;
	if (!loc.atInstitution) {
		v.location = {
			atInstitution: 'no',
			name: loc.name ?? '',
			street: loc.street ?? '',
			postalCode: loc.postalCode ?? '',
			locality: loc.locality ?? '',
			district: loc.district?.slug ?? '',
			lat: loc.lat === null ? '' : String(loc.lat),
			lon: loc.lon === null ? '' : String(loc.lon),
			geoFor: ''
		};
		if (loc.lat !== null && loc.lon !== null) v.location.geoFor = venueKey(v.location);
	}
	v.registration = {
		required: input.registration.required,
		url: input.registration.url ?? '',
		email: input.registration.email ?? '',
		phone: input.registration.phone ?? '',
		note: input.registration.note ?? ''
	};
	v.sdgs = input.sdgs.map(String);

	v.schedule.type = s.type;
	v.schedule.note = s.note ?? '';
	v.schedule.durationMinutes = s.durationMinutes === null ? '' : String(s.durationMinutes);
	if (s.dates.length > 0) {
		v.schedule.dates = s.dates.map((d) => {
			const start = local(d.startsAt);
			const end = local(d.endsAt);
			return {
				date: start?.date ?? '',
				start: start?.time ?? '',
				end: end?.time ?? '',
				note: d.note ?? ''
			};
		});
	}
	const rec = v.schedule.recurrence;
	if (s.rrule) {
		const builder = ruleToBuilder(s.rrule);
		if (builder) Object.assign(rec, builder);
		else rec.rrule = s.rrule;
	}
	const start = local(s.start);
	rec.startDate = start?.date ?? '';
	rec.startTime = start?.time ?? '';
	rec.untilDate = local(s.until)?.date ?? '';
	rec.untilIso = s.until ?? '';
	if (s.exceptions.length > 0) {
		rec.exceptions = s.exceptions.map((e) => local(e)?.date ?? '');
	}
	return v;
}

// ------------------------------------------------------- issues → fields

/** The form field a dotted path of the write body belongs to. */
export function fieldForIssue(path: string, ctx: FormContext): string {
	const parts = path.split('.');
	const [head, second, third, fourth] = parts;
	const row = (list: number[], i: string | undefined) => list[Number(i)] ?? Number(i ?? 0);
	switch (head) {
		case 'institution':
			return 'institution';
		case 'topics':
		case 'lifePhases':
		case 'languages':
		case 'sdgs':
			return head;
		case 'cost':
			if (second === 'amountCents') return 'cost.amount';
			if (second === 'reducedFeeAvailable') return 'reducedFee';
			return second ? `cost.${second}` : 'cost.type';
		case 'accessibility':
			return second === 'notes' ? 'accessibility.notes' : 'accessibility.wheelchair';
		case 'location':
			if (second === 'district') return 'location.district';
			if (second === 'lat' || second === 'lon' || !second) return 'location.street';
			return `location.${second}`;
		case 'translations': {
			if (second === undefined) return 'translationNew';
			const i = ctx.translationRows[second];
			if (i === undefined) return 'translationNew';
			return `translations.${i}.${third ?? 'lang'}`;
		}
		case 'schedule':
			switch (second) {
				case 'dates': {
					if (third === undefined) return `schedule.dates.${ctx.dateRows[0] ?? 0}.date`;
					const i = row(ctx.dateRows, third);
					if (fourth === 'endsAt') return `schedule.dates.${i}.end`;
					if (fourth === 'note') return `schedule.dates.${i}.note`;
					return `schedule.dates.${i}.start`;
				}
				case 'rrule':
					return ctx.rawRule ? 'recurrence.rrule' : 'recurrence.frequency';
				case 'start':
					return ctx.startField;
				case 'until':
					return 'recurrence.untilDate';
				case 'exceptions':
					return `recurrence.exceptions.${third === undefined ? 0 : row(ctx.exceptionRows, third)}`;
				case 'type':
				case 'note':
				case 'durationMinutes':
					return `schedule.${second}`;
				default:
					return 'schedule.type';
			}
		case 'title':
		case 'summary':
		case 'description':
		case 'format':
		case 'ageMin':
		case 'ageMax':
		case 'externalId':
		case 'butEligible':
			return head;
		case 'registration':
			return second ? `registration.${second}` : 'registration.required';
		default:
			return 'form';
	}
}

/** Form fields in the order they appear, for the error summary. */
const FIELD_ORDER = [
	'form',
	'institution',
	'title',
	'summary',
	'description',
	'format',
	'topics',
	'lifePhases',
	'ageMin',
	'ageMax',
	'languages',
	'translations',
	'translationNew',
	'schedule.type',
	'schedule.dates',
	'recurrence.frequency',
	'recurrence.weekdays',
	'recurrence.monthWeek',
	'recurrence.startDate',
	'recurrence.startTime',
	'schedule.durationMinutes',
	'recurrence.untilDate',
	'recurrence.exceptions',
	'recurrence.rrule',
	'schedule.note',
	'cost.type',
	'cost.amount',
	'cost.note',
	'reducedFee',
	'butEligible',
	'location',
	'accessibility',
	'registration',
	'sdgs',
	'externalId'
];

const rank = (field: string) => {
	const i = FIELD_ORDER.findIndex((p) => field === p || field.startsWith(`${p}.`));
	return i === -1 ? FIELD_ORDER.length : i;
};
const ROW_PARTS = ['date', 'start', 'end', 'note', 'lang', 'title', 'summary', 'description'];
const rowKey = (field: string) =>
	field
		.split('.')
		.map((p) => (/^\d+$/.test(p) ? p.padStart(4, '0') : String(ROW_PARTS.indexOf(p) + 10)))
		.join('.');

/**
 * Field messages for the form: the validator's paths mapped onto form fields,
 * messages for people instead of for API clients, the first message per
 * field, in the order of the form.
 */
export function formErrors(
	issues: FieldIssue[],
	ctx: FormContext,
	locale: InputLocale,
	formIssues: FieldIssue[] = []
): FieldIssue[] {
	const o = { locale };
	const replace = new Map<string, string>([
		[m.offer_err_amount({}, o), m.editor_err_price({}, o)],
		[m.offer_err_datetime({}, o), m.editor_err_date({}, o)]
	]);
	const seen = new Set<string>();
	const out: FieldIssue[] = [];
	for (const issue of [
		...formIssues,
		...issues
			.filter((i) => !ctx.suppress.includes(i.field))
			.map((i) => ({ field: fieldForIssue(i.field, ctx), message: i.message }))
	]) {
		if (seen.has(issue.field)) continue;
		seen.add(issue.field);
		out.push({ field: issue.field, message: replace.get(issue.message) ?? issue.message });
	}
	return out.sort(
		(a, b) => rank(a.field) - rank(b.field) || rowKey(a.field).localeCompare(rowKey(b.field))
	);
}

export type OfferFormResult =
	| { ok: true; input: TOfferInput; context: FormContext }
	| { ok: false; errors: FieldIssue[]; context: FormContext };

/** Form values → a valid write body, or every problem at its form field. */
export function validateOfferForm(
	values: OfferFormValues,
	opts: { institutionId: string; timeZone: string; locale: InputLocale }
): OfferFormResult {
	const { raw, issues, context } = formToInput(values, opts);
	const parsed = parseOfferInput(raw, opts.locale);
	if (parsed.ok && issues.length === 0) return { ok: true, input: parsed.data, context };
	return {
		ok: false,
		errors: formErrors(parsed.ok ? [] : parsed.issues, context, opts.locale, issues),
		context
	};
}
