import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '$lib/server/db/client';
import { insertFixtures } from '$lib/server/api/fixtures';
import { createTestDb } from '$lib/server/testing/db';
import { getOfferById } from '$lib/server/offers/offer.queries';
import { offerToInput, parseOfferInput, type TOfferInput } from '$lib/server/offers/offer-input';
import {
	applyRowIntent,
	buildRule,
	emptyFormValues,
	fieldForIssue,
	formatEuroAmount,
	inputToForm,
	parseEuroAmount,
	readIntent,
	readOfferForm,
	ruleToBuilder,
	validateOfferForm,
	type FormContext,
	type OfferFormValues
} from './offer-form';

const TZ = 'Europe/Berlin';
const INST = '11111111-1111-4111-8111-111111111111';

/** What a browser posts for these values: the field names the editor renders. */
function formDataOf(v: OfferFormValues): FormData {
	const fd = new FormData();
	const put = (name: string, value: string | boolean) => {
		if (value === false) return;
		fd.append(name, value === true ? 'yes' : value);
	};
	put('institution', v.institution);
	put('externalId', v.externalId);
	put('title', v.title);
	put('summary', v.summary);
	put('description', v.description);
	put('format', v.format);
	for (const t of v.topics) put('topics', t);
	for (const t of v.lifePhases) put('lifePhases', t);
	put('ageMin', v.ageMin);
	put('ageMax', v.ageMax);
	for (const l of v.languages) put('languages', l);
	v.translations.forEach((t, i) => {
		put(`translations.${i}.lang`, t.lang);
		put(`translations.${i}.title`, t.title);
		put(`translations.${i}.summary`, t.summary);
		put(`translations.${i}.description`, t.description);
	});
	put('translationNew', v.translationNew);
	put('cost.type', v.cost.type);
	put('cost.amount', v.cost.amount);
	put('cost.note', v.cost.note);
	put('reducedFee', v.reducedFee);
	put('butEligible', v.butEligible);
	put('accessibility.wheelchair', v.accessibility.wheelchair);
	put('accessibility.notes', v.accessibility.notes);
	for (const [k, value] of Object.entries(v.location)) put(`location.${k}`, value);
	for (const [k, value] of Object.entries(v.registration)) put(`registration.${k}`, value);
	for (const s of v.sdgs) put('sdgs', s);
	const s = v.schedule;
	put('schedule.type', s.type);
	put('schedule.note', s.note);
	put('schedule.durationMinutes', s.durationMinutes);
	s.dates.forEach((d, i) => {
		for (const [k, value] of Object.entries(d)) put(`schedule.dates.${i}.${k}`, value);
	});
	const r = s.recurrence;
	put('recurrence.frequency', r.frequency);
	for (const d of r.weekdays) put('recurrence.weekdays', d);
	put('recurrence.monthWeek', r.monthWeek);
	put('recurrence.startDate', r.startDate);
	put('recurrence.startTime', r.startTime);
	put('recurrence.untilDate', r.untilDate);
	put('recurrence.untilIso', r.untilIso);
	r.exceptions.forEach((e, i) => put(`recurrence.exceptions.${i}`, e));
	put('recurrence.rrule', r.rrule);
	return fd;
}

/** Input → form → posted form → input. */
function roundTrip(input: TOfferInput, locale: 'de' | 'en' = 'de') {
	const values = inputToForm(input, { timeZone: TZ, locale });
	const posted = readOfferForm(formDataOf(values));
	return validateOfferForm(posted, {
		institutionId: input.institution.id!,
		timeZone: TZ,
		locale
	});
}

