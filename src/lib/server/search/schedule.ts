/**
 * When offers take place, per index slot: start times in minutes since the
 * epoch, in one shared Uint32Array pool (4 bytes per occurrence; 50k weekly
 * offers over the window below ≈ 12 MB).
 *
 * Dated offers store all their dates. Recurring offers store the occurrences
 * in a window around the build time (RECENT_DAYS back, AHEAD_DAYS ahead); a
 * question outside that window (a date filter two years ahead) expands the
 * rule again for that offer — slower, but rare.
 */
import type { TOffer } from '../offers/offer.schemas';
import { expandRule, parseRule } from './recurrence';
import type { TimeZone } from './timezone';

type Schedule = TOffer['schedule'];

const MINUTE = 60_000;
const DAY = 86_400_000;
const RECENT_DAYS = 35;
const AHEAD_DAYS = 400;
const MAX_STORED = 500;
const OPEN_RANGE_DAYS = 100 * 365;

const ONGOING = 0;
const DATED = 1;

/**
 * Start times (UTC ms, ascending) of a schedule within [from, to] (all dates
 * of a dated offer); `complete` false when capped, `ended` when nothing
 * follows after `to`.
 */
export function startsOf(
	schedule: Schedule,
	tz: TimeZone,
	from: number,
	to: number,
	cap: number
): { starts: number[]; complete: boolean; ended: boolean } {
	if (schedule.type === 'dates') {
		const starts = schedule.dates.map((d) => Date.parse(d.startsAt)).filter(Number.isFinite);
		return { starts: starts.sort((a, b) => a - b), complete: true, ended: true };
	}
	const start = schedule.start ? Date.parse(schedule.start) : NaN;
	const rule = schedule.rrule ? parseRule(schedule.rrule) : null;
	if (!rule || !Number.isFinite(start)) {
		// A recurring offer without a usable rule: its first date is all we know.
		return { starts: Number.isFinite(start) ? [start] : [], complete: true, ended: true };
	}
	const until = schedule.until ? Date.parse(schedule.until) : NaN;
	// Open ranges (no from / no to) become finite: nothing precedes the first start.
	from = Math.max(from, start);
	to = Math.min(to, from + OPEN_RANGE_DAYS * DAY);
	if (to < from) return { starts: [], complete: true, ended: false };
	const floating = expandRule(
		rule,
		tz.toFloating(start),
		Number.isFinite(until) ? tz.toFloating(until) : null,
		{ from: tz.toFloating(from), to: tz.toFloating(to), cap },
		tz
	);
	const skip = schedule.exceptions.length > 0 ? exceptionTest(schedule.exceptions) : null;
	const starts: number[] = [];
	for (const f of floating.starts) {
		const t = tz.fromFloating(f);
		if (skip?.(t, f)) continue;
		if (t >= from && t <= to) starts.push(t);
	}
	return { starts, complete: floating.complete, ended: floating.ended };
}

/** Cancelled occurrences: exact start instants, or whole local days ('YYYY-MM-DD'). */
function exceptionTest(exceptions: string[]): (instant: number, floating: number) => boolean {
	const instants = new Set<number>();
	const days = new Set<string>();
	for (const e of exceptions) {
		if (/^\d{4}-\d{2}-\d{2}$/.test(e)) days.add(e);
		else if (Number.isFinite(Date.parse(e))) instants.add(Date.parse(e));
	}
	return (instant, floating) =>
		instants.has(instant) ||
		(days.size > 0 && days.has(new Date(floating).toISOString().slice(0, 10)));
}

export class ScheduleStore {
	private kind = new Uint8Array(1024);
	private offset = new Int32Array(1024);
	private count = new Int32Array(1024);
	/** Stored starts are complete within [coverFrom, coverTo] (minutes). */
	private coverFrom = new Float64Array(1024);
	private coverTo = new Float64Array(1024);
	/**
	 * next() per slot as of `nextFrom`: still right for any later `now` up to
	 * the cached start, so date sorting reads an array instead of searching.
	 */
	private nextCache = new Float64Array(1024);
	private nextFrom = new Float64Array(1024).fill(Infinity);
	private pool = new Uint32Array(16_384);
	private poolLength = 0;

	/**
	 * `scheduleOf` is only called on the slow paths (outside the stored window):
	 * hot loops read typed arrays and never touch the offer objects.
	 */
	constructor(
		private tz: TimeZone,
		private scheduleOf: (slot: number) => Schedule
	) {}

