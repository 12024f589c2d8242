/**
 * Expands an RFC 5545 RRULE in floating (wall-clock) time.
 *
 * The `rrule` package parses every rule and expands the unusual ones
 * (monthly, "2nd Tuesday", BYSETPOS …). Plain DAILY and WEEKLY rules — nearly
 * all offers — take a fast path here: rrule costs ~0.25 ms per offer and
 * year, which would be 12 s for an index of 50,000 weekly offers. The fast
 * path follows rrule's semantics (DTSTART counts only when it matches BYDAY);
 * recurrence.test.ts checks both agree.
 */
import * as rruleModule from 'rrule';
import type { Options, Weekday } from 'rrule';
import type { TimeZone } from './timezone';

// rrule ships CommonJS for Node and ESM for bundlers: under Node only `default`
// carries the classes, under Vite the namespace does.
type RRuleModule = typeof import('rrule');
const namespace = rruleModule as unknown as RRuleModule & { default?: RRuleModule };
const { RRule } = 'RRule' in namespace && namespace.RRule ? namespace : namespace.default!;

const DAY = 86_400_000;

export interface ParsedRule {
	options: Partial<Options>;
	/** UNTIL given as UTC (…Z): convert to floating before use. */
	untilIsUtc: boolean;
	/** Fast path: its weekdays (0 = Monday), undefined without BYDAY; null: expand with rrule. */
	fastWeekdays: number[] | null | undefined;
}

const parsedRules = new Map<string, ParsedRule | null>();

/** Parses (and caches) a rule; null when it is not a valid RRULE. */
export function parseRule(rule: string): ParsedRule | null {
	let parsed = parsedRules.get(rule);
	if (parsed !== undefined) return parsed;
	try {
		const options = RRule.parseString(rule.trim());
		parsed =
			options.freq === undefined
				? null
				: {
						options,
						untilIsUtc: /UNTIL=[0-9T]+Z/i.test(rule),
						fastWeekdays: fastPathDays(options)
					};
	} catch {
		parsed = null;
	}
	if (parsedRules.size > 10_000) parsedRules.clear();
	parsedRules.set(rule, parsed);
	return parsed;
}

/** undefined: fast path without BYDAY; null: not for the fast path. */
function fastPathDays(o: Partial<Options>): number[] | null | undefined {
	if (o.freq !== RRule.WEEKLY && o.freq !== RRule.DAILY) return null;
	const unsupported = [
		o.bysetpos,
		o.bymonth,
		o.bymonthday,
		o.byyearday,
		o.byweekno,
		o.byhour,
		o.byminute,
		o.bysecond,
		o.byeaster
	];
	if (unsupported.some((v) => v !== undefined && v !== null)) return null;
	if (o.byweekday === undefined || o.byweekday === null) return undefined;
	const list = Array.isArray(o.byweekday) ? o.byweekday : [o.byweekday];
	const days: number[] = [];
	for (const d of list) {
		if (typeof d === 'number') days.push(d);
		else if (typeof d === 'object' && !(d as Weekday).n) days.push((d as Weekday).weekday);
		else return null;
	}
	return days;
}

export interface Window {
	/** Floating bounds, inclusive. */
	from: number;
	to: number;
	/** Stop after this many occurrences in the window. */
	cap: number;
}

export interface Expansion {
	/** Floating ms, ascending. */
	starts: number[];
	/** false when the cap cut the list short. */
	complete: boolean;
	/** The series has no occurrence after the window (UNTIL or COUNT reached). */
	ended: boolean;
}

/**
 * Occurrences of a rule starting at `dtstart`, ending at `until` (floating,
 * inclusive) if given, inside the window.
 */
export function expandRule(
	rule: ParsedRule,
	dtstart: number,
	until: number | null,
	window: Window,
	tz: TimeZone
): Expansion {
	const o = rule.options;
	let ruleUntil = Infinity;
	if (o.until) ruleUntil = rule.untilIsUtc ? tz.toFloating(o.until.getTime()) : o.until.getTime();
	const seriesEnd = Math.min(until ?? Infinity, ruleUntil);
	if (rule.fastWeekdays !== null) return expandSimple(rule, dtstart, seriesEnd, window);
	const end = Math.min(window.to, seriesEnd);
	const r = new RRule({
		...o,
		dtstart: new Date(dtstart),
		until: Number.isFinite(end) ? new Date(end) : null
	});
	const starts: number[] = [];
	r.between(new Date(window.from), new Date(end), true, (d) => {
		starts.push(d.getTime());
		return starts.length < window.cap;
	});
	const complete = starts.length < window.cap;
	return { starts, complete, ended: complete && seriesEnd <= window.to };
}

/** Weekday of a day number (days since 1970-01-01, a Thursday), 0 = Monday. */
const weekday = (day: number) => (((day + 3) % 7) + 7) % 7;

function expandSimple(
	rule: ParsedRule,
	dtstart: number,
	seriesEnd: number,
	window: Window
): Expansion {
	const o = rule.options;
	const interval = Math.max(1, o.interval ?? 1);
	const count = o.count ?? Infinity;
	const end = Math.min(window.to, seriesEnd);
	const firstDay = Math.floor(dtstart / DAY);
	const timeOfDay = dtstart - firstDay * DAY;
	const days = new Set(
		rule.fastWeekdays ?? (o.freq === RRule.DAILY ? [0, 1, 2, 3, 4, 5, 6] : [weekday(firstDay)])
	);
	const starts: number[] = [];
	const result = (complete: boolean, ended: boolean): Expansion => ({ starts, complete, ended });
	let seen = 0;
	// A period is one day (DAILY) or one week from WKST (WEEKLY); every
	// `interval`-th period counts, starting with the one holding DTSTART.
	const weekly = o.freq === RRule.WEEKLY;
	const wkst = typeof o.wkst === 'number' ? o.wkst : (o.wkst?.weekday ?? 0);
	const periodDays = weekly ? 7 : 1;
	let periodStart = weekly ? firstDay - ((weekday(firstDay) - wkst + 7) % 7) : firstDay;
	const step = periodDays * interval;
	if (count === Infinity && window.from > dtstart) {
		// Without COUNT nothing before the window matters: skip whole steps.
		const skip = Math.floor((Math.floor(window.from / DAY) - periodStart) / step) - 1;
		if (skip > 0) periodStart += skip * step;
	}
	for (; periodStart * DAY <= end; periodStart += step) {
		for (let i = 0; i < periodDays; i++) {
			const day = periodStart + i;
			if (day < firstDay || !days.has(weekday(day))) continue;
			const t = day * DAY + timeOfDay;
			if (t > end) return result(true, seriesEnd <= window.to);
			if (++seen > count) return result(true, true);
			if (t < window.from) continue;
			starts.push(t);
			if (starts.length >= window.cap) return result(false, false);
		}
	}
	return result(true, seriesEnd <= window.to || seen >= count);
}
