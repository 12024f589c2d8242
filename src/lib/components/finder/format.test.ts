import { describe, expect, it } from 'vitest';
import {
	describeExceptions,
	describeRecurrence,
	formatAges,
	formatDateTimeRange,
	formatPrice,
	parseRrule
} from './format';

const TZ = 'Europe/Berlin';
const weekly = (rrule: string, extra: Partial<Parameters<typeof describeRecurrence>[0]> = {}) => ({
	rrule,
	start: '2026-09-01T13:00:00.000Z',
	until: null,
	durationMinutes: 90,
	exceptions: [],
	...extra
});

describe('formatting offer facts', () => {
	it('formats a date with a time range in Berlin time', () => {
		expect(
			formatDateTimeRange('2026-12-01T14:00:00.000Z', '2026-12-01T15:30:00.000Z', 'de', TZ)
		).toBe('Di., 1. Dezember 2026, 15:00–16:30 Uhr');
		expect(formatDateTimeRange('2026-07-07T08:00:00.000Z', null, 'en', TZ)).toBe(
			'Tue, 7 July 2026, 10:00'
		);
	});

	it('formats prices and ages', () => {
		expect(formatPrice(2500, 'de')).toMatch(/^25,00\s€$/);
		expect(formatAges(6, 10, 'de')).toBe('6–10 Jahre');
		expect(formatAges(16, null, 'de')).toBe('ab 16 Jahren');
		expect(formatAges(18, 99, 'de')).toBe('ab 18 Jahren');
		expect(formatAges(0, 120, 'de')).toBeNull();
		expect(formatAges(null, null, 'en')).toBeNull();
	});

	it('reads RRULE text with or without prefix', () => {
		expect(parseRrule('RRULE:FREQ=WEEKLY;BYDAY=TU')).toEqual({ FREQ: 'WEEKLY', BYDAY: 'TU' });
		expect(parseRrule('DTSTART:20260901T150000\nRRULE:freq=daily')).toEqual({ FREQ: 'DAILY' });
	});

	it('describes weekly and monthly recurrences in words', () => {
		expect(describeRecurrence(weekly('FREQ=WEEKLY;BYDAY=TU'), 'de', TZ)).toBe(
			'jeden Dienstag, 15:00–16:30 Uhr'
		);
		expect(describeRecurrence(weekly('FREQ=WEEKLY;BYDAY=TU'), 'en', TZ)).toBe(
			'every Tuesday, 15:00–16:30'
		);
		expect(describeRecurrence(weekly('FREQ=WEEKLY;BYDAY=MO,WE,FR'), 'de', TZ)).toBe(
			'jeden Montag, Mittwoch und Freitag, 15:00–16:30 Uhr'
		);
		expect(describeRecurrence(weekly('FREQ=WEEKLY;INTERVAL=2;BYDAY=TH'), 'de', TZ)).toBe(
			'jeden zweiten Donnerstag, 15:00–16:30 Uhr'
		);
		expect(describeRecurrence(weekly('FREQ=WEEKLY;INTERVAL=3;BYDAY=TH'), 'en', TZ)).toBe(
			'every 3 weeks on Thursday, 15:00–16:30'
		);
		expect(
			describeRecurrence(
				weekly('RRULE:FREQ=MONTHLY;BYDAY=1WE', { until: '2027-06-30T21:59:00.000Z' }),
				'de',
				TZ
			)
		).toBe('jeden ersten Mittwoch im Monat, 15:00–16:30 Uhr, bis 30. Juni 2027');
		expect(describeRecurrence(weekly('FREQ=MONTHLY;BYDAY=-1FR'), 'en', TZ)).toBe(
			'on the last Friday of every month, 15:00–16:30'
		);
	});

	it('gives up on rules it cannot put into words', () => {
		expect(describeRecurrence(weekly('FREQ=YEARLY;BYMONTH=3'), 'de', TZ)).toBeNull();
		expect(describeRecurrence(weekly(''), 'de', TZ)).toBeNull();
	});

	it('lists exceptions', () => {
		expect(describeExceptions(['2026-12-24', '2026-12-31'], 'de', TZ)).toBe(
			'außer am 24. Dezember 2026 und 31. Dezember 2026'
		);
		expect(describeExceptions([], 'de', TZ)).toBeNull();
	});
});
