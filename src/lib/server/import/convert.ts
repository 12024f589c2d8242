/**
 * Cell conversions of the import: taxonomy values by code or label, yes/no,
 * whole numbers, euro amounts, and dates as people write them in Germany
 * ("02.03.2027 17:00-18:30"), turned into ISO 8601 in the city's time zone.
 * Each returns the value, or { error } with a message for the user.
 */
import { m } from '$lib/paraglide/messages';
import { slugify } from '../../slug';
import { cityConfig } from '../config/city';
import { taxonomies, type TaxonomyName } from '../config/taxonomies';
import { TimeZone } from '../search/timezone';
import type { ImportLocale } from './columns';

export const MAX_DATES = 200;

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
export function districtSlug(value: string): string | undefined {
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

export type Fail = { error: string };
export const fail = (error: string): Fail => ({ error });
export const isFail = (v: unknown): v is Fail =>
	typeof v === 'object' && v !== null && 'error' in v;

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
