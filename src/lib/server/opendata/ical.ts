/**
 * An offer's dates as an iCalendar file (RFC 5545): CRLF, lines folded at 75
 * octets, TEXT escaped, times in Europe/Berlin with its VTIMEZONE. One VEVENT
 * per date, or one VEVENT with RRULE/EXDATE for a recurring offer. Ongoing
 * offers have no calendar.
 */
import { AppError, ErrorCode } from '../errors';
import type { TOffer } from '../offers/offer.schemas';
import { BERLIN, fromBerlin, icsLocal, icsUtc, toBerlin } from './berlin-time';

export interface IcsOptions {
	/** Public origin, e.g. https://bildung.salzgitter.de (its host ends every UID). */
	baseUrl: string;
	cityName: string;
	/** DTSTAMP (default: now). */
	now?: Date;
}

/** RFC 5545 TEXT: backslash, semicolon, comma and newlines escaped. */
export function escapeText(text: string): string {
	return text
		.replace(/\r\n?/g, '\n')
		.replace(/[\\;,]/g, (c) => `\\${c}`)
		.replace(/\n/g, '\\n');
}

/** Folds a content line into lines of at most 75 octets, never inside a UTF-8 character. */
export function foldLine(line: string): string {
	if (Buffer.byteLength(line, 'utf8') <= 75) return line;
	const parts: string[] = [];
	let current = '';
	let size = 0;
	let limit = 75;
	for (const ch of line) {
		const n = Buffer.byteLength(ch, 'utf8');
		if (size + n > limit) {
			parts.push(current);
			current = '';
			size = 0;
			limit = 74; // the leading space of a continuation line counts
		}
		current += ch;
		size += n;
	}
	parts.push(current);
	return parts.join('\r\n ');
}

const VTIMEZONE_BERLIN = [
	'BEGIN:VTIMEZONE',
	`TZID:${BERLIN}`,
	`X-LIC-LOCATION:${BERLIN}`,
	'BEGIN:DAYLIGHT',
	'TZOFFSETFROM:+0100',
	'TZOFFSETTO:+0200',
	'TZNAME:CEST',
	'DTSTART:19700329T020000',
	'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
	'END:DAYLIGHT',
	'BEGIN:STANDARD',
	'TZOFFSETFROM:+0200',
	'TZOFFSETTO:+0100',
	'TZNAME:CET',
	'DTSTART:19701025T030000',
	'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
	'END:STANDARD',
	'END:VTIMEZONE'
];

const tzLocal = (d: Date) => `;TZID=${BERLIN}:${icsLocal(toBerlin(d))}`;

/** The stored RRULE as one RFC 5545 value with UNTIL in UTC; null when unusable. */
export function normalizeRrule(raw: string, until: string | null): string | null {
	const line = raw
		.split(/\r?\n/)
		.map((l) => l.trim())
		.find((l) => /^(RRULE:)?FREQ=/i.test(l));
	if (!line) return null;
	const parts = new Map<string, string>();
	for (const p of line.replace(/^RRULE:/i, '').split(';')) {
		const [k, ...v] = p.split('=');
		if (k && v.length > 0) parts.set(k.trim().toUpperCase(), v.join('=').trim());
	}
	if (!parts.has('FREQ')) return null;
	const ruleUntil = parts.get('UNTIL');
	if (ruleUntil) {
		const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2}))?$/.exec(ruleUntil);
		if (m) {
			// A date or a floating time is a Berlin wall-clock time; UNTIL must be UTC with a TZID DTSTART.
			const [, y, mo, d, h, mi, s] = m.map(Number) as number[];
			const local = m[4]
				? { year: y!, month: mo!, day: d!, hour: h!, minute: mi!, second: s! }
				: { year: y!, month: mo!, day: d!, hour: 23, minute: 59, second: 59 };
			parts.set('UNTIL', icsUtc(fromBerlin(local)));
		}
	} else if (until && !parts.has('COUNT')) {
		parts.set('UNTIL', icsUtc(endOfDayIfMidnight(new Date(until))));
	}
	return [...parts].map(([k, v]) => `${k}=${v}`).join(';');
}

/** An `until` at 00:00 Berlin time means "including that day". */
function endOfDayIfMidnight(d: Date): Date {
	const l = toBerlin(d);
	if (l.hour === 0 && l.minute === 0 && l.second === 0) {
		return fromBerlin({ ...l, hour: 23, minute: 59, second: 59 });
	}
	return d;
}

