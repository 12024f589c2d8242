import { describe, expect, it } from 'vitest';
import { diffOfferInputs, type OfferDiffRow } from './offer-diff';
import { parseOfferInput, type TOfferInput, type TOfferInputRaw } from './offer-input';

function input(over: Partial<TOfferInputRaw> = {}): TOfferInput {
	const parsed = parseOfferInput({
		institution: { slug: 'vhs-salzgitter' },
		title: 'Deutsch im Alltag',
		description: 'Ein Gesprächskurs für Menschen, die Deutsch im Alltag sicherer sprechen möchten.',
		format: 'kurs',
		topics: ['sprache'],
		lifePhases: ['erwachsene'],
		languages: ['de'],
		cost: { type: 'paid', amountCents: 4900 },
		schedule: {
			type: 'dates',
			dates: [
				{ startsAt: '2027-03-09T17:00:00+01:00' },
				{ startsAt: '2027-03-02T17:00:00+01:00', endsAt: '2027-03-02T18:30:00+01:00' }
			]
		},
		...over
	});
	if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
	return parsed.data;
}

const byPath = (rows: OfferDiffRow[], path: string) => rows.find((r) => r.path === path);

describe('diffOfferInputs', () => {
	it('shows a new offer in full, with readable values and nothing marked as changed', () => {
		const rows = diffOfferInputs(null, input());
		expect(rows.every((r) => r.before === null && !r.changed)).toBe(true);
		expect(byPath(rows, 'title')).toMatchObject({ label: 'Titel', after: 'Deutsch im Alltag' });
		expect(byPath(rows, 'format')?.after).toBe('Kurs');
		expect(byPath(rows, 'topics')?.after).toBe('Sprache und Sprachförderung');
		expect(byPath(rows, 'cost.amountCents')?.after).toBe('49,00\u00a0€');
		// Dates in Berlin time, sorted, one per line.
		expect(byPath(rows, 'schedule.dates')?.after).toBe(
			'Di., 2. März 2027, 17:00–18:30 Uhr\nDi., 9. März 2027, 17:00 Uhr'
		);
		// A recommended field that is empty is still listed; a schedule-type field that does not apply is not.
		expect(byPath(rows, 'summary')).toMatchObject({ after: '', labelKey: 'admin_field_summary' });
		expect(byPath(rows, 'schedule.rrule')).toBeUndefined();
		expect(byPath(rows, 'externalId')).toBeUndefined();
	});

	it('marks exactly the fields a change touches, including translations and dates', () => {
		const before = input();
		const after = input({
			title: 'Deutsch im Alltag (Abendkurs)',
			cost: { type: 'paid', amountCents: 5500 },
			translations: { en: { title: 'German for everyday life' } },
			schedule: {
				type: 'dates',
				dates: [
					{ startsAt: '2027-03-02T17:00:00+01:00', endsAt: '2027-03-02T18:30:00+01:00' },
					{ startsAt: '2027-03-09T17:00:00+01:00' },
					{ startsAt: '2027-03-30T18:00:00+02:00', note: 'Abschluss' }
				]
			}
		});
		const rows = diffOfferInputs(before, after);
		expect(rows.filter((r) => r.changed).map((r) => r.path)).toEqual([
			'title',
			'translations.en.title',
			'cost.amountCents',
			'schedule.dates'
		]);
		expect(byPath(rows, 'cost.amountCents')).toMatchObject({
			before: '49,00\u00a0€',
			after: '55,00\u00a0€'
		});
		expect(byPath(rows, 'translations.en.title')).toMatchObject({
			label: 'Titel (Englisch)',
			before: '',
			after: 'German for everyday life'
		});
		// Summer time: 18:00 in Berlin on 30 March 2027.
		expect(byPath(rows, 'schedule.dates')?.after.split('\n')[2]).toBe(
			'Di., 30. März 2027, 18:00 Uhr (Abschluss)'
		);
		expect(byPath(rows, 'format')).toMatchObject({ before: 'Kurs', after: 'Kurs', changed: false });
	});

	it('describes recurrences, venues and booleans, and answers in English when asked', () => {
		const before = input();
		const after = input({
			schedule: {
				type: 'recurring',
				rrule: 'FREQ=WEEKLY;BYDAY=TU',
				start: '2027-03-02T17:00:00+01:00',
				until: '2027-06-29T17:00:00+02:00',
				durationMinutes: 90
			},
			location: {
				atInstitution: false,
				street: 'Marktplatz 1',
				postalCode: '38259',
				locality: 'Salzgitter',
				district: { slug: 'salzgitter-bad' }
			},
			accessibility: { wheelchairAccessible: true }
		});
		const de = diffOfferInputs(before, after);
		expect(byPath(de, 'schedule.rrule')?.after).toBe('jeden Dienstag (FREQ=WEEKLY;BYDAY=TU)');
		expect(byPath(de, 'schedule.until')?.after).toBe('29. Juni 2027');
		expect(byPath(de, 'schedule.dates')).toMatchObject({ after: '', changed: true });
		expect(byPath(de, 'location.atInstitution')).toMatchObject({
			before: 'In der Einrichtung',
			after: 'An einem anderen Ort'
		});
		expect(byPath(de, 'location.district')?.after).toBe('Salzgitter-Bad');
		expect(byPath(de, 'accessibility.wheelchairAccessible')).toMatchObject({
			before: 'Unbekannt',
			after: 'Ja'
		});

		const en = diffOfferInputs(before, after, { locale: 'en' });
		expect(byPath(en, 'schedule.type')).toMatchObject({
			label: 'Schedule',
			before: 'Single dates',
			after: 'Recurring'
		});
		expect(byPath(en, 'schedule.durationMinutes')?.after).toBe('90 minutes');
	});

	it('reports no change for identical versions', () => {
		const rows = diffOfferInputs(input(), input());
		expect(rows.length).toBeGreaterThan(10);
		expect(rows.some((r) => r.changed)).toBe(false);
	});
});
