/**
 * Formatting of offer facts for people: dates in the city's time zone, prices,
 * ages and recurrence rules in words ("jeden Dienstag, 15:00–16:30 Uhr").
 * Pure functions with an explicit locale, so server and tests agree.
 */
import { dateTimeFormat, listFormat, numberFormat } from '$lib/intl';
import { m } from '$lib/paraglide/messages';

export type UiLocale = 'de' | 'en';

const opts = (locale: UiLocale) => ({ locale });

function dateFormat(locale: UiLocale, timeZone: string, options: Intl.DateTimeFormatOptions) {
	return dateTimeFormat(locale, { timeZone, ...options });
}

/** "26. November 2026" / "26 November 2026". */
export function formatDate(iso: string, locale: UiLocale, timeZone: string): string {
	return dateFormat(locale, timeZone, { day: 'numeric', month: 'long', year: 'numeric' }).format(
		new Date(iso)
	);
}

/** "Di., 1. Dezember 2026" / "Tue, 1 December 2026". */
export function formatDay(iso: string, locale: UiLocale, timeZone: string): string {
	return dateFormat(locale, timeZone, {
		weekday: 'short',
		day: 'numeric',
		month: 'long',
		year: 'numeric'
	}).format(new Date(iso));
}

/** "15:00". */
export function formatTime(iso: string, locale: UiLocale, timeZone: string): string {
	return dateFormat(locale, timeZone, { hour: '2-digit', minute: '2-digit', hour12: false }).format(
		new Date(iso)
	);
}

const dayKey = (iso: string, timeZone: string) =>
	dateFormat('de', timeZone, { year: 'numeric', month: '2-digit', day: '2-digit' }).format(
		new Date(iso)
	);

/** A date with start (and end) time: "Di., 1. Dezember 2026, 15:00–16:30 Uhr". */
export function formatDateTimeRange(
	startsAt: string,
	endsAt: string | null,
	locale: UiLocale,
	timeZone: string
): string {
	const date = formatDay(startsAt, locale, timeZone);
	const start = formatTime(startsAt, locale, timeZone);
	if (!endsAt) return m.finder_datetime({ date, time: start }, opts(locale));
	const end = formatTime(endsAt, locale, timeZone);
	if (dayKey(startsAt, timeZone) === dayKey(endsAt, timeZone)) {
		return m.finder_datetime_range({ date, start, end }, opts(locale));
	}
	return `${m.finder_datetime({ date, time: start }, opts(locale))} – ${m.finder_datetime(
		{ date: formatDay(endsAt, locale, timeZone), time: end },
		opts(locale)
	)}`;
}

/** "25,00 €" / "€25.00". */
export function formatPrice(cents: number, locale: UiLocale): string {
	return numberFormat(locale, { style: 'currency', currency: 'EUR' }).format(cents / 100);
}

/** "6–10 Jahre", "ab 16 Jahren", "bis 3 Jahre", or null without ages. */
export function formatAges(
	min: number | null,
	max: number | null,
	locale: UiLocale
): string | null {
	// 99 and more means "no upper limit"; "from 0" without a limit says nothing.
	if (max !== null && max >= 99) max = null;
	if (min === 0 && max === null) min = null;
	if (min !== null && max !== null) return m.finder_age_range({ min, max }, opts(locale));
	if (min !== null) return m.finder_age_min({ min }, opts(locale));
	if (max !== null) return m.finder_age_max({ max }, opts(locale));
	return null;
}

/** "Montag, Mittwoch und Freitag". */
export function formatList(items: string[], locale: UiLocale): string {
	return listFormat(locale, { style: 'long', type: 'conjunction' }).format(items);
}

const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

function weekdayName(code: string, locale: UiLocale): string {
	const i = WEEKDAYS.indexOf(code as (typeof WEEKDAYS)[number]);
	// 2024-01-01 was a Monday.
	const day = new Date(Date.UTC(2024, 0, 1 + Math.max(i, 0), 12));
	return dateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(day);
}

function ordinal(n: number, locale: UiLocale): string | null {
	switch (n) {
		case 1:
			return m.finder_rec_ordinal_1({}, opts(locale));
		case 2:
			return m.finder_rec_ordinal_2({}, opts(locale));
		case 3:
			return m.finder_rec_ordinal_3({}, opts(locale));
		case 4:
			return m.finder_rec_ordinal_4({}, opts(locale));
		case -1:
			return m.finder_rec_ordinal_last({}, opts(locale));
		default:
			return null;
	}
}

