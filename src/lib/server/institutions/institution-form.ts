/**
 * The institution profile form (InstitutionForm.svelte) ⇄ ZInstitutionInput.
 * Used by the back office (/admin/einrichtungen) and the managers' profile page
 * (/portal/einrichtungen/[slug]). The form keeps every value as typed, so a
 * page re-rendered after an error — or after adding/removing an opening-hours
 * row without JavaScript — shows exactly what the user entered.
 */
import { isAppError, type FieldIssue } from '../errors';
import { cityConfig } from '../config/city';
import { taxonomies } from '../config/taxonomies';
import type { TInstitution } from './institution.schemas';
import { ZInstitutionInput, type TInstitutionInput } from './institution-write';

export const MAX_OPENING_HOURS = 14;

export interface OpeningHoursRow {
	days: string;
	opens: string;
	closes: string;
	note: string;
}

/** Everything as strings, as the browser sends it. */
export interface InstitutionFormValues {
	name: string;
	type: string;
	operator: string;
	description: string;
	street: string;
	postalCode: string;
	locality: string;
	districtSlug: string;
	lat: string;
	lon: string;
	email: string;
	phone: string;
	website: string;
	openingHours: OpeningHoursRow[];
	languages: string[];
	/** '' = not stated */
	wheelchairAccessible: '' | 'yes' | 'no';
	accessibilityNotes: string;
}

/** What the submit button asked for: save, or add/remove an opening-hours row. */
export type InstitutionFormIntent =
	{ kind: 'save' } | { kind: 'add-hours' } | { kind: 'remove-hours'; index: number };

export interface InstitutionFormOptions {
	types: { value: string; label: string }[];
	districtGroups: { borough: string; options: { value: string; label: string }[] }[];
	languages: { value: string; label: string }[];
}

const emptyRow = (): OpeningHoursRow => ({ days: '', opens: '', closes: '', note: '' });

export function emptyInstitutionForm(): InstitutionFormValues {
	return {
		name: '',
		type: '',
		operator: '',
		description: '',
		street: '',
		postalCode: '',
		locality: cityConfig().city.name,
		districtSlug: '',
		lat: '',
		lon: '',
		email: '',
		phone: '',
		website: '',
		openingHours: [emptyRow()],
		languages: [],
		wheelchairAccessible: '',
		accessibilityNotes: ''
	};
}

const coordinate = (n: number) => String(n);

/** The stored institution as form values. */
export function institutionToForm(i: TInstitution): InstitutionFormValues {
	return {
		name: i.name,
		type: i.type,
		operator: i.operator ?? '',
		description: i.description ?? '',
		street: i.address.street,
		postalCode: i.address.postalCode,
		locality: i.address.locality,
		districtSlug: i.address.district.slug,
		lat: coordinate(i.lat),
		lon: coordinate(i.lon),
		email: i.contact.email ?? '',
		phone: i.contact.phone ?? '',
		website: i.contact.website ?? '',
		openingHours: i.openingHours.map((l) => ({
			days: l.days,
			opens: l.opens,
			closes: l.closes,
			note: l.note ?? ''
		})),
		languages: [...i.languages],
		wheelchairAccessible:
			i.accessibility.wheelchairAccessible === null
				? ''
				: i.accessibility.wheelchairAccessible
					? 'yes'
					: 'no',
		accessibilityNotes: i.accessibility.notes ?? ''
	};
}

const text = (fd: FormData, name: string) => {
	const v = fd.get(name);
	return typeof v === 'string' ? v : '';
};

