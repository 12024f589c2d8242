import { describe, expect, it } from 'vitest';
import { ZInstitutionInput, type TInstitution } from '../institutions';
import { fieldId } from '../../components/portal/profile-fields';
import {
	inputFromValues,
	valuesFromForm,
	valuesFromInstitution,
	withoutBlankRows
} from './profile-form';

const inst: TInstitution = {
	id: '00000000-0000-4000-8000-000000000001',
	slug: 'vhs',
	url: 'http://localhost/einrichtungen/vhs',
	name: 'Volkshochschule',
	type: 'vhs',
	typeLabel: 'Volkshochschule',
	operator: null,
	description: 'Kurse für alle',
	address: {
		street: 'Kattowitzer Straße 186',
		postalCode: '38226',
		locality: 'Salzgitter',
		district: { slug: 'lebenstedt', name: 'Lebenstedt' }
	},
	lat: 52.1561,
	lon: 10.3301,
	contact: { email: 'info@vhs.example', phone: null, website: null },
	openingHours: [{ days: 'Mo–Fr', opens: '08:00', closes: '16:00', note: null }],
	languages: ['de', 'tr'],
	accessibility: { wheelchairAccessible: true, notes: null },
	offerCount: 3,
	updatedAt: '2025-03-01T09:00:00.000Z'
};

function formOf(values: ReturnType<typeof valuesFromInstitution>): FormData {
	const f = new FormData();
	for (const [k, v] of Object.entries(values)) {
		if (k === 'openingHours' || k === 'languages') continue;
		f.set(k, String(v));
	}
	values.openingHours.forEach((r, i) => {
		for (const [k, v] of Object.entries(r)) f.set(`hours.${i}.${k}`, v);
	});
	for (const l of values.languages) f.append('languages', l);
	return f;
}

describe('the institution profile form', () => {
	it('round-trips an institution into a valid write body that keeps its coordinates', () => {
		const values = valuesFromInstitution(inst);
		const back = valuesFromForm(formOf(values));
		expect(back).toEqual(values);
		const input = inputFromValues(back, inst);
		expect(input).toMatchObject({ lat: 52.1561, lon: 10.3301, wheelchairAccessible: true });
		const parsed = ZInstitutionInput.safeParse(input);
		expect(parsed.success).toBe(true);
		expect(parsed.data?.openingHours).toEqual([
			{ days: 'Mo–Fr', opens: '08:00', closes: '16:00', note: null }
		]);
		expect(parsed.data?.email).toBe('info@vhs.example');
		expect(parsed.data?.phone).toBeNull();
	});

	it('drops the coordinates when the address changes, so the district centre is used', () => {
		const values = { ...valuesFromInstitution(inst), street: 'Neue Straße 1' };
		expect(inputFromValues(values, inst)).not.toHaveProperty('lat');
	});

	it('reads rows in index order, keeps blank rows for display and drops them for saving', () => {
		const f = formOf(valuesFromInstitution(inst));
		for (const k of ['days', 'opens', 'closes', 'note']) f.set(`hours.3.${k}`, '');
		f.set('hours.2.days', 'Sa');
		f.set('hours.2.opens', '10:00');
		f.set('hours.2.closes', '12:00');
		f.set('wheelchair', 'maybe');
		const values = valuesFromForm(f);
		expect(values.openingHours.map((r) => r.days)).toEqual(['Mo–Fr', 'Sa', '']);
		expect(withoutBlankRows(values).openingHours.map((r) => r.days)).toEqual(['Mo–Fr', 'Sa']);
		expect(values.wheelchair).toBe('unknown');
		expect(inputFromValues(values, inst).wheelchairAccessible).toBeNull();
	});

	it('maps field paths to the ids of their controls', () => {
		expect(fieldId('postalCode')).toBe('inst-postalCode');
		expect(fieldId('openingHours.1.opens')).toBe('inst-hours-1-opens');
		expect(fieldId('openingHours')).toBe('inst-hours');
		expect(fieldId('languages.0')).toBe('inst-languages');
		expect(fieldId('wheelchairAccessible')).toBe('inst-wheelchair');
	});
});