const fullInput = (): TOfferInput => {
	const parsed = parseOfferInput({
		institution: { id: INST },
		externalId: 'KURS-17',
		title: 'Deutsch im Alltag',
		summary: 'Gesprächskurs für den Alltag',
		description: 'Ein Gesprächskurs für Menschen, die Deutsch im Alltag sicherer sprechen möchten.',
		translations: {
			en: { title: 'Everyday German', summary: null, description: 'A conversation course.' },
			ar: { title: 'الألمانية اليومية', summary: 'دورة محادثة', description: null }
		},
		format: 'kurs',
		topics: ['sprache'],
		lifePhases: ['erwachsene', 'familien'],
		ageMin: 16,
		ageMax: 99,
		languages: ['de', 'ar'],
		cost: { type: 'paid', amountCents: 1250, note: 'inkl. Material', reducedFeeAvailable: true },
		butEligible: true,
		accessibility: { wheelchairAccessible: false, notes: 'Eingang mit zwei Stufen' },
		location: {
			atInstitution: false,
			name: 'Stadtteiltreff',
			street: 'Marktplatz 1',
			postalCode: '38226',
			locality: 'Salzgitter',
			district: { slug: 'lebenstedt' },
			lat: 52.15,
			lon: 10.33
		},
		schedule: {
			type: 'recurring',
			note: 'außer in den Schulferien',
			rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH',
			start: '2026-03-24T14:00:00.000Z',
			until: '2026-07-31T21:59:00.000Z',
			durationMinutes: 90,
			exceptions: ['2026-04-07T13:00:00.000Z', '2026-12-22T14:00:00.000Z'],
			dates: []
		},
		registration: {
			required: true,
			url: 'https://vhs.example/anmeldung',
			email: 'kurse@vhs.example',
			phone: '05341 839-0',
			note: 'bis eine Woche vorher'
		},
		sdgs: [4, 10]
	});
	if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
	return parsed.data;
};

describe('offer form ⇄ write body', () => {
	let handle: DbHandle;
	let fx: Awaited<ReturnType<typeof insertFixtures>>;
	beforeAll(async () => {
		handle = await createTestDb();
		fx = await insertFixtures(handle.db);
	});
	afterAll(() => handle.close());

	it('gives back the same body for every stored fixture offer', async () => {
		let checked = 0;
		for (const offer of Object.values(fx.offers)) {
			const stored = await getOfferById(handle.db, offer.id);
			const input = offerToInput(stored!);
			// The bare draft fixture lacks topics: it is not a valid body to begin with.
			if (!parseOfferInput(input).ok) continue;
			checked++;
			const result = roundTrip(input);
			expect(result.ok, JSON.stringify(!result.ok && result.errors)).toBe(true);
			// The form carries the institution by id only (the slug is a read-only extra).
			if (result.ok)
				expect(result.input).toEqual({ ...input, institution: { id: offer.institutionId } });
		}
		expect(checked).toBe(3);
	});

	it('gives back the same body for an offer using every field', () => {
		const input = fullInput();
		for (const locale of ['de', 'en'] as const) {
			const result = roundTrip(input, locale);
			expect(result.ok, JSON.stringify(!result.ok && result.errors)).toBe(true);
			if (result.ok) expect(result.input).toEqual(input);
		}
	});

	it('keeps single dates and their notes', () => {
		const input = fullInput();
		input.schedule = {
			...input.schedule,
			type: 'dates',
			rrule: null,
			start: null,
			until: null,
			exceptions: [],
			dates: [
				{ startsAt: '2026-03-28T14:00:00.000Z', endsAt: '2026-03-28T15:30:00.000Z', note: null },
				{ startsAt: '2026-03-30T13:00:00.000Z', endsAt: null, note: 'im Garten' }
			]
		};
		const values = inputToForm(input, { timeZone: TZ, locale: 'de' });
		// Wall-clock times in Berlin on both sides of the switch to summer time (29 March 2026).
		expect(values.schedule.dates).toEqual([
			{ date: '2026-03-28', start: '15:00', end: '16:30', note: '' },
			{ date: '2026-03-30', start: '15:00', end: '', note: 'im Garten' }
		]);
		const result = roundTrip(input);
		expect(result.ok && result.input).toEqual(input);
	});

	it('shows a rule the builder cannot express in the raw field, and keeps it', () => {
		const input = fullInput();
		input.schedule.rrule = 'FREQ=MONTHLY;BYMONTHDAY=15';
		const values = inputToForm(input, { timeZone: TZ, locale: 'de' });
		expect(values.schedule.recurrence.rrule).toBe('FREQ=MONTHLY;BYMONTHDAY=15');
		const result = roundTrip(input);
		expect(result.ok && result.input.schedule.rrule).toBe('FREQ=MONTHLY;BYMONTHDAY=15');
	});

	it('keeps a stored end while its day is unchanged, and ends a new last day at 23:59', () => {
		const input = fullInput();
		input.schedule.until = '2026-07-30T22:00:00.000Z';
		const values = inputToForm(input, { timeZone: TZ, locale: 'de' });
		expect(values.schedule.recurrence.untilDate).toBe('2026-07-31');
		const opts = { institutionId: INST, timeZone: TZ, locale: 'de' as const };
		const same = validateOfferForm(readOfferForm(formDataOf(values)), opts);
		expect(same.ok && same.input.schedule.until).toBe('2026-07-30T22:00:00.000Z');
		values.schedule.recurrence.untilDate = '2026-08-14';
		const moved = validateOfferForm(readOfferForm(formDataOf(values)), opts);
		expect(moved.ok && moved.input.schedule.until).toBe('2026-08-14T21:59:00.000Z');
	});

	it('drops venue coordinates once the address changes', () => {
		const values = inputToForm(fullInput(), { timeZone: TZ, locale: 'de' });
		values.location.street = 'Berliner Straße 5';
		const result = validateOfferForm(readOfferForm(formDataOf(values)), {
			institutionId: INST,
			timeZone: TZ,
			locale: 'de'
		});
		expect(result.ok && result.input.location).toMatchObject({
			street: 'Berliner Straße 5',
			lat: null,
			lon: null
		});
	});
});

