/**
 * The fields of the reviewer's comparison (offer-diff.ts): their order,
 * labels, and how each value is written for people.
 */
import { m } from '$lib/paraglide/messages';
import {
	describeRecurrence,
	formatDate,
	formatDateTimeRange,
	formatPrice,
	type UiLocale
} from '$lib/components/finder/format';
import { cityConfig } from '../config/city';
import { termLabel, type TaxonomyName } from '../config/taxonomies';
import type { TOfferInput } from './offer-input';

type Input = TOfferInput;
export type Fmt = { locale: UiLocale; timeZone: string };
type Message = (inputs: Record<string, never>, options: { locale: UiLocale }) => string;

export interface FieldSpec {
	path: string;
	labelKey: keyof typeof LABELS;
	value: (input: Input, f: Fmt) => string;
	/** Shown even when empty in both versions (recommended fields a reviewer should notice). */
	always?: boolean;
}

export const LABELS = {
	admin_field_externalId: m.admin_field_externalId,
	admin_field_title: m.admin_field_title,
	admin_field_summary: m.admin_field_summary,
	admin_field_description: m.admin_field_description,
	admin_field_format: m.admin_field_format,
	admin_field_topics: m.admin_field_topics,
	admin_field_lifePhases: m.admin_field_lifePhases,
	admin_field_ageMin: m.admin_field_ageMin,
	admin_field_ageMax: m.admin_field_ageMax,
	admin_field_languages: m.admin_field_languages,
	admin_field_cost_type: m.admin_field_cost_type,
	admin_field_cost_amount: m.admin_field_cost_amount,
	admin_field_cost_note: m.admin_field_cost_note,
	admin_field_cost_reduced: m.admin_field_cost_reduced,
	admin_field_butEligible: m.admin_field_butEligible,
	admin_field_wheelchair: m.admin_field_wheelchair,
	admin_field_accessibility_notes: m.admin_field_accessibility_notes,
	admin_field_location: m.admin_field_location,
	admin_field_location_name: m.admin_field_location_name,
	admin_field_location_street: m.admin_field_location_street,
	admin_field_location_postalCode: m.admin_field_location_postalCode,
	admin_field_location_locality: m.admin_field_location_locality,
	admin_field_location_district: m.admin_field_location_district,
	admin_field_location_coordinates: m.admin_field_location_coordinates,
	admin_field_schedule_type: m.admin_field_schedule_type,
	admin_field_schedule_note: m.admin_field_schedule_note,
	admin_field_schedule_rrule: m.admin_field_schedule_rrule,
	admin_field_schedule_start: m.admin_field_schedule_start,
	admin_field_schedule_until: m.admin_field_schedule_until,
	admin_field_schedule_duration: m.admin_field_schedule_duration,
	admin_field_schedule_exceptions: m.admin_field_schedule_exceptions,
	admin_field_schedule_dates: m.admin_field_schedule_dates,
	admin_field_registration_required: m.admin_field_registration_required,
	admin_field_registration_url: m.admin_field_registration_url,
	admin_field_registration_email: m.admin_field_registration_email,
	admin_field_registration_phone: m.admin_field_registration_phone,
	admin_field_registration_note: m.admin_field_registration_note,
	admin_field_sdgs: m.admin_field_sdgs
} satisfies Record<string, Message>;

const yesNo = (v: boolean | null, f: Fmt): string =>
	v === null
		? m.admin_value_unknown({}, f)
		: v
			? m.admin_value_yes({}, f)
			: m.admin_value_no({}, f);

export const text = (v: string | null | undefined): string => v?.trim() ?? '';
const terms = (name: TaxonomyName, codes: string[], f: Fmt): string =>
	codes.map((c) => termLabel(name, c, f.locale)).join(', ');
const moment = (iso: string | null, f: Fmt): string =>
	iso ? formatDateTimeRange(iso, null, f.locale, f.timeZone) : '';

function districtName(slug: string | undefined): string {
	if (!slug) return '';
	return cityConfig().districts.find((d) => d.slug === slug)?.name ?? slug;
}