	/** Stores the schedule of a new slot (slots arrive in ascending order). */
	set(slot: number, schedule: Schedule, now: number): void {
		this.ensureSlots(slot + 1);
		if (schedule.type === 'ongoing') {
			this.kind[slot] = ONGOING;
			this.count[slot] = 0;
			return;
		}
		const from = now - RECENT_DAYS * DAY;
		const to = now + AHEAD_DAYS * DAY;
		const { starts, complete, ended } = startsOf(schedule, this.tz, from, to, MAX_STORED);
		const windowed = schedule.type === 'recurring' && schedule.rrule !== null;
		this.kind[slot] = DATED;
		this.offset[slot] = this.poolLength;
		this.count[slot] = starts.length;
		// Nothing precedes the first start: the cover reaches back indefinitely.
		const startsInWindow = Date.parse(schedule.start ?? '') >= from;
		this.coverFrom[slot] = windowed && !startsInWindow ? from / MINUTE : -Infinity;
		const last = starts[starts.length - 1] ?? to;
		this.coverTo[slot] = !windowed || ended ? Infinity : complete ? to / MINUTE : last / MINUTE;
		this.ensurePool(this.poolLength + starts.length);
		for (const t of starts) this.pool[this.poolLength++] = Math.floor(t / MINUTE);
	}

	/** Has a start within [from, to] (UTC ms). Ongoing offers always match. */
	hasStartBetween(slot: number, from: number, to: number): boolean {
		if (this.kind[slot] === ONGOING) return true;
		const fromMin = from / MINUTE;
		const toMin = to / MINUTE;
		if (fromMin < this.coverFrom[slot]! || toMin > this.coverTo[slot]!) {
			return startsOf(this.scheduleOf(slot), this.tz, from, to, 1).starts.length > 0;
		}
		const i = this.lowerBound(slot, fromMin);
		return i < this.offset[slot]! + this.count[slot]! && this.pool[i]! <= toMin;
	}

	/** The first start at or after `now` (UTC ms), or null. */
	next(slot: number, now: number): number | null {
		if (this.kind[slot] === ONGOING) return null;
		const cached = this.nextCache[slot]!;
		if (now >= this.nextFrom[slot]! && now <= cached) return cached === Infinity ? null : cached;
		const next = this.findNext(slot, now);
		this.nextFrom[slot] = now;
		this.nextCache[slot] = next ?? Infinity;
		return next;
	}

	private findNext(slot: number, now: number): number | null {
		const nowMin = now / MINUTE;
		const end = this.offset[slot]! + this.count[slot]!;
		if (nowMin >= this.coverFrom[slot]!) {
			const i = this.lowerBound(slot, nowMin);
			if (i < end) return this.pool[i]! * MINUTE;
			if (this.coverTo[slot] === Infinity) return null;
		}
		const schedule = this.scheduleOf(slot);
		return startsOf(schedule, this.tz, now, now + 2 * AHEAD_DAYS * DAY, 1).starts[0] ?? null;
	}

	private lowerBound(slot: number, minute: number): number {
		let lo = this.offset[slot]!;
		let hi = lo + this.count[slot]!;
		while (lo < hi) {
			const mid = (lo + hi) >>> 1;
			if (this.pool[mid]! < minute) lo = mid + 1;
			else hi = mid;
		}
		return lo;
	}

	private ensureSlots(n: number): void {
		if (n <= this.kind.length) return;
		const size = Math.max(n, this.kind.length * 2);
		this.kind = grow(this.kind, new Uint8Array(size));
		this.offset = grow(this.offset, new Int32Array(size));
		this.count = grow(this.count, new Int32Array(size));
		this.coverFrom = grow(this.coverFrom, new Float64Array(size));
		this.coverTo = grow(this.coverTo, new Float64Array(size));
		this.nextCache = grow(this.nextCache, new Float64Array(size));
		this.nextFrom = grow(this.nextFrom, new Float64Array(size).fill(Infinity));
	}

	private ensurePool(n: number): void {
		if (n > this.pool.length)
			this.pool = grow(this.pool, new Uint32Array(Math.max(n, this.pool.length * 2)));
	}
}

function grow<T extends { set(a: ArrayLike<number>): void }>(from: ArrayLike<number>, to: T): T {
	to.set(from);
	return to;
}