describe('prices in euros', () => {
	it.each([
		['12,50', 1250],
		['12,5', 1250],
		['12.50', 1250],
		['12', 1200],
		['0', 0],
		['1.234,50 €', 123450],
		['1,234.50', 123450],
		['  7,05 ', 705],
		['', null]
	])('"%s" → %s cents', (text, cents) => {
		expect(parseEuroAmount(text)).toBe(cents);
	});

	it.each(['zwölf', '12,505', '-3', '12,50,1', '1e3'])('"%s" is not a price', (text) => {
		expect(parseEuroAmount(text)).toBe('invalid');
	});

	it('writes cents back the way each language writes them', () => {
		expect(formatEuroAmount(1250, 'de')).toBe('12,50');
		expect(formatEuroAmount(1250, 'en')).toBe('12.50');
		expect(formatEuroAmount(5, 'de')).toBe('0,05');
	});
});

describe('the recurrence builder', () => {
	it('builds the rules providers need', () => {
		expect(buildRule({ frequency: 'biweekly', weekdays: ['TH', 'TU'], monthWeek: '' })).toBe(
			'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH'
		);
		expect(buildRule({ frequency: 'weekly', weekdays: [], monthWeek: '' })).toBe('FREQ=WEEKLY');
		expect(buildRule({ frequency: 'monthly', weekdays: ['WE'], monthWeek: '2' })).toBe(
			'FREQ=MONTHLY;BYDAY=2WE'
		);
		expect(buildRule({ frequency: 'monthly', weekdays: ['FR'], monthWeek: '-1' })).toBe(
			'FREQ=MONTHLY;BYDAY=-1FR'
		);
		expect(buildRule({ frequency: 'daily', weekdays: ['MO'], monthWeek: '' })).toBe('FREQ=DAILY');
	});

	it('reads back only the rules it can build exactly', () => {
		expect(ruleToBuilder('FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH')).toEqual({
			frequency: 'biweekly',
			weekdays: ['TU', 'TH'],
			monthWeek: ''
		});
		expect(ruleToBuilder('RRULE:FREQ=MONTHLY;BYDAY=3SA')).toEqual({
			frequency: 'monthly',
			weekdays: ['SA'],
			monthWeek: '3'
		});
		expect(ruleToBuilder('FREQ=WEEKLY;BYDAY=TH,TU')).toBeNull();
		expect(ruleToBuilder('FREQ=WEEKLY;INTERVAL=3;BYDAY=MO')).toBeNull();
		expect(ruleToBuilder('FREQ=WEEKLY;COUNT=10')).toBeNull();
		expect(ruleToBuilder('FREQ=MONTHLY;BYMONTHDAY=15')).toBeNull();
	});

	it('turns the builder, start and until into the rule, instants and cancelled occurrences', () => {
		const v = emptyFormValues(INST);
		Object.assign(v, {
			title: 'Elterncafé',
			description: 'Treffen für Eltern mit Kaffee und Kuchen.'
		});
		Object.assign(v, { format: 'regelmaessig', topics: ['eltern'], lifePhases: ['familien'] });
		v.schedule.type = 'recurring';
		v.schedule.durationMinutes = '90';
		Object.assign(v.schedule.recurrence, {
			frequency: 'biweekly',
			weekdays: ['TU', 'TH'],
			startDate: '24.03.2026',
			startTime: '15:00',
			untilDate: '2026-07-31',
			exceptions: ['2026-04-07', '', '22.12.2026']
		});
		const result = validateOfferForm(v, { institutionId: INST, timeZone: TZ, locale: 'de' });
		expect(result.ok, JSON.stringify(!result.ok && result.errors)).toBe(true);
		if (!result.ok) return;
		expect(result.input.schedule).toMatchObject({
			rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH',
			// 15:00 in Berlin: winter time (UTC+1) on 24 March, summer time (UTC+2) on 7 April.
			start: '2026-03-24T14:00:00.000Z',
			until: '2026-07-31T21:59:00.000Z',
			exceptions: ['2026-04-07T13:00:00.000Z', '2026-12-22T14:00:00.000Z'],
			durationMinutes: 90,
			dates: []
		});
	});
});

