/**
 * When an offer takes place: dated sessions (offer_dates), a recurrence rule
 * (RRULE + local start time), or "ongoing" with a human note. Times are local
 * (Europe/Berlin) between 08:00 and 19:30, durations 60–180 minutes.
 */
import type { Daytime, ScheduleType } from './catalog';
import type { Rng } from './rng';
import {
	WEEKDAY_ADVERB,
	WEEKDAY_NAME,
	WEEKDAY_RRULE,
	clock,
	timeRange,
	type LocalCalendar
} from './time';

export interface SeedDate {
	startsAt: Date;
	endsAt: Date;
	note: string | null;
}

export interface Schedule {
	scheduleType: ScheduleType;
	scheduleNote: string | null;
	rrule: string | null;
	recurrenceStart: Date | null;
	recurrenceUntil: Date | null;
	durationMinutes: number | null;
	recurrenceExceptions: string[];
	dates: SeedDate[];
}

export interface ScheduleInput {
	type: ScheduleType;
	format: string;
	phase: string;
	duration?: [number, number];
	daytime?: Daytime;
	/** Dated offers: all dates in the future (for guaranteed demo offers). */
	future?: boolean;
}

const H = 60;
const START_SLOTS: Record<string, number[]> = {
	u3: [9 * H, 9 * H + 30, 10 * H, 15 * H, 15 * H + 30],
	kita: [9 * H, 9 * H + 30, 10 * H, 15 * H, 15 * H + 30],
	grundschule: [14 * H, 14 * H + 30, 15 * H, 15 * H + 30, 16 * H, 16 * H + 30],
	sek1: [14 * H + 30, 15 * H, 16 * H, 16 * H + 30, 17 * H, 18 * H],
	jugend: [15 * H, 16 * H, 17 * H, 17 * H + 30, 18 * H, 19 * H],
	erwachsene: [8 * H + 30, 9 * H, 10 * H, 17 * H + 30, 18 * H, 18 * H + 30, 19 * H, 19 * H + 30],
	senioren: [9 * H + 30, 10 * H, 14 * H, 14 * H + 30, 15 * H],
	familien: [9 * H, 10 * H, 15 * H, 15 * H + 30, 16 * H]
};
const WEEKEND_SLOTS = [10 * H, 10 * H + 30, 11 * H, 14 * H];
const DAYTIME_SLOTS: Record<Daytime, number[]> = {
	morning: [8 * H + 30, 9 * H, 9 * H + 30, 10 * H],
	afternoon: [14 * H, 14 * H + 30, 15 * H, 15 * H + 30],
	evening: [17 * H + 30, 18 * H, 18 * H + 30, 19 * H, 19 * H + 30]
};
const DURATION: Record<string, [number, number]> = {
	kurs: [60, 120],
	regelmaessig: [60, 150],
	einzeltermin: [90, 180],
	veranstaltung: [120, 180],
	beratung: [60, 180]
};

function pickWeekday(rng: Rng, format: string, daytime?: Daytime): number {
	if (daytime) return rng.int(1, 5);
	const events = format === 'veranstaltung' || format === 'einzeltermin';
	return rng.weighted([
		[1, 1],
		[2, 1],
		[3, 1],
		[4, 1],
		[5, 0.8],
		[6, events ? 0.6 : 0.3],
		[0, events ? 0.3 : 0.03]
	]);
}

function pickStart(rng: Rng, input: ScheduleInput, weekday: number): number {
	if (input.daytime) return rng.pick(DAYTIME_SLOTS[input.daytime]);
	const weekend = weekday === 0 || weekday === 6;
	return rng.pick(weekend ? WEEKEND_SLOTS : (START_SLOTS[input.phase] ?? WEEKEND_SLOTS));
}

function ddmm(day: number): string {
	const d = new Date(day * 86_400_000);
	return `${String(d.getUTCDate()).padStart(2, '0')}.${String(d.getUTCMonth() + 1).padStart(2, '0')}.`;
}

