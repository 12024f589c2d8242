import { describe, expect, it } from 'vitest';
import { cityConfig } from '../config/city';
import { AppError, ErrorCode } from '../errors';
import {
	applyHoursIntent,
	emptyInstitutionForm,
	formToInput,
	institutionFormOptions,
	institutionToForm,
	MAX_OPENING_HOURS,
	readInstitutionForm,
	submitInstitutionForm,
	type InstitutionFormValues
} from './institution-form';
import { ZInstitutionInput } from './institution-write';
import type { TInstitution } from './institution.schemas';

const district = cityConfig().districts[0]!;

/** The form as a browser posts it (field names as InstitutionForm.svelte renders them). */
function posted(values: InstitutionFormValues, intent = 'save'): FormData {
	const fd = new FormData();
	const { openingHours, languages, ...rest } = values;
	for (const [k, v] of Object.entries(rest)) {
		if (k === 'wheelchairAccessible' && v === '') continue; // no radio checked
		fd.append(k, v);
	}
	openingHours.forEach((row, i) => {
		for (const [k, v] of Object.entries(row)) fd.append(`openingHours.${i}.${k}`, v);
	});
	for (const l of languages) fd.append('languages', l);
	fd.append('intent', intent);
	return fd;
}

const institution: TInstitution = {
	id: '00000000-0000-4000-8000-000000000001',
	slug: 'vhs',
	url: 'https://example.org/einrichtungen/vhs',
	name: 'Volkshochschule',
	type: 'vhs',
	typeLabel: 'Volkshochschule',
	operator: 'Stadt',
	description: null,
	address: {
		street: 'Marktplatz 1',
		postalCode: '38226',
		locality: 'Salzgitter',
		district: { slug: district.slug, name: district.name }
	},
	lat: 52.15,
	lon: 10.33,
	contact: { email: 'info@vhs.example', phone: null, website: 'https://vhs.example' },
	openingHours: [
		{ days: 'Mo–Fr', opens: '08:00', closes: '16:00', note: null },
		{ days: 'Sa', opens: '09:00', closes: '12:00', note: 'nur im Semester' }
	],
	languages: ['de', 'tr'],
	accessibility: { wheelchairAccessible: true, notes: 'Rampe am Seiteneingang' },
	offerCount: 3,
	updatedAt: '2026-01-01T00:00:00.000Z'
};

describe('institution form', () => {
	it('round-trips a stored institution through the posted form to a valid input', () => {
		const values = institutionToForm(institution);
		const { values: read, intent } = readInstitutionForm(posted(values));
		expect(intent).toEqual({ kind: 'save' });
		expect(read).toEqual(values);
		const { input, issues } = formToInput(read);
		expect(issues).toEqual([]);
		const parsed = ZInstitutionInput.parse(input);
		expect(parsed).toMatchObject({
			name: 'Volkshochschule',
			districtSlug: district.slug,
			lat: 52.15,
			lon: 10.33,
			email: 'info@vhs.example',
			phone: null,
			description: null,
			languages: ['de', 'tr'],
			wheelchairAccessible: true,
			openingHours: [
				{ days: 'Mo–Fr', opens: '08:00', closes: '16:00', note: null },
				{ days: 'Sa', opens: '09:00', closes: '12:00', note: 'nur im Semester' }
			]
		});
	});

	it('reads the intent of the row buttons and adds or removes rows keeping the other values', () => {
		const values = institutionToForm(institution);
		const add = readInstitutionForm(posted(values, 'add-hours'));
		expect(add.intent).toEqual({ kind: 'add-hours' });
		const added = applyHoursIntent(add.values, add.intent);
		expect(added.openingHours).toHaveLength(3);
		expect(added.openingHours[2]).toEqual({ days: '', opens: '', closes: '', note: '' });
		expect(added.name).toBe('Volkshochschule');

		const remove = readInstitutionForm(posted(values, 'remove-hours-0'));
		expect(remove.intent).toEqual({ kind: 'remove-hours', index: 0 });
		expect(applyHoursIntent(remove.values, remove.intent).openingHours).toEqual([
			{ days: 'Sa', opens: '09:00', closes: '12:00', note: 'nur im Semester' }
		]);
		expect(readInstitutionForm(posted(values, 'something-else')).intent).toEqual({
			kind: 'save'
		});
	});

	it('never grows beyond the maximum number of rows', () => {
		let values = emptyInstitutionForm();
		for (let i = 0; i < MAX_OPENING_HOURS + 3; i++) {
			values = applyHoursIntent(values, { kind: 'add-hours' });
		}
		expect(values.openingHours).toHaveLength(MAX_OPENING_HOURS);
	});

	it('leaves out blank rows and maps row errors back to the row the user sees', () => {
		const values: InstitutionFormValues = {
			...institutionToForm(institution),
			openingHours: [
				{ days: '', opens: '', closes: '', note: '' },
				{ days: 'Mo', opens: '8 Uhr', closes: '16:00', note: '' }
			]
		};
		const { input, fieldOf } = formToInput(values);
		expect(input.openingHours).toHaveLength(1);
		const result = ZInstitutionInput.safeParse(input);
		expect(result.success).toBe(false);
		const field = result.error!.issues[0]!.path.join('.');
		expect(field).toBe('openingHours.0.opens');
		expect(fieldOf(field)).toBe('openingHours.1.opens');
		expect(fieldOf('name')).toBe('name');
	});

	it('keeps the stored coordinates of a form without coordinate fields while the address is unchanged', () => {
		const withoutCoords = { ...institutionToForm(institution), lat: '', lon: '' };
		const keep = { keepCoordinatesOf: institution };
		expect(formToInput(withoutCoords, keep).input).toMatchObject({ lat: 52.15, lon: 10.33 });
		// Surrounding spaces do not count as a change.
		expect(formToInput({ ...withoutCoords, street: ' Marktplatz 1 ' }, keep).input).toMatchObject({
			lat: 52.15,
			lon: 10.33
		});
		// A new street, postal code or district: the district's centre (lat/lon null) is used.
		for (const change of [
			{ street: 'Neue Straße 1' },
			{ postalCode: '38229' },
			{ districtSlug: 'anderer-stadtteil' }
		]) {
			expect(formToInput({ ...withoutCoords, ...change }, keep).input).toMatchObject({
				lat: null,
				lon: null
			});
		}
		// Without the option (the back office), empty fields mean the district's centre.
		expect(formToInput(withoutCoords).input).toMatchObject({ lat: null, lon: null });
	});

	it('accepts German decimal commas and refuses other coordinates with a German message', () => {
		const base = institutionToForm(institution);
		expect(formToInput({ ...base, lat: '52,1', lon: '10,4' }).input).toMatchObject({
			lat: 52.1,
			lon: 10.4
		});
		expect(formToInput({ ...base, lat: '', lon: '' }).input).toMatchObject({
			lat: null,
			lon: null
		});
		expect(formToInput({ ...base, lat: 'Nord', lon: '10' }).issues).toEqual([
			{ field: 'lat', message: expect.stringContaining('Zahl zwischen -90 und 90') }
		]);
		expect(formToInput({ ...base, lat: '52', lon: '200' }).issues).toEqual([
			{ field: 'lon', message: expect.stringContaining('-180 und 180') }
		]);
		expect(formToInput({ ...base, lat: '52', lon: '' }).issues).toEqual([
			{ field: 'lon', message: expect.stringContaining('beide') }
		]);
	});

	it('maps the accessibility radio: not stated, yes, no', () => {
		const base = institutionToForm(institution);
		expect(formToInput({ ...base, wheelchairAccessible: '' }).input.wheelchairAccessible).toBe(
			null
		);
		expect(formToInput({ ...base, wheelchairAccessible: 'no' }).input.wheelchairAccessible).toBe(
			false
		);
		const fd = posted(base);
		fd.set('wheelchairAccessible', 'vielleicht');
		expect(readInstitutionForm(fd).values.wheelchairAccessible).toBe('');
	});

	it('starts a new institution with one empty row and the city as locality', () => {
		const values = emptyInstitutionForm();
		expect(values.openingHours).toHaveLength(1);
		expect(values.locality).toBe(cityConfig().city.name);
	});

	it('offers types, districts grouped by borough and languages in the interface language', () => {
		const de = institutionFormOptions('de');
		const en = institutionFormOptions('en');
		expect(de.types.length).toBeGreaterThan(0);
		expect(de.languages.find((l) => l.value === 'de')?.label).toBe('Deutsch');
		expect(en.languages.find((l) => l.value === 'de')?.label).toBe('German');
		const slugs = de.districtGroups.flatMap((g) => g.options.map((o) => o.value));
		expect(slugs.sort()).toEqual(
			cityConfig()
				.districts.map((d) => d.slug)
				.sort()
		);
	});
});

