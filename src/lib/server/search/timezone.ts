/**
 * Wall-clock time in the city's time zone ↔ UTC, without a date library.
 * Recurrences are expanded in "floating" time (a UTC timestamp whose fields
 * are the local wall clock), so "Tuesdays 15:00" stays 15:00 across DST, and
 * converted to real instants afterwards. Offsets are cached per hour: an
 * index build converts millions of occurrences over a few thousand hours.
 */

const HOUR = 3_600_000;

export class TimeZone {
	private format: Intl.DateTimeFormat;
	private offsets = new Map<number, number>();

	constructor(readonly name: string) {
		this.format = new Intl.DateTimeFormat('en-US', {
			timeZone: name,
			hourCycle: 'h23',
			year: 'numeric',
			month: 'numeric',
			day: 'numeric',
			hour: 'numeric',
			minute: 'numeric',
			second: 'numeric'
		});
	}

	/** Local minus UTC in ms at an instant (e.g. +3,600,000 for CET). */
	offsetAt(utcMs: number): number {
		const key = Math.floor(utcMs / HOUR);
		let offset = this.offsets.get(key);
		if (offset === undefined) {
			const at = key * HOUR;
			const p: Record<string, number> = {};
			for (const part of this.format.formatToParts(at)) p[part.type] = Number(part.value);
			const wall = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!);
			offset = wall - at;
			if (this.offsets.size > 100_000) this.offsets.clear();
			this.offsets.set(key, offset);
		}
		return offset;
	}

	/** Instant → floating wall-clock timestamp. */
	toFloating(utcMs: number): number {
		return utcMs + this.offsetAt(utcMs);
	}

	/** Floating wall-clock timestamp → instant (in a DST gap, the later offset). */
	fromFloating(floatingMs: number): number {
		const guess = floatingMs - this.offsetAt(floatingMs);
		return floatingMs - this.offsetAt(guess);
	}

	/** The instant a local calendar day ('YYYY-MM-DD') starts. */
	startOfDay(day: string): number {
		const [y, m, d] = day.split('-').map(Number);
		return this.fromFloating(Date.UTC(y!, m! - 1, d!));
	}

	/** The last millisecond of a local calendar day. */
	endOfDay(day: string): number {
		const [y, m, d] = day.split('-').map(Number);
		return this.fromFloating(Date.UTC(y!, m! - 1, d! + 1)) - 1;
	}
}
