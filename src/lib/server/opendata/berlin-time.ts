/** Wall-clock time in Europe/Berlin, the zone every German city config uses. */

export const BERLIN = 'Europe/Berlin';

export interface LocalTime {
	year: number;
	month: number;
	day: number;
	hour: number;
	minute: number;
	second: number;
}

const fmt = new Intl.DateTimeFormat('en-US', {
	timeZone: BERLIN,
	hourCycle: 'h23',
	year: 'numeric',
	month: '2-digit',
	day: '2-digit',
	hour: '2-digit',
	minute: '2-digit',
	second: '2-digit'
});

export function toBerlin(date: Date): LocalTime {
	const parts = Object.fromEntries(fmt.formatToParts(date).map((p) => [p.type, p.value]));
	return {
		year: Number(parts.year),
		month: Number(parts.month),
		day: Number(parts.day),
		hour: Number(parts.hour),
		minute: Number(parts.minute),
		second: Number(parts.second)
	};
}

/** Minutes Berlin is ahead of UTC at that instant (60 or 120). */
export function berlinOffsetMinutes(date: Date): number {
	const l = toBerlin(date);
	const asUtc = Date.UTC(l.year, l.month - 1, l.day, l.hour, l.minute, l.second);
	return Math.round((asUtc - Math.floor(date.getTime() / 1000) * 1000) / 60_000);
}

/** The instant of a Berlin wall-clock time (the earlier one when the clock is turned back). */
export function fromBerlin(l: Omit<LocalTime, 'second'> & { second?: number }): Date {
	const naive = Date.UTC(l.year, l.month - 1, l.day, l.hour, l.minute, l.second ?? 0);
	let t = naive - berlinOffsetMinutes(new Date(naive)) * 60_000;
	t = naive - berlinOffsetMinutes(new Date(t)) * 60_000;
	return new Date(t);
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** 20250304T150000 (local, for TZID=Europe/Berlin). */
export const icsLocal = (l: LocalTime) =>
	`${pad(l.year, 4)}${pad(l.month)}${pad(l.day)}T${pad(l.hour)}${pad(l.minute)}${pad(l.second)}`;

/** 20250304T140000Z */
export const icsUtc = (d: Date) =>
	d
		.toISOString()
		.replace(/[-:]/g, '')
		.replace(/\.\d{3}/, '');

/** 2025-03-04T15:00:00+01:00 */
export function isoBerlin(date: Date): string {
	const l = toBerlin(date);
	const off = berlinOffsetMinutes(date);
	const sign = off >= 0 ? '+' : '-';
	return `${pad(l.year, 4)}-${pad(l.month)}-${pad(l.day)}T${pad(l.hour)}:${pad(l.minute)}:${pad(l.second)}${sign}${pad(Math.floor(Math.abs(off) / 60))}:${pad(Math.abs(off) % 60)}`;
}

/** 2025-03-04 */
export const dateBerlin = (date: Date) => isoBerlin(date).slice(0, 10);

/** 15:00 */
export const timeBerlin = (date: Date) => isoBerlin(date).slice(11, 16);