describe('submitInstitutionForm', () => {
	const valid = () => institutionToForm(institution);

	it('re-renders without saving when a row button was pressed', async () => {
		let saved = false;
		const r = await submitInstitutionForm(posted(valid(), 'add-hours'), async () => {
			saved = true;
		});
		expect(saved).toBe(false);
		expect(r).toMatchObject({ status: 'edited' });
		if (r.status === 'edited') expect(r.values.openingHours).toHaveLength(3);
	});

	it('saves valid input through the use case', async () => {
		const r = await submitInstitutionForm(posted(valid()), async (input) => input.name);
		expect(r).toEqual({ status: 'saved', result: 'Volkshochschule' });
	});

	it('reports the form issues together with the schema issues, mapped to the rows', async () => {
		const values = {
			...valid(),
			postalCode: '123',
			lat: 'x',
			openingHours: [
				{ days: '', opens: '', closes: '', note: '' },
				{ days: 'Mo', opens: '25:00', closes: '16:00', note: '' }
			]
		};
		const r = await submitInstitutionForm(posted(values), async () => {
			throw new Error('must not be called');
		});
		expect(r.status).toBe('invalid');
		if (r.status !== 'invalid') return;
		expect(r.httpStatus).toBe(400);
		expect(r.issues.map((i) => i.field)).toEqual(['lat', 'postalCode', 'openingHours.1.opens']);
		expect(r.values.postalCode).toBe('123');
	});

	it('turns the use case’s AppError into field issues, mapped to the rows', async () => {
		const values = {
			...valid(),
			openingHours: [
				{ days: '', opens: '', closes: '', note: '' },
				{ days: '', opens: '08:00', closes: '16:00', note: '' }
			]
		};
		const r = await submitInstitutionForm(posted(values), async (input) => {
			const p = ZInstitutionInput.safeParse(input);
			throw new AppError(
				ErrorCode.InvalidInput,
				'Ungültig',
				p.error!.issues.map((i) => ({ field: i.path.join('.'), message: i.message }))
			);
		});
		expect(r).toMatchObject({
			status: 'invalid',
			issues: [{ field: 'openingHours.1.days' }]
		});
		const forbidden = await submitInstitutionForm(posted(valid()), async () => {
			throw new AppError(ErrorCode.Forbidden, 'Nein');
		});
		expect(forbidden).toMatchObject({ status: 'invalid', httpStatus: 403, message: 'Nein' });
		await expect(
			submitInstitutionForm(posted(valid()), async () => {
				throw new AppError(ErrorCode.NotFound, 'Weg');
			})
		).rejects.toMatchObject({ code: 'not_found' });
	});
});