/** The parts of an RRULE ("RRULE:FREQ=WEEKLY;BYDAY=TU"), upper-cased keys. */
export function parseRrule(rrule: string): Record<string, string> {
	const line =
		rrule
			.split(/\r?\n/)
			.map((l) => l.trim())
			.find((l) => l.toUpperCase().startsWith('RRULE:') || !l.includes(':')) ?? '';
	const body = line.replace(/^RRULE:/i, '');
	const out: Record<string, string> = {};
	for (const part of body.split(';')) {
		const [k, v] = part.split('=');
		if (k && v) out[k.trim().toUpperCase()] = v.trim().toUpperCase();
	}
	return out;
}

/** The rule alone in words, or null when it is not one we can describe. */
function describeRule(rule: Record<string, string>, locale: UiLocale): string | null {
	const interval = Number(rule.INTERVAL ?? '1') || 1;
	const byDay = (rule.BYDAY ?? '').split(',').filter((d) => d !== '');
	switch (rule.FREQ) {
		case 'DAILY':
			return interval === 1 ? m.finder_rec_daily({}, opts(locale)) : null;
		case 'WEEKLY': {
			if (byDay.length === 0 || byDay.some((d) => !WEEKDAYS.includes(d as never))) return null;
			const days = formatList(
				byDay.map((d) => weekdayName(d, locale)),
				locale
			);
			if (interval === 1) return m.finder_rec_weekly({ days }, opts(locale));
			if (interval === 2) return m.finder_rec_weekly_other({ days }, opts(locale));
			return m.finder_rec_weekly_interval({ n: interval, days }, opts(locale));
		}
		case 'MONTHLY': {
			if (interval !== 1) return null;
			const nthDay = /^([+-]?\d)([A-Z]{2})$/.exec(byDay[0] ?? '');
			const setPos = Number(rule.BYSETPOS ?? 'NaN');
			if (byDay.length === 1 && (nthDay || !Number.isNaN(setPos))) {
				const n = nthDay ? Number(nthDay[1]) : setPos;
				const code = nthDay ? nthDay[2]! : byDay[0]!;
				const nth = ordinal(n, locale);
				if (!nth || !WEEKDAYS.includes(code as never)) return null;
				return m.finder_rec_monthly_nth({ nth, day: weekdayName(code, locale) }, opts(locale));
			}
			const monthDay = Number(rule.BYMONTHDAY ?? 'NaN');
			if (Number.isInteger(monthDay) && monthDay > 0) {
				return m.finder_rec_monthly_day({ day: monthDay }, opts(locale));
			}
			return null;
		}
		default:
			return null;
	}
}

export interface RecurrenceInput {
	rrule: string | null;
	start: string | null;
	until: string | null;
	durationMinutes: number | null;
	exceptions: string[];
}

/**
 * A recurrence in words: "jeden Dienstag, 15:00–16:30 Uhr, bis 30. Juni 2027".
 * Null when the rule is missing or too unusual to describe (then show the note).
 */
export function describeRecurrence(
	s: RecurrenceInput,
	locale: UiLocale,
	timeZone: string
): string | null {
	if (!s.rrule) return null;
	const rule = describeRule(parseRrule(s.rrule), locale);
	if (!rule) return null;
	const parts = [rule];
	if (s.start) {
		const start = formatTime(s.start, locale, timeZone);
		if (s.durationMinutes) {
			const endIso = new Date(Date.parse(s.start) + s.durationMinutes * 60_000).toISOString();
			parts.push(
				m.finder_time_range({ start, end: formatTime(endIso, locale, timeZone) }, opts(locale))
			);
		} else {
			parts.push(m.finder_time({ time: start }, opts(locale)));
		}
	}
	if (s.until)
		parts.push(m.finder_rec_until({ date: formatDate(s.until, locale, timeZone) }, opts(locale)));
	return parts.join(', ');
}

/** "außer am 24. Dezember 2026 und 31. Dezember 2026", or null without exceptions. */
export function describeExceptions(
	exceptions: string[],
	locale: UiLocale,
	timeZone: string
): string | null {
	const valid = exceptions.filter((e) => !Number.isNaN(Date.parse(e)));
	if (valid.length === 0) return null;
	return m.finder_rec_except(
		{
			dates: formatList(
				valid.map((e) => formatDate(e, locale, timeZone)),
				locale
			)
		},
		opts(locale)
	);
}