describe('rows without JavaScript', () => {
	it('adds and removes date rows, keeping what was typed', () => {
		const v = emptyFormValues(INST);
		v.title = 'Schon getippt';
		v.schedule.dates[0] = { date: '2026-05-01', start: '10:00', end: '', note: '' };
		const fd = formDataOf(v);
		fd.set('intent', 'addDate');
		const posted = readOfferForm(fd);
		const intent = readIntent(fd);
		expect(intent).toEqual({ kind: 'addDate' });
		expect(applyRowIntent(posted, intent, { languages: ['de', 'en'], locale: 'de' }).focus).toBe(
			'schedule.dates.1.date'
		);
		expect(posted.title).toBe('Schon getippt');
		expect(posted.schedule.dates).toHaveLength(2);
		applyRowIntent(posted, { kind: 'removeDate', index: 0 }, { languages: [], locale: 'de' });
		expect(posted.schedule.dates).toEqual([{ date: '', start: '', end: '', note: '' }]);
	});

	it('adds a translation only for a language not taken yet', () => {
		const v = emptyFormValues(INST);
		v.translationNew = 'en';
		const opts = { languages: ['de', 'en', 'tr'], locale: 'de' as const };
		expect(applyRowIntent(v, { kind: 'addTranslation' }, opts).error).toBeUndefined();
		expect(v.translations.map((t) => t.lang)).toEqual(['en']);
		v.translationNew = 'en';
		expect(applyRowIntent(v, { kind: 'addTranslation' }, opts).error?.field).toBe('translationNew');
		v.translationNew = 'de';
		expect(applyRowIntent(v, { kind: 'addTranslation' }, opts).error?.field).toBe('translationNew');
	});

	it('reads unknown intents as a plain re-render', () => {
		const fd = new FormData();
		expect(readIntent(fd)).toEqual({ kind: 'save' });
		fd.set('intent', 'removeDate:2');
		expect(readIntent(fd)).toEqual({ kind: 'removeDate', index: 2 });
		fd.set('intent', 'drop table');
		expect(readIntent(fd)).toEqual({ kind: 'refresh' });
	});
});

