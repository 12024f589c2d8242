import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, normalizeRrule, offerHasCalendar, offerToIcs } from './ical';
import { recurringSchedule, sampleOffer } from './sample-offer';

const opts = {
	baseUrl: 'https://bildung.example.de',
	cityName: 'Salzgitter',
	now: new Date('2025-03-01T08:00:00Z')
};

/** Unfolds content lines (RFC 5545 3.1). */
const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, '').split('\r\n');
const valuesOf = (ics: string, name: string) =>
	unfold(ics)
		.filter((l) => l.startsWith(`${name}:`) || l.startsWith(`${name};`))
		.map((l) => l.slice(l.indexOf(':') + 1));

describe('escapeText and foldLine', () => {
	it('escapes backslash, semicolon, comma and newlines', () => {
		expect(escapeText('a\\b;c,d\r\ne\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
	});

	it('folds at 75 octets without splitting UTF-8 characters', () => {
		const line = `DESCRIPTION:${'Größenänderung für Übungsgruppen – '.repeat(8)}`;
		const folded = foldLine(line);
		const parts = folded.split('\r\n');
		expect(parts.length).toBeGreaterThan(1);
		for (const [i, p] of parts.entries()) {
			expect(Buffer.byteLength(p, 'utf8')).toBeLessThanOrEqual(75);
			if (i > 0) expect(p.startsWith(' ')).toBe(true);
			expect(p).not.toContain('\uFFFD');
		}
		expect(parts.map((p, i) => (i ? p.slice(1) : p)).join('')).toBe(line);
		expect(foldLine('SHORT:x')).toBe('SHORT:x');
	});
});

describe('offerToIcs for dated offers', () => {
	const offer = sampleOffer({ title: 'Deutsch, A1; für \\ alle' });
	const ics = offerToIcs(offer, opts);

	it('is a CRLF calendar with the required properties and the Berlin time zone', () => {
		expect(ics.endsWith('\r\n')).toBe(true);
		expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
		for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
		const lines = unfold(ics);
		expect(lines[0]).toBe('BEGIN:VCALENDAR');
		expect(lines).toEqual(
			expect.arrayContaining([
				'VERSION:2.0',
				'PRODID:-//Salzgitter//Bildungslandschaft//DE',
				'CALSCALE:GREGORIAN',
				'METHOD:PUBLISH',
				'BEGIN:VTIMEZONE',
				'TZID:Europe/Berlin',
				'TZNAME:CET',
				'TZNAME:CEST',
				'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
				'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
				'END:VCALENDAR'
			])
		);
	});

	it('has one VEVENT per date with UID, DTSTAMP and local start/end times', () => {
		expect(valuesOf(ics, 'BEGIN').filter((v) => v === 'VEVENT')).toHaveLength(2);
		expect(valuesOf(ics, 'UID')).toEqual([
			`${offer.id}-1@bildung.example.de`,
			`${offer.id}-2@bildung.example.de`
		]);
		expect(valuesOf(ics, 'DTSTAMP')).toEqual(['20250301T080000Z', '20250301T080000Z']);
		const lines = unfold(ics);
		// 17:00Z in March is 18:00 CET; 16:00Z in July is 18:00 CEST.
		expect(lines).toContain('DTSTART;TZID=Europe/Berlin:20250310T180000');
		expect(lines).toContain('DTEND;TZID=Europe/Berlin:20250310T193000');
		expect(lines).toContain('DTSTART;TZID=Europe/Berlin:20250714T180000');
		// no end given: start + durationMinutes
		expect(lines).toContain('DTEND;TZID=Europe/Berlin:20250714T193000');
	});

	it('escapes text values and carries summary, URL, location and geo', () => {
		expect(valuesOf(ics, 'SUMMARY')[0]).toBe('Deutsch\\, A1\\; für \\\\ alle');
		expect(valuesOf(ics, 'DESCRIPTION')[1]).toBe(
			'Deutsch lernen\\; Schritt für Schritt\\, mit Spaß\\n\\nAbschluss\\n\\nhttps://bildung.example.de/angebote/sprachkurs-deutsch-a1'
		);
		expect(valuesOf(ics, 'LOCATION')[0]).toBe(
			'Volkshochschule Salzgitter\\, Kattowitzer Straße 186\\, 38226 Salzgitter'
		);
		expect(valuesOf(ics, 'URL')[0]).toBe(offer.url);
		expect(valuesOf(ics, 'GEO')[0]).toBe('52.1561;10.3301');
	});
});

describe('offerToIcs for recurring offers', () => {
	const offer = sampleOffer({ format: 'regelmaessig', schedule: recurringSchedule });
	const ics = offerToIcs(offer, opts);

	it('has one VEVENT with RRULE, UNTIL in UTC and EXDATEs in local time', () => {
		const lines = unfold(ics);
		expect(valuesOf(ics, 'UID')).toEqual([`${offer.id}@bildung.example.de`]);
		expect(lines).toContain('DTSTART;TZID=Europe/Berlin:20250304T150000');
		expect(lines).toContain('DTEND;TZID=Europe/Berlin:20250304T160000');
		// until 2025-06-24 00:00 Berlin means "including 24 June": end of that day in UTC
		expect(lines).toContain('RRULE:FREQ=WEEKLY;BYDAY=TU;UNTIL=20250624T215959Z');
		expect(lines).toContain('EXDATE;TZID=Europe/Berlin:20250415T150000,20250422T150000');
	});

	it('normalises stored rules', () => {
		expect(normalizeRrule('RRULE:FREQ=WEEKLY;UNTIL=20250630', null)).toBe(
			'FREQ=WEEKLY;UNTIL=20250630T215959Z'
		);
		expect(
			normalizeRrule('DTSTART:20250101T100000\nRRULE:FREQ=DAILY;COUNT=3', '2025-06-01T00:00:00Z')
		).toBe('FREQ=DAILY;COUNT=3');
		expect(normalizeRrule('nonsense', null)).toBeNull();
	});
});

describe('offers without a calendar', () => {
	it('ongoing offers and empty date lists have none', () => {
		const ongoing = sampleOffer({
			schedule: { ...sampleOffer().schedule, type: 'ongoing', dates: [] }
		});
		expect(offerHasCalendar(ongoing)).toBe(false);
		expect(() => offerToIcs(ongoing, opts)).toThrow();
		expect(
			offerHasCalendar(sampleOffer({ schedule: { ...sampleOffer().schedule, dates: [] } }))
		).toBe(false);
		expect(offerHasCalendar(sampleOffer())).toBe(true);
	});
});
