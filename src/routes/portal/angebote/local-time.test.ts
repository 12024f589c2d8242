import { describe, expect, it } from 'vitest';
import {
	isoToLocal,
	localToIso,
	localToOffsetIso,
	offsetMinutesAt,
	parseLocalDate,
	parseLocalTime
} from './local-time';

const TZ = 'Europe/Berlin';
const day = (s: string) => parseLocalDate(s)!;

describe('Berlin wall-clock time', () => {
	it('uses winter and summer offsets on either side of the switches', () => {
		// Summer time starts 29 March 2026 at 02:00 and ends 25 October 2026 at 03:00.
		expect(offsetMinutesAt(day('2026-03-28'), 15 * 60, TZ)).toBe(60);
		expect(offsetMinutesAt(day('2026-03-29'), 15 * 60, TZ)).toBe(120);
		expect(offsetMinutesAt(day('2026-10-24'), 15 * 60, TZ)).toBe(120);
		expect(offsetMinutesAt(day('2026-10-25'), 15 * 60, TZ)).toBe(60);
		expect(offsetMinutesAt(day('2026-03-29'), 1 * 60 + 30, TZ)).toBe(60);
		expect(offsetMinutesAt(day('2026-03-29'), 3 * 60 + 30, TZ)).toBe(120);
	});

	it('turns local times into instants and back', () => {
		expect(localToIso(day('2026-03-28'), 15 * 60, TZ)).toBe('2026-03-28T14:00:00.000Z');
		expect(localToIso(day('2026-03-30'), 15 * 60, TZ)).toBe('2026-03-30T13:00:00.000Z');
		expect(localToOffsetIso(day('2026-07-01'), 15 * 60, TZ)).toBe('2026-07-01T15:00:00+02:00');
		expect(localToOffsetIso(day('2026-12-01'), 9 * 60 + 5, TZ)).toBe('2026-12-01T09:05:00+01:00');
		expect(isoToLocal('2026-03-30T13:00:00.000Z', TZ)).toEqual({
			date: '2026-03-30',
			time: '15:00'
		});
		expect(isoToLocal('2026-12-31T23:30:00.000Z', TZ)).toEqual({
			date: '2027-01-01',
			time: '00:30'
		});
		expect(isoToLocal('kein Datum', TZ)).toBeNull();
	});

	it('moves a time in the spring gap to summer time', () => {
		// 02:30 does not exist on 29 March 2026; it is read as 03:30 summer time.
		expect(localToIso(day('2026-03-29'), 2 * 60 + 30, TZ)).toBe('2026-03-29T01:30:00.000Z');
	});
});

describe('dates and times as typed', () => {
	it.each([
		['2026-03-31', { year: 2026, month: 3, day: 31 }],
		['31.03.2026', { year: 2026, month: 3, day: 31 }],
		['1.4.2026', { year: 2026, month: 4, day: 1 }]
	])('%s is a date', (text, expected) => {
		expect(parseLocalDate(text)).toEqual(expected);
	});

	it.each(['', '2026-02-30', '31.04.2026', 'morgen', '2026/03/31', '1800-01-01'])(
		'"%s" is not a date',
		(text) => {
			expect(parseLocalDate(text)).toBeNull();
		}
	);

	it('reads times with colon, dot or only the hour', () => {
		expect(parseLocalTime('15:00')).toBe(900);
		expect(parseLocalTime('9.30')).toBe(570);
		expect(parseLocalTime('15 Uhr')).toBe(900);
		expect(parseLocalTime('24:00')).toBeNull();
		expect(parseLocalTime('12:60')).toBeNull();
		expect(parseLocalTime('mittags')).toBeNull();
	});
});