describe('messages land on the form fields', () => {
	const ctx: FormContext = {
		dateRows: [0, 2],
		exceptionRows: [1],
		translationRows: { en: 0, tr: 1 },
		rawRule: false,
		startField: 'recurrence.startDate',
		suppress: []
	};

	it.each([
		['schedule.dates.1.startsAt', 'schedule.dates.2.start'],
		['schedule.dates.0.endsAt', 'schedule.dates.0.end'],
		['schedule.dates', 'schedule.dates.0.date'],
		['cost.amountCents', 'cost.amount'],
		['cost.reducedFeeAvailable', 'reducedFee'],
		['accessibility.wheelchairAccessible', 'accessibility.wheelchair'],
		['location.district.slug', 'location.district'],
		['location.postalCode', 'location.postalCode'],
		['translations.tr.title', 'translations.1.title'],
		['translations.xx', 'translationNew'],
		['topics.2', 'topics'],
		['sdgs.0', 'sdgs'],
		['schedule.rrule', 'recurrence.frequency'],
		['schedule.start', 'recurrence.startDate'],
		['schedule.until', 'recurrence.untilDate'],
		['schedule.exceptions.0', 'recurrence.exceptions.1'],
		['registration.url', 'registration.url'],
		['institution.id', 'institution'],
		['(body)', 'form']
	])('%s → %s', (path, field) => {
		expect(fieldForIssue(path, ctx)).toBe(field);
	});

	it('names every invalid field of a bad form, in form order, with messages for people', () => {
		const v = emptyFormValues(INST);
		v.title = 'A';
		v.cost.type = 'paid';
		v.cost.amount = 'zwölf Euro';
		v.schedule.dates = [
			{ date: '2026-05-01', start: '10:00', end: '09:00', note: '' },
			{ date: '', start: '', end: '', note: '' },
			{ date: '2026-05-08', start: '', end: '', note: '' }
		];
		v.registration.email = 'keine-adresse';
		const result = validateOfferForm(v, { institutionId: INST, timeZone: TZ, locale: 'de' });
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.errors.map((e) => e.field)).toEqual([
			'title',
			'description',
			'format',
			'topics',
			'lifePhases',
			'schedule.dates.0.end',
			'schedule.dates.2.start',
			'cost.amount',
			'registration.email'
		]);
		const msg = Object.fromEntries(result.errors.map((e) => [e.field, e.message]));
		expect(msg['cost.amount']).toMatch(/Euro/);
		expect(msg['schedule.dates.2.start']).toMatch(/Uhrzeit/);
		expect(msg['title']).toMatch(/Mindestens 3 Zeichen/);
	});

	it('speaks English under /en', () => {
		const v = emptyFormValues(INST);
		const result = validateOfferForm(v, { institutionId: INST, timeZone: TZ, locale: 'en' });
		expect(!result.ok && result.errors.find((e) => e.field === 'title')?.message).toBe(
			'Please fill in this field.'
		);
	});

	it('puts a missing recurrence time on the time field, not on the date', () => {
		const v = emptyFormValues(INST);
		v.schedule.type = 'recurring';
		v.schedule.recurrence.startDate = '2026-05-05';
		const result = validateOfferForm(v, { institutionId: INST, timeZone: TZ, locale: 'de' });
		const fields = !result.ok ? result.errors.map((e) => e.field) : [];
		expect(fields).toContain('recurrence.startTime');
		expect(fields).not.toContain('recurrence.startDate');
	});
});
