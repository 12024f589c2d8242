/**
 * Dates and times as providers type them, in the city's time zone
 * (Europe/Berlin): "2026-03-31" or "31.03.2026", "15:00" or "15.00" ⇄ instants.
 * The offset comes from Intl for the day itself, so a 15:00 date in summer is
 * 13:00 UTC and one in winter 14:00 UTC.
 */
import { TimeZone } from '$lib/server/search/timezone';

const zones = new Map<string, TimeZone>();
function zone(name: string): TimeZone {
	let tz = zones.get(name);
	if (!tz) {
		tz = new TimeZone(name);
		zones.set(name, tz);
	}
	return tz;
}

export interface LocalDate {
	year: number;
	month: number;
	day: number;
}

/** "2026-03-31", "31.03.2026" or "31.3.2026" → the calendar day, or null. */
export function parseLocalDate(text: string): LocalDate | null {
	const t = text.trim();
	let y: number, mo: number, d: number;
	let hit = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
	if (hit) {
		[y, mo, d] = [Number(hit[1]), Number(hit[2]), Number(hit[3])];
	} else {
		hit = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(t);
		if (!hit) return null;
		[d, mo, y] = [Number(hit[1]), Number(hit[2]), Number(hit[3])];
	}
	if (y < 1900 || y > 2200) return null;
	const probe = new Date(Date.UTC(y, mo - 1, d));
	if (probe.getUTCMonth() !== mo - 1 || probe.getUTCDate() !== d) return null;
	return { year: y, month: mo, day: d };
}

/** "15:00", "9:30", "15.00" or "15" → minutes after midnight, or null. */
export function parseLocalTime(text: string): number | null {
	const hit = /^(\d{1,2})(?:[:.](\d{2}))?(?:\s*Uhr)?$/i.exec(text.trim());
	if (!hit) return null;
	const h = Number(hit[1]);
	const min = Number(hit[2] ?? '0');
	if (h > 23 || min > 59) return null;
	return h * 60 + min;
}

/** Local minus UTC in minutes at that wall-clock time (60 in winter, 120 in summer). */
export function offsetMinutesAt(date: LocalDate, minutes: number, timeZone: string): number {
	const floating = Date.UTC(date.year, date.month - 1, date.day, 0, minutes);
	return (floating - zone(timeZone).fromFloating(floating)) / 60_000;
}

/** "+02:00" for a local wall-clock time. */
export function offsetLabel(offsetMinutes: number): string {
	const sign = offsetMinutes < 0 ? '-' : '+';
	const abs = Math.abs(offsetMinutes);
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/**
 * A wall-clock time in the city → the instant as ISO in UTC ("…Z"), the form
 * every read of the database returns, so unchanged dates compare equal.
 */
export function localToIso(date: LocalDate, minutes: number, timeZone: string): string {
	const floating = Date.UTC(date.year, date.month - 1, date.day, 0, minutes);
	return new Date(zone(timeZone).fromFloating(floating)).toISOString();
}

/** The same wall-clock time with its offset written out ("2026-07-01T15:00:00+02:00"). */
export function localToOffsetIso(date: LocalDate, minutes: number, timeZone: string): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	const off = offsetMinutesAt(date, minutes, timeZone);
	return `${date.year}-${pad(date.month)}-${pad(date.day)}T${pad(Math.floor(minutes / 60))}:${pad(
		minutes % 60
	)}:00${offsetLabel(off)}`;
}

/** An instant → its local day "YYYY-MM-DD" and time "HH:MM" in the city. */
export function isoToLocal(iso: string, timeZone: string): { date: string; time: string } | null {
	const ms = Date.parse(iso);
	if (!Number.isFinite(ms)) return null;
	const f = new Date(zone(timeZone).toFloating(ms)).toISOString();
	return { date: f.slice(0, 10), time: f.slice(11, 16) };
}