function dated(rng: Rng, cal: LocalCalendar, input: ScheduleInput, duration: number): Schedule {
	const { format } = input;
	const count =
		format === 'kurs'
			? rng.int(4, 8)
			: format === 'einzeltermin'
				? 1
				: format === 'veranstaltung'
					? rng.int(1, 3)
					: rng.int(2, 6);
	const past = !input.future && rng.chance(0.08);
	const weekday = pickWeekday(rng, format, input.daytime);
	const from = input.future
		? cal.today + rng.int(3, 45)
		: past
			? cal.today - rng.int(1, 28)
			: cal.today + rng.int(2, 170);
	const start = pickStart(rng, input, weekday);
	const days: number[] = [];
	let day = cal.nextWeekday(from, weekday);
	for (let i = 0; i < count; i++) {
		days.push(day);
		day += format === 'kurs' ? 7 : format === 'beratung' ? 14 : rng.pick([7, 14, 21, 28]);
	}
	const dates = days.map((d, i) => {
		const startsAt = cal.at(d, start);
		const note =
			i === 0 && count > 2 && rng.chance(0.1)
				? 'Schnupperstunde – Einstieg noch möglich'
				: i === count - 1 && format === 'kurs' && rng.chance(0.15)
					? 'Abschluss mit Urkunde'
					: null;
		return { startsAt, endsAt: new Date(startsAt.getTime() + duration * 60_000), note };
	});
	const first = days[0] ?? from;
	const when = `${WEEKDAY_ADVERB[weekday]} ${timeRange(start, duration)}`;
	const scheduleNote =
		count === 1
			? rng.chance(0.5)
				? `${WEEKDAY_NAME[weekday]}, ${ddmm(first)}, ${timeRange(start, duration)}`
				: null
			: rng.pick([`${count} Termine, jeweils ${when}`, `ab ${ddmm(first)}, ${when}`, null]);
	return {
		scheduleType: 'dates',
		scheduleNote,
		rrule: null,
		recurrenceStart: null,
		recurrenceUntil: null,
		durationMinutes: duration,
		recurrenceExceptions: [],
		dates
	};
}

const ORDINAL = ['', 'ersten', 'zweiten', 'dritten'];

function recurring(rng: Rng, cal: LocalCalendar, input: ScheduleInput, duration: number): Schedule {
	const { format } = input;
	const weekday = pickWeekday(rng, format, input.daytime);
	const start = pickStart(rng, input, weekday);
	const range = timeRange(start, duration);
	const pattern = rng.weighted<'weekly' | 'biweekly' | 'twice' | 'monthly'>([
		['weekly', 70],
		['biweekly', 15],
		['twice', format === 'kurs' || format === 'regelmaessig' ? 8 : 0],
		['monthly', format === 'kurs' ? 0 : 9]
	]);
	const isCourse = format === 'kurs';
	const from = isCourse ? cal.today + rng.int(-40, 45) : cal.today - rng.int(7, 300);
	let firstDay = cal.nextWeekday(from, weekday);
	let rrule = `FREQ=WEEKLY;BYDAY=${WEEKDAY_RRULE[weekday]}`;
	let note = `${WEEKDAY_ADVERB[weekday]}, ${range}`;
	let stepDays: number | null = 7;
	if (pattern === 'biweekly') {
		rrule = `FREQ=WEEKLY;INTERVAL=2;BYDAY=${WEEKDAY_RRULE[weekday]}`;
		note = `jeden zweiten ${WEEKDAY_NAME[weekday]}, ${range}`;
		stepDays = 14;
	} else if (pattern === 'twice' && weekday >= 1 && weekday <= 3) {
		const second = weekday + 2;
		rrule = `FREQ=WEEKLY;BYDAY=${WEEKDAY_RRULE[weekday]},${WEEKDAY_RRULE[second]}`;
		note = `${WEEKDAY_ADVERB[weekday]} und ${WEEKDAY_ADVERB[second]}, ${range}`;
		stepDays = null;
	} else if (pattern === 'monthly') {
		const nth = rng.int(1, 3);
		rrule = `FREQ=MONTHLY;BYDAY=${nth}${WEEKDAY_RRULE[weekday]}`;
		note = `jeden ${ORDINAL[nth]} ${WEEKDAY_NAME[weekday]} im Monat, ${range}`;
		firstDay = nthWeekdayOnOrAfter(cal, from, weekday, nth);
		stepDays = null;
	}
	if (!isCourse && rng.chance(0.2)) note += ' (außer in den Schulferien)';
	const untilDay = isCourse
		? firstDay + 7 * rng.int(8, 14)
		: rng.chance(0.25)
			? cal.today + rng.int(30, 200)
			: null;
	const exceptions: string[] = [];
	if (stepDays !== null && rng.chance(0.06)) {
		const k = Math.ceil((cal.today - firstDay) / stepDays) + rng.int(1, 6);
		const day = firstDay + Math.max(1, k) * stepDays;
		if (untilDay === null || day < untilDay) exceptions.push(cal.at(day, start).toISOString());
	}
	return {
		scheduleType: 'recurring',
		scheduleNote: note,
		rrule,
		recurrenceStart: cal.at(firstDay, start),
		recurrenceUntil: untilDay === null ? null : cal.at(untilDay, 23 * H + 59),
		durationMinutes: duration,
		recurrenceExceptions: exceptions,
		dates: []
	};
}