/** Reads the posted form: values as typed and the intent of the button pressed. */
export function readInstitutionForm(fd: FormData): {
	values: InstitutionFormValues;
	intent: InstitutionFormIntent;
} {
	const rowIndexes = new Set<number>();
	for (const key of fd.keys()) {
		const m = /^openingHours\.(\d{1,2})\./.exec(key);
		if (m) rowIndexes.add(Number(m[1]));
	}
	const openingHours = [...rowIndexes]
		.sort((a, b) => a - b)
		.slice(0, MAX_OPENING_HOURS)
		.map((i) => ({
			days: text(fd, `openingHours.${i}.days`),
			opens: text(fd, `openingHours.${i}.opens`),
			closes: text(fd, `openingHours.${i}.closes`),
			note: text(fd, `openingHours.${i}.note`)
		}));
	const wheelchair = text(fd, 'wheelchairAccessible');
	const values: InstitutionFormValues = {
		name: text(fd, 'name'),
		type: text(fd, 'type'),
		operator: text(fd, 'operator'),
		description: text(fd, 'description'),
		street: text(fd, 'street'),
		postalCode: text(fd, 'postalCode'),
		locality: text(fd, 'locality'),
		districtSlug: text(fd, 'districtSlug'),
		lat: text(fd, 'lat'),
		lon: text(fd, 'lon'),
		email: text(fd, 'email'),
		phone: text(fd, 'phone'),
		website: text(fd, 'website'),
		openingHours,
		languages: fd.getAll('languages').filter((v): v is string => typeof v === 'string'),
		wheelchairAccessible: wheelchair === 'yes' || wheelchair === 'no' ? wheelchair : '',
		accessibilityNotes: text(fd, 'accessibilityNotes')
	};
	const raw = text(fd, 'intent');
	const remove = /^remove-hours-(\d{1,2})$/.exec(raw);
	const intent: InstitutionFormIntent =
		raw === 'add-hours'
			? { kind: 'add-hours' }
			: remove
				? { kind: 'remove-hours', index: Number(remove[1]) }
				: { kind: 'save' };
	return { values, intent };
}

/** Adds an empty opening-hours row or removes one (for the no-JavaScript round trip). */
export function applyHoursIntent(
	values: InstitutionFormValues,
	intent: InstitutionFormIntent
): InstitutionFormValues {
	if (intent.kind === 'add-hours' && values.openingHours.length < MAX_OPENING_HOURS) {
		return { ...values, openingHours: [...values.openingHours, emptyRow()] };
	}
	if (intent.kind === 'remove-hours') {
		return { ...values, openingHours: values.openingHours.filter((_, i) => i !== intent.index) };
	}
	return values;
}

const isBlankRow = (r: OpeningHoursRow) =>
	!r.days.trim() && !r.opens.trim() && !r.closes.trim() && !r.note.trim();

/** "52,16" or "52.16" → number; '' → null; anything else → NaN. */
function parseCoordinate(v: string): number | null {
	const s = v.trim().replace(',', '.');
	if (s === '') return null;
	return /^-?\d{1,3}(\.\d+)?$/.test(s) ? Number(s) : Number.NaN;
}

export interface FormToInputOptions {
	/**
	 * For a form without coordinate fields (the managers' profile page): the
	 * stored institution. Its coordinates stay while street, postal code and
	 * district are unchanged; a new address falls back to the district's centre.
	 */
	keepCoordinatesOf?: TInstitution;
}

const sameAddress = (values: InstitutionFormValues, current: TInstitution) =>
	values.street.trim() === current.address.street &&
	values.postalCode.trim() === current.address.postalCode &&
	values.districtSlug === current.address.district.slug;

/**
 * The input for createInstitution/updateInstitution, plus issues the form
 * itself finds (coordinates). Blank opening-hours rows are left out;
 * `fieldOf` maps an issue path of the input (openingHours.0.opens) back to the
 * form's row numbering.
 */
