/**
 * The institution profile form of the portal: the values it shows, how they
 * are read from a submitted form (without JavaScript: opening-hours rows are
 * numbered fields, adding and removing rows re-renders on the server), and the
 * write body for updateInstitution (ZInstitutionInput).
 */
import type { TInstitution } from '../institutions';

export interface HoursRow {
	days: string;
	opens: string;
	closes: string;
	note: string;
}

export interface ProfileValues {
	name: string;
	type: string;
	operator: string;
	description: string;
	street: string;
	postalCode: string;
	locality: string;
	districtSlug: string;
	email: string;
	phone: string;
	website: string;
	openingHours: HoursRow[];
	languages: string[];
	wheelchair: 'yes' | 'no' | 'unknown';
	accessibilityNotes: string;
}

/** At most this many opening-hours rows (as ZInstitutionInput allows). */
export const MAX_HOURS_ROWS = 14;

export function valuesFromInstitution(inst: TInstitution): ProfileValues {
	const w = inst.accessibility.wheelchairAccessible;
	return {
		name: inst.name,
		type: inst.type,
		operator: inst.operator ?? '',
		description: inst.description ?? '',
		street: inst.address.street,
		postalCode: inst.address.postalCode,
		locality: inst.address.locality,
		districtSlug: inst.address.district.slug,
		email: inst.contact.email ?? '',
		phone: inst.contact.phone ?? '',
		website: inst.contact.website ?? '',
		openingHours: inst.openingHours.map((l) => ({
			days: l.days,
			opens: l.opens,
			closes: l.closes,
			note: l.note ?? ''
		})),
		languages: [...inst.languages],
		wheelchair: w === true ? 'yes' : w === false ? 'no' : 'unknown',
		accessibilityNotes: inst.accessibility.notes ?? ''
	};
}

const text = (form: FormData, name: string, max = 10_000) => {
	const v = form.get(name);
	return typeof v === 'string' ? v.slice(0, max) : '';
};

/** Reads the submitted form; rows are `hours.<n>.days|opens|closes|note` in any order. */
export function valuesFromForm(form: FormData): ProfileValues {
	const rowIndexes = new Set<number>();
	for (const key of form.keys()) {
		const hit = /^hours\.(\d{1,2})\.(days|opens|closes|note)$/.exec(key);
		if (hit) rowIndexes.add(Number(hit[1]));
	}
	const openingHours = [...rowIndexes]
		.sort((a, b) => a - b)
		.slice(0, MAX_HOURS_ROWS + 1)
		.map((i) => ({
			days: text(form, `hours.${i}.days`, 200),
			opens: text(form, `hours.${i}.opens`, 20),
			closes: text(form, `hours.${i}.closes`, 20),
			note: text(form, `hours.${i}.note`, 400)
		}));
	const wheelchair = text(form, 'wheelchair');
	return {
		name: text(form, 'name'),
		type: text(form, 'type'),
		operator: text(form, 'operator'),
		description: text(form, 'description'),
		street: text(form, 'street'),
		postalCode: text(form, 'postalCode'),
		locality: text(form, 'locality'),
		districtSlug: text(form, 'districtSlug'),
		email: text(form, 'email'),
		phone: text(form, 'phone'),
		website: text(form, 'website'),
		openingHours,
		languages: form
			.getAll('languages')
			.filter((v): v is string => typeof v === 'string')
			.slice(0, 100),
		wheelchair: wheelchair === 'yes' || wheelchair === 'no' ? wheelchair : 'unknown',
		accessibilityNotes: text(form, 'accessibilityNotes')
	};
}

const isBlank = (r: HoursRow) => !r.days.trim() && !r.opens && !r.closes && !r.note.trim();

/** Empty opening-hours rows are not saved (an added row left empty is no mistake). */
export function withoutBlankRows(values: ProfileValues): ProfileValues {
	return { ...values, openingHours: values.openingHours.filter((r) => !isBlank(r)) };
}

/**
 * The write body. The institution's coordinates stay when the address is
 * unchanged; a new address falls back to the district's centre.
 */
export function inputFromValues(values: ProfileValues, current: TInstitution) {
	const sameAddress =
		values.street.trim() === current.address.street &&
		values.postalCode.trim() === current.address.postalCode &&
		values.districtSlug === current.address.district.slug;
	return {
		name: values.name,
		type: values.type,
		operator: values.operator,
		description: values.description,
		street: values.street,
		postalCode: values.postalCode,
		locality: values.locality,
		districtSlug: values.districtSlug,
		...(sameAddress ? { lat: current.lat, lon: current.lon } : {}),
		email: values.email.trim(),
		phone: values.phone.trim(),
		website: values.website.trim(),
		openingHours: values.openingHours.map((r) => ({
			days: r.days,
			opens: r.opens,
			closes: r.closes,
			note: r.note
		})),
		languages: values.languages,
		wheelchairAccessible:
			values.wheelchair === 'yes' ? true : values.wheelchair === 'no' ? false : null,
		accessibilityNotes: values.accessibilityNotes
	};
}
