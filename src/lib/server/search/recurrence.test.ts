import * as rruleModule from 'rrule';
import { describe, expect, it } from 'vitest';
import { expandRule, parseRule } from './recurrence';
import { startsOf } from './schedule';
import { makeOffer } from './test-fixtures';
import { TimeZone } from './timezone';

type RRuleModule = typeof import('rrule');
const ns = rruleModule as unknown as RRuleModule & { default?: RRuleModule };
const { RRule } = 'RRule' in ns && ns.RRule ? ns : ns.default!;

const tz = new TimeZone('Europe/Berlin');
const DAY = 86_400_000;

describe('recurrence fast path', () => {
	const rules = [
		'FREQ=WEEKLY',
		'FREQ=WEEKLY;BYDAY=TU',
		'FREQ=WEEKLY;BYDAY=MO,WE,FR',
		'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH',
		'FREQ=WEEKLY;INTERVAL=2;BYDAY=SU,TU;WKST=SU',
		'FREQ=WEEKLY;INTERVAL=3;COUNT=7',
		'FREQ=WEEKLY;BYDAY=SA;UNTIL=20250601T000000',
		'FREQ=DAILY',
		'FREQ=DAILY;INTERVAL=3;COUNT=20',
		'FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR'
	];
	const starts = [
		Date.UTC(2025, 0, 7, 15, 0),
		Date.UTC(2024, 10, 30, 9, 30),
		Date.UTC(2025, 2, 2, 18)
	];

	it.each(rules)('gives the same occurrences as the rrule package: %s', (rule) => {
		const parsed = parseRule(rule)!;
		expect(parsed.fastWeekdays).not.toBeNull();
		for (const dtstart of starts) {
			for (const [from, to] of [
				[dtstart - 10 * DAY, dtstart + 200 * DAY],
				[dtstart + 40 * DAY, dtstart + 90 * DAY]
			] as const) {
				const ours = expandRule(parsed, dtstart, null, { from, to, cap: 1000 }, tz).starts;
				const reference = new RRule({ ...parsed.options, dtstart: new Date(dtstart) })
					.between(new Date(from), new Date(to), true)
					.map((d) => d.getTime());
				expect(ours).toEqual(reference);
			}
		}
	});

	it('leaves monthly rules to the rrule package', () => {
		expect(parseRule('FREQ=MONTHLY;BYDAY=2TU')!.fastWeekdays).toBeNull();
		const s = makeOffer({
			schedule: {
				type: 'recurring',
				rrule: 'FREQ=MONTHLY;BYDAY=2TU',
				start: '2025-01-14T16:00:00Z'
			}
		}).schedule;
		const got = startsOf(s, tz, Date.UTC(2025, 0, 1), Date.UTC(2025, 3, 30), 100).starts;
		// 2nd Tuesdays at 17:00 local: 11 Feb (CET), 8 Apr (CEST).
		expect(got.map((t) => new Date(t).toISOString())).toEqual([
			'2025-01-14T16:00:00.000Z',
			'2025-02-11T16:00:00.000Z',
			'2025-03-11T16:00:00.000Z',
			'2025-04-08T15:00:00.000Z'
		]);
	});

	it('treats invalid rules as "first date only"', () => {
		expect(parseRule('NONSENSE')).toBeNull();
		const s = makeOffer({
			schedule: { type: 'recurring', rrule: 'NONSENSE', start: '2025-05-01T10:00:00Z' }
		}).schedule;
		expect(startsOf(s, tz, 0, Date.UTC(2030, 0), 10).starts).toEqual([Date.UTC(2025, 4, 1, 10)]);
	});
});

describe('schedule occurrences', () => {
	const weeklyTuesday = makeOffer({
		schedule: {
			type: 'recurring',
			rrule: 'FREQ=WEEKLY;BYDAY=TU',
			start: '2025-03-18T14:00:00Z', // 15:00 CET
			until: '2025-04-15T22:00:00Z',
			exceptions: ['2025-03-25T14:00:00.000Z', '2025-04-08']
		}
	}).schedule;

	it('keeps local wall-clock time across DST, respects until and exceptions', () => {
		const got = startsOf(weeklyTuesday, tz, Date.UTC(2025, 0), Date.UTC(2026, 0), 100).starts;
		expect(got.map((t) => new Date(t).toISOString())).toEqual([
			'2025-03-18T14:00:00.000Z',
			'2025-04-01T13:00:00.000Z', // 15:00 CEST after the switch on 30 March
			'2025-04-15T13:00:00.000Z'
		]);
	});

	it('converts local days to instants in Europe/Berlin', () => {
		expect(new Date(tz.startOfDay('2025-07-01')).toISOString()).toBe('2025-06-30T22:00:00.000Z');
		expect(new Date(tz.endOfDay('2025-01-31')).toISOString()).toBe('2025-01-31T22:59:59.999Z');
	});
});
