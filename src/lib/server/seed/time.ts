/**
 * Local calendar arithmetic for the city's time zone. A "day" is a civil date
 * counted in days since 1970-01-01; a time of day is minutes after midnight.
 * Generated times lie between 08:00 and 20:00, never in a DST switch hour.
 */
const DAY_MS = 86_400_000;

export const WEEKDAY_RRULE = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;
export const WEEKDAY_ADVERB = [
	'sonntags',
	'montags',
	'dienstags',
	'mittwochs',
	'donnerstags',
	'freitags',
	'samstags'
] as const;
export const WEEKDAY_NAME = [
	'Sonntag',
	'Montag',
	'Dienstag',
	'Mittwoch',
	'Donnerstag',
	'Freitag',
	'Samstag'
] as const;

export class LocalCalendar {
	private readonly format: Intl.DateTimeFormat;
	private readonly offsets = new Map<number, number>();
	/** The local day that contains `now`; all generated dates are relative to it. */
	readonly today: number;

	constructor(
		readonly timeZone: string,
		now: Date
	) {
		this.format = new Intl.DateTimeFormat('en-US', {
			timeZone,
			hourCycle: 'h23',
			year: 'numeric',
			month: 'numeric',
			day: 'numeric',
			hour: 'numeric',
			minute: 'numeric',
			second: 'numeric'
		});
		this.today = Math.floor(this.wallClockMs(now.getTime()) / DAY_MS);
	}

	/** The instant of `minutes` after local midnight on `day`. */
	at(day: number, minutes: number): Date {
		return new Date(day * DAY_MS + minutes * 60_000 - this.offsetOf(day));
	}

	/** 0 = Sunday … 6 = Saturday. */
	weekday(day: number): number {
		return (((day + 4) % 7) + 7) % 7;
	}

	/** The first day on or after `day` that falls on `weekday`. */
	nextWeekday(day: number, weekday: number): number {
		return day + ((weekday - this.weekday(day) + 7) % 7);
	}

	/** Month 1–12 of a local day. */
	month(day: number): number {
		return new Date(day * DAY_MS).getUTCMonth() + 1;
	}

	/** Local wall-clock time of an instant, as if it were UTC (ms). */
	private wallClockMs(t: number): number {
		const p: Record<string, number> = {};
		for (const part of this.format.formatToParts(new Date(t))) {
			if (part.type !== 'literal') p[part.type] = Number(part.value);
		}
		return Date.UTC(p.year ?? 1970, (p.month ?? 1) - 1, p.day, p.hour, p.minute, p.second);
	}

	/** UTC offset (ms) in the afternoon of a local day; valid from 03:00 to 24:00 local. */
	private offsetOf(day: number): number {
		let offset = this.offsets.get(day);
		if (offset === undefined) {
			const noonUtc = day * DAY_MS + 12 * 3_600_000;
			offset = this.wallClockMs(noonUtc) - noonUtc;
			this.offsets.set(day, offset);
		}
		return offset;
	}
}

/** "15:00" from minutes after midnight. */
export function clock(minutes: number): string {
	const h = Math.floor(minutes / 60);
	const m = minutes % 60;
	return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/** "15:00–16:30 Uhr". */
export function timeRange(start: number, durationMinutes: number): string {
	return `${clock(start)}–${clock(start + durationMinutes)} Uhr`;
}