/** The first `nth` weekday of a month that is on or after `from`. */
function nthWeekdayOnOrAfter(
	cal: LocalCalendar,
	from: number,
	weekday: number,
	nth: number
): number {
	let monthStart = from - (new Date(from * 86_400_000).getUTCDate() - 1);
	for (;;) {
		const day = cal.nextWeekday(monthStart, weekday) + 7 * (nth - 1);
		if (day >= from) return day;
		const d = new Date(monthStart * 86_400_000);
		monthStart = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) / 86_400_000;
	}
}

const ONGOING_BERATUNG = [
	'Offene Sprechstunde {tag} {zeit}, sonst nach Vereinbarung',
	'Termine nach telefonischer Vereinbarung',
	'Mo–Do 9:00–16:00 Uhr nach Vereinbarung',
	'Sprechzeiten {tag} 9:00–12:00 Uhr und nach Vereinbarung'
];
const ONGOING_OTHER = [
	'Während der Öffnungszeiten der Einrichtung',
	'Einstieg jederzeit möglich',
	'Mo–Fr, Zeiten nach Absprache',
	'Aufnahme jederzeit möglich, solange Plätze frei sind',
	'{tag} ab {von} Uhr, Einstieg jederzeit'
];

function ongoing(rng: Rng, input: ScheduleInput): Schedule {
	const weekday = rng.int(1, 5);
	const start = Math.min(pickStart(rng, input, weekday), 16 * H);
	const note = rng
		.pick(input.format === 'beratung' ? ONGOING_BERATUNG : ONGOING_OTHER)
		.replace('{tag}', WEEKDAY_ADVERB[weekday]!)
		.replace('{zeit}', timeRange(start, 120))
		.replace('{von}', clock(start));
	return {
		scheduleType: 'ongoing',
		scheduleNote: note,
		rrule: null,
		recurrenceStart: null,
		recurrenceUntil: null,
		durationMinutes: null,
		recurrenceExceptions: [],
		dates: []
	};
}

export function makeSchedule(rng: Rng, cal: LocalCalendar, input: ScheduleInput): Schedule {
	const [min, max] = input.duration ?? DURATION[input.format] ?? [60, 120];
	const duration = rng.step(min, max, 15);
	if (input.type === 'dates') return dated(rng, cal, input, duration);
	if (input.type === 'recurring') return recurring(rng, cal, input, duration);
	return ongoing(rng, input);
}