export function formToInput(
	values: InstitutionFormValues,
	{ keepCoordinatesOf: current }: FormToInputOptions = {}
): {
	input: TInstitutionInput;
	issues: FieldIssue[];
	fieldOf: (field: string) => string;
} {
	const issues: FieldIssue[] = [];
	const coords: Record<'lat' | 'lon', number | null> = { lat: null, lon: null };
	for (const [key, max] of [
		['lat', 90],
		['lon', 180]
	] as const) {
		const n = parseCoordinate(values[key]);
		if (n !== null && (Number.isNaN(n) || Math.abs(n) > max)) {
			issues.push({
				field: key,
				message: `Bitte eine Zahl zwischen -${max} und ${max} angeben (z. B. 52,15) oder das Feld leer lassen.`
			});
		} else coords[key] = n;
	}
	if ((coords.lat === null) !== (coords.lon === null) && issues.length === 0) {
		const missing = coords.lat === null ? 'lat' : 'lon';
		issues.push({
			field: missing,
			message: 'Bitte Breite und Länge beide angeben oder beide leer lassen.'
		});
	}
	if (current && coords.lat === null && coords.lon === null && sameAddress(values, current)) {
		coords.lat = current.lat;
		coords.lon = current.lon;
	}
	const kept: number[] = [];
	values.openingHours.forEach((r, i) => {
		if (!isBlankRow(r)) kept.push(i);
	});
	const input: TInstitutionInput = {
		name: values.name,
		type: values.type,
		operator: values.operator,
		description: values.description,
		street: values.street,
		postalCode: values.postalCode,
		locality: values.locality,
		districtSlug: values.districtSlug,
		lat: coords.lat,
		lon: coords.lon,
		email: values.email,
		phone: values.phone,
		website: values.website,
		openingHours: kept.map((i) => {
			const r = values.openingHours[i]!;
			return { days: r.days, opens: r.opens, closes: r.closes, note: r.note };
		}),
		languages: values.languages,
		wheelchairAccessible:
			values.wheelchairAccessible === '' ? null : values.wheelchairAccessible === 'yes',
		accessibilityNotes: values.accessibilityNotes
	};
	const fieldOf = (field: string) =>
		field.replace(/^openingHours\.(\d+)/, (_, n: string) => `openingHours.${kept[Number(n)] ?? n}`);
	return { input, issues, fieldOf };
}

/** Select and checkbox options in the interface language. */
export function institutionFormOptions(locale: string): InstitutionFormOptions {
	const tax = taxonomies();
	const label = (t: { de: string; en: string }) => (locale === 'en' ? t.en : t.de);
	const districts = cityConfig().districts;
	const boroughs = [...new Set(districts.map((d) => d.borough))];
	return {
		types: tax['institution-types']
			.map((t) => ({ value: t.code, label: label(t) }))
			.sort((a, b) => a.label.localeCompare(b.label, locale)),
		districtGroups: boroughs.map((borough) => ({
			borough,
			options: districts
				.filter((d) => d.borough === borough)
				.map((d) => ({ value: d.slug, label: d.name }))
				.sort((a, b) => a.label.localeCompare(b.label, 'de'))
		})),
		languages: tax.languages.map((t) => ({ value: t.code, label: label(t) }))
	};
}

export type InstitutionFormOutcome<T> =
	| { status: 'edited'; values: InstitutionFormValues }
	| {
			status: 'invalid';
			httpStatus: number;
			values: InstitutionFormValues;
			message: string;
			issues: FieldIssue[];
	  }
	| { status: 'saved'; result: T };

/**
 * Handles a posted institution form: an opening-hours button re-renders the
 * form with the row added/removed; "save" calls `save(input)` (the use case,
 * which checks policy and validates; `options` as for formToInput). Expected
 * failures come back with every issue mapped to the form's fields; a bare
 * not_found is rethrown (→ 404).
 */
export async function submitInstitutionForm<T>(
	fd: FormData,
	save: (input: TInstitutionInput) => Promise<T>,
	options: FormToInputOptions = {}
): Promise<InstitutionFormOutcome<T>> {
	const { values, intent } = readInstitutionForm(fd);
	if (intent.kind !== 'save') return { status: 'edited', values: applyHoursIntent(values, intent) };
	const { input, issues: formIssues, fieldOf } = formToInput(values, options);
	const invalid = (httpStatus: number, message: string, issues: FieldIssue[]) => ({
		status: 'invalid' as const,
		httpStatus,
		values,
		message,
		issues: issues.map((i) => ({ field: fieldOf(i.field), message: i.message }))
	});
	if (formIssues.length > 0) {
		// Report the coordinates together with everything else that is wrong.
		const rest = ZInstitutionInput.safeParse(input);
		const more = rest.success
			? []
			: rest.error.issues.map((i) => ({ field: i.path.join('.'), message: i.message }));
		return invalid(400, formIssues[0]!.message, [...formIssues, ...more]);
	}
	try {
		return { status: 'saved', result: await save(input) };
	} catch (e) {
		if (!isAppError(e) || (e.code === 'not_found' && e.issues.length === 0)) throw e;
		return invalid(e.status, e.message, e.issues);
	}
}