/** Exceptions are ISO date-times, or dates that take the start's time of day. */
function exceptionInstants(exceptions: string[], start: Date): Date[] {
	const s = toBerlin(start);
	const out: Date[] = [];
	for (const e of exceptions) {
		const dateOnly = /^(\d{4})-(\d{2})-(\d{2})$/.exec(e);
		const d = dateOnly
			? fromBerlin({ ...s, year: +dateOnly[1]!, month: +dateOnly[2]!, day: +dateOnly[3]! })
			: new Date(e);
		if (!Number.isNaN(d.getTime())) out.push(d);
	}
	return out;
}

interface EventSpec {
	uid: string;
	start: Date;
	end: Date | null;
	note: string | null;
	rrule?: string;
	exdates?: Date[];
}

function eventsOf(offer: TOffer, host: string): EventSpec[] {
	const s = offer.schedule;
	const minutes = s.durationMinutes;
	const plus = (d: Date) => (minutes ? new Date(d.getTime() + minutes * 60_000) : null);
	if (s.type === 'dates') {
		return s.dates.map((d, i) => {
			const start = new Date(d.startsAt);
			return {
				uid: `${offer.id}-${i + 1}@${host}`,
				start,
				end: d.endsAt ? new Date(d.endsAt) : plus(start),
				note: d.note
			};
		});
	}
	if (s.type === 'recurring' && s.start && s.rrule) {
		const rrule = normalizeRrule(s.rrule, s.until);
		if (!rrule) return [];
		const start = new Date(s.start);
		return [
			{
				uid: `${offer.id}@${host}`,
				start,
				end: plus(start),
				note: null,
				rrule,
				exdates: exceptionInstants(s.exceptions, start)
			}
		];
	}
	return [];
}

/** Whether the offer has anything to put in a calendar (dates, or a usable recurrence). */
export function offerHasCalendar(offer: TOffer): boolean {
	return eventsOf(offer, 'x').length > 0;
}

function locationText(offer: TOffer): string {
	const l = offer.location;
	const place = l.atInstitution ? offer.institution.name : l.name;
	return [place, l.street, `${l.postalCode} ${l.locality}`.trim()]
		.filter((p): p is string => !!p && p.trim() !== '')
		.join(', ');
}

const geo = (n: number) => String(Math.round(n * 1e6) / 1e6);

export function offerToIcs(offer: TOffer, opts: IcsOptions): string {
	const host = new URL(opts.baseUrl).hostname;
	const events = eventsOf(offer, host);
	if (events.length === 0) {
		throw new AppError(ErrorCode.NotFound, 'Dieses Angebot hat keine Termine.');
	}
	const dtstamp = icsUtc(opts.now ?? new Date());
	const lines: string[] = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		`PRODID:-//${escapeText(opts.cityName)}//Bildungslandschaft//DE`,
		'CALSCALE:GREGORIAN',
		'METHOD:PUBLISH',
		`X-WR-CALNAME:${escapeText(offer.title)}`,
		`X-WR-TIMEZONE:${BERLIN}`,
		...VTIMEZONE_BERLIN
	];
	const location = locationText(offer);
	for (const e of events) {
		const description = [offer.summary, e.note, offer.schedule.note, offer.url]
			.filter((p): p is string => !!p && p.trim() !== '')
			.join('\n\n');
		lines.push(
			'BEGIN:VEVENT',
			`UID:${e.uid}`,
			`DTSTAMP:${dtstamp}`,
			`DTSTART${tzLocal(e.start)}`,
			...(e.end && e.end > e.start ? [`DTEND${tzLocal(e.end)}`] : []),
			...(e.rrule ? [`RRULE:${e.rrule}`] : []),
			...(e.exdates?.length
				? [`EXDATE;TZID=${BERLIN}:${e.exdates.map((d) => icsLocal(toBerlin(d))).join(',')}`]
				: []),
			`SUMMARY:${escapeText(offer.title)}`,
			`DESCRIPTION:${escapeText(description)}`,
			...(location ? [`LOCATION:${escapeText(location)}`] : []),
			`GEO:${geo(offer.location.lat)};${geo(offer.location.lon)}`,
			`URL:${offer.url}`,
			`LAST-MODIFIED:${icsUtc(new Date(offer.updatedAt))}`,
			'END:VEVENT'
		);
	}
	lines.push('END:VCALENDAR');
	return lines.map(foldLine).join('\r\n') + '\r\n';
}