function recurrence(input: Input, f: Fmt): string {
	const rule = input.schedule.rrule;
	if (!rule) return '';
	const words = describeRecurrence(
		{ rrule: rule, start: null, until: null, durationMinutes: null, exceptions: [] },
		f.locale,
		f.timeZone
	);
	return words ? `${words} (${rule})` : rule;
}

export const FIELDS: FieldSpec[] = [
	{ path: 'title', labelKey: 'admin_field_title', value: (i) => text(i.title), always: true },
	{ path: 'summary', labelKey: 'admin_field_summary', value: (i) => text(i.summary), always: true },
	{
		path: 'description',
		labelKey: 'admin_field_description',
		value: (i) => text(i.description),
		always: true
	},
	{ path: 'externalId', labelKey: 'admin_field_externalId', value: (i) => text(i.externalId) },
	{
		path: 'format',
		labelKey: 'admin_field_format',
		value: (i, f) => termLabel('formats', i.format, f.locale),
		always: true
	},
	{
		path: 'topics',
		labelKey: 'admin_field_topics',
		value: (i, f) => terms('topics', i.topics, f),
		always: true
	},
	{
		path: 'lifePhases',
		labelKey: 'admin_field_lifePhases',
		value: (i, f) => terms('life-phases', i.lifePhases, f),
		always: true
	},
	{ path: 'ageMin', labelKey: 'admin_field_ageMin', value: (i) => String(i.ageMin ?? '') },
	{ path: 'ageMax', labelKey: 'admin_field_ageMax', value: (i) => String(i.ageMax ?? '') },
	{
		path: 'languages',
		labelKey: 'admin_field_languages',
		value: (i, f) => terms('languages', i.languages, f),
		always: true
	},
	{
		path: 'cost.type',
		labelKey: 'admin_field_cost_type',
		value: (i, f) =>
			i.cost.type === 'free' ? m.admin_value_free({}, f) : m.admin_value_paid({}, f),
		always: true
	},
	{
		path: 'cost.amountCents',
		labelKey: 'admin_field_cost_amount',
		value: (i, f) =>
			i.cost.type === 'paid' && i.cost.amountCents !== null
				? formatPrice(i.cost.amountCents, f.locale)
				: ''
	},
	{ path: 'cost.note', labelKey: 'admin_field_cost_note', value: (i) => text(i.cost.note) },
	{
		path: 'cost.reducedFeeAvailable',
		labelKey: 'admin_field_cost_reduced',
		value: (i, f) => yesNo(i.cost.reducedFeeAvailable, f)
	},
	{
		path: 'butEligible',
		labelKey: 'admin_field_butEligible',
		value: (i, f) => yesNo(i.butEligible, f)
	},
	{
		path: 'accessibility.wheelchairAccessible',
		labelKey: 'admin_field_wheelchair',
		value: (i, f) => yesNo(i.accessibility.wheelchairAccessible, f),
		always: true
	},
	{
		path: 'accessibility.notes',
		labelKey: 'admin_field_accessibility_notes',
		value: (i) => text(i.accessibility.notes)
	},
	{
		path: 'location.atInstitution',
		labelKey: 'admin_field_location',
		value: (i, f) =>
			i.location.atInstitution
				? m.admin_value_at_institution({}, f)
				: m.admin_value_elsewhere({}, f),
		always: true
	},
	{
		path: 'location.name',
		labelKey: 'admin_field_location_name',
		value: (i) => (i.location.atInstitution ? '' : text(i.location.name))
	},
	{
		path: 'location.street',
		labelKey: 'admin_field_location_street',
		value: (i) => (i.location.atInstitution ? '' : text(i.location.street))
	},
	{
		path: 'location.postalCode',
		labelKey: 'admin_field_location_postalCode',
		value: (i) => (i.location.atInstitution ? '' : text(i.location.postalCode))
	},
	{
		path: 'location.locality',
		labelKey: 'admin_field_location_locality',
		value: (i) => (i.location.atInstitution ? '' : text(i.location.locality))
	},
	{
		path: 'location.district',
		labelKey: 'admin_field_location_district',
		value: (i) => (i.location.atInstitution ? '' : districtName(i.location.district?.slug))
	},
	{
		path: 'location.coordinates',
		labelKey: 'admin_field_location_coordinates',
		value: (i) =>
			!i.location.atInstitution && i.location.lat !== null && i.location.lon !== null
				? `${i.location.lat.toFixed(5)}, ${i.location.lon.toFixed(5)}`
				: ''
	},
	{
		path: 'schedule.type',
		labelKey: 'admin_field_schedule_type',
		value: (i, f) =>
			i.schedule.type === 'dates'
				? m.admin_value_schedule_dates({}, f)
				: i.schedule.type === 'recurring'
					? m.admin_value_schedule_recurring({}, f)
					: m.admin_value_schedule_ongoing({}, f),
		always: true
	},
	{
		path: 'schedule.dates',
		labelKey: 'admin_field_schedule_dates',
		value: (i, f) =>
			i.schedule.type !== 'dates'
				? ''
				: [...i.schedule.dates]
						.sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt))
						.map((d) => {
							const when = formatDateTimeRange(d.startsAt, d.endsAt, f.locale, f.timeZone);
							return d.note ? `${when} (${d.note})` : when;
						})
						.join('\n')
	},
	{
		path: 'schedule.rrule',
		labelKey: 'admin_field_schedule_rrule',
		value: (i, f) => (i.schedule.type === 'recurring' ? recurrence(i, f) : '')
	},
	{
		path: 'schedule.start',
		labelKey: 'admin_field_schedule_start',
		value: (i, f) => (i.schedule.type === 'recurring' ? moment(i.schedule.start, f) : '')
	},
	{
		path: 'schedule.until',
		labelKey: 'admin_field_schedule_until',
		value: (i, f) =>
			i.schedule.type === 'recurring' && i.schedule.until
				? formatDate(i.schedule.until, f.locale, f.timeZone)
				: ''
	},
	{
		path: 'schedule.durationMinutes',
		labelKey: 'admin_field_schedule_duration',
		value: (i, f) =>
			i.schedule.durationMinutes !== null
				? m.admin_value_minutes({ minutes: i.schedule.durationMinutes }, f)
				: ''
	},
	{
		path: 'schedule.exceptions',
		labelKey: 'admin_field_schedule_exceptions',
		value: (i, f) =>
			i.schedule.type !== 'recurring'
				? ''
				: [...i.schedule.exceptions]
						.sort((a, b) => Date.parse(a) - Date.parse(b))
						.map((e) => moment(e, f))
						.join('\n')
	},
	{
		path: 'schedule.note',
		labelKey: 'admin_field_schedule_note',
		value: (i) => text(i.schedule.note)
	},
	{
		path: 'registration.required',
		labelKey: 'admin_field_registration_required',
		value: (i, f) => yesNo(i.registration.required, f),
		always: true
	},
	{
		path: 'registration.url',
		labelKey: 'admin_field_registration_url',
		value: (i) => text(i.registration.url)
	},
	{
		path: 'registration.email',
		labelKey: 'admin_field_registration_email',
		value: (i) => text(i.registration.email)
	},
	{
		path: 'registration.phone',
		labelKey: 'admin_field_registration_phone',
		value: (i) => text(i.registration.phone)
	},
	{
		path: 'registration.note',
		labelKey: 'admin_field_registration_note',
		value: (i) => text(i.registration.note)
	},
	{
		path: 'sdgs',
		labelKey: 'admin_field_sdgs',
		value: (i, f) =>
			[...i.sdgs]
				.sort((a, b) => a - b)
				.map((n) => `${n} ${termLabel('sdgs', String(n), f.locale)}`)
				.join(', ')
	}
];

export const TRANSLATED = [
	{ key: 'title', labelKey: 'admin_field_title' },
	{ key: 'summary', labelKey: 'admin_field_summary' },
	{ key: 'description', labelKey: 'admin_field_description' }
] as const;
