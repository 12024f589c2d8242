/**
 * The write body of an offer: the same field names and shapes as the public
 * TOffer (GET items), so a client can read an offer, change it and send it
 * back. Read-only fields (id, slug, url, status, dates of review …) are
 * accepted and ignored. The editor, the import and the write API all validate
 * through parseOfferInput(), with messages in the user's language.
 */
import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { cityConfig } from '../config/city';
import { termCodes } from '../config/taxonomies';
import type { FieldIssue } from '../errors';
import { parseRule } from '../search/recurrence';
import type { TOffer } from './offer.schemas';

export type InputLocale = 'de' | 'en';

const MAX_DATES = 200;

function buildSchema(locale: InputLocale) {
	const o = { locale };
	const required = () => m.offer_err_required({}, o);
	const tooLong = (max: number) => ({ error: () => m.offer_err_too_long({ max }, o) });
	const oneOf = (codes: string[]) =>
		z.string().refine((v) => codes.includes(v), { error: () => m.offer_err_unknown_code({}, o) });

	/** Optional text: blank becomes null. */
	const optText = (max: number) =>
		z
			.string({ error: () => m.offer_err_text({}, o) })
			.trim()
			.max(max, tooLong(max))
			.nullish()
			.transform((v) => (v ? v : null));
	const reqText = (min: number, max: number) =>
		z
			.string({ error: required })
			.trim()
			.min(1, { error: required })
			.min(min, { error: () => m.offer_err_too_short({ min }, o) })
			.max(max, tooLong(max));
	const dateTime = z.iso.datetime({ offset: true, error: () => m.offer_err_datetime({}, o) });
	const bool = (fallback: boolean) =>
		z.boolean({ error: () => m.offer_err_boolean({}, o) }).default(fallback);
	const httpUrl = z
		.string()
		.trim()
		.max(500, tooLong(500))
		.refine((v) => /^https?:\/\/[^\s/$.?#][^\s]*$/i.test(v), {
			error: () => m.offer_err_url({}, o)
		});
	const email = z
		.string()
		.trim()
		.max(254, tooLong(254))
		.pipe(z.email({ error: () => m.offer_err_email({}, o) }));
	const blankToNull = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? null : v);

	const topics = termCodes('topics');
	const lifePhases = termCodes('life-phases');
	const languages = termCodes('languages');
	const districtSlugs = cityConfig().districts.map((d) => d.slug);

	const translation = z.object({
		title: reqText(3, 200),
		summary: optText(300),
		description: optText(10_000)
	});

	const age = z
		.number({ error: () => m.offer_err_age({}, o) })
		.int({ error: () => m.offer_err_age({}, o) })
		.min(0, { error: () => m.offer_err_age({}, o) })
		.max(120, { error: () => m.offer_err_age({}, o) })
		.nullish()
		.transform((v) => v ?? null);

	return z
		.object({
			institution: z.object(
				{
					id: z.uuid({ error: () => m.offer_err_institution({}, o) }).optional(),
					slug: z.string().trim().min(1).max(200).optional()
				},
				{ error: () => m.offer_err_institution({}, o) }
			),
			externalId: optText(200),
			title: reqText(3, 200),
			summary: optText(300),
			description: reqText(10, 10_000),
			translations: z
				.record(
					z.string().refine((k) => k !== 'de' && languages.includes(k), {
						error: () => m.offer_err_translation_locale({}, o)
					}),
					translation
				)
				.default({}),
			format: oneOf(termCodes('formats')),
			topics: z
				.array(oneOf(topics))
				.min(1, { error: () => m.offer_err_pick_one({}, o) })
				.max(topics.length),
			lifePhases: z
				.array(oneOf(lifePhases))
				.min(1, { error: () => m.offer_err_pick_one({}, o) })
				.max(lifePhases.length),
			ageMin: age,
			ageMax: age,
			languages: z
				.array(oneOf(languages))
				.min(1, { error: () => m.offer_err_pick_one({}, o) })
				.max(languages.length)
				.default(['de']),
			cost: z
				.object({
					type: z.enum(['free', 'paid'], { error: () => m.offer_err_unknown_code({}, o) }),
					amountCents: z
						.number({ error: () => m.offer_err_amount({}, o) })
						.int({ error: () => m.offer_err_amount({}, o) })
						.min(0, { error: () => m.offer_err_amount({}, o) })
						.max(10_000_000, { error: () => m.offer_err_amount({}, o) })
						.nullish()
						.transform((v) => v ?? null),
					note: optText(300),
					reducedFeeAvailable: bool(false)
				})
				.default({ type: 'free', amountCents: null, note: null, reducedFeeAvailable: false }),
			butEligible: bool(false),
			accessibility: z
				.object({
					wheelchairAccessible: z
						.boolean({ error: () => m.offer_err_boolean({}, o) })
						.nullish()
						.transform((v) => v ?? null),
					notes: optText(1000)
				})
				.default({ wheelchairAccessible: null, notes: null }),
			location: z
				.object({
					atInstitution: bool(true),
					name: optText(200),
					street: optText(200),
					postalCode: z.preprocess(
						blankToNull,
						z
							.string()
							.trim()
							.regex(/^\d{5}$/, { error: () => m.offer_err_postal_code({}, o) })
							.nullish()
							.transform((v) => v ?? null)
					),
					locality: optText(100),
					district: z
						.object({
							slug: z.string().refine((v) => districtSlugs.includes(v), {
								error: () => m.offer_err_district({}, o)
							})
						})
						.nullish()
						.transform((v) => v ?? null),
					lat: z
						.number()
						.min(-90)
						.max(90)
						.nullish()
						.transform((v) => v ?? null),
					lon: z
						.number()
						.min(-180)
						.max(180)
						.nullish()
						.transform((v) => v ?? null)
				})
				.default({
					atInstitution: true,
					name: null,
					street: null,
					postalCode: null,
					locality: null,
					district: null,
					lat: null,
					lon: null
				}),
			schedule: z.object({
				type: z.enum(['ongoing', 'dates', 'recurring'], {
					error: () => m.offer_err_unknown_code({}, o)
				}),
				note: optText(300),
				rrule: z.preprocess(
					blankToNull,
					z
						.string()
						.trim()
						.max(500, tooLong(500))
						.refine((v) => parseRule(v) !== null, { error: () => m.offer_err_rrule({}, o) })
						.nullish()
						.transform((v) => v ?? null)
				),
				start: z.preprocess(
					blankToNull,
					dateTime.nullish().transform((v) => v ?? null)
				),
				until: z.preprocess(
					blankToNull,
					dateTime.nullish().transform((v) => v ?? null)
				),
				durationMinutes: z
					.number({ error: () => m.offer_err_duration({}, o) })
					.int({ error: () => m.offer_err_duration({}, o) })
					.min(1, { error: () => m.offer_err_duration({}, o) })
					.max(24 * 60, { error: () => m.offer_err_duration({}, o) })
					.nullish()
					.transform((v) => v ?? null),
				exceptions: z.array(dateTime).max(MAX_DATES, tooLong(MAX_DATES)).default([]),
				dates: z
					.array(
						z.object({
							startsAt: dateTime,
							endsAt: z.preprocess(
								blankToNull,
								dateTime.nullish().transform((v) => v ?? null)
							),
							note: optText(200)
						})
					)
					.max(MAX_DATES, tooLong(MAX_DATES))
					.default([])
			}),
			registration: z
				.object({
					required: bool(false),
					url: z.preprocess(
						blankToNull,
						httpUrl.nullish().transform((v) => v ?? null)
					),
					email: z.preprocess(
						blankToNull,
						email.nullish().transform((v) => v ?? null)
					),
					phone: z.preprocess(
						blankToNull,
						z
							.string()
							.trim()
							.regex(/^[+0-9][0-9 ()/-]{4,30}$/, { error: () => m.offer_err_phone({}, o) })
							.nullish()
							.transform((v) => v ?? null)
					),
					note: optText(500)
				})
				.default({ required: false, url: null, email: null, phone: null, note: null }),
			sdgs: z
				.array(
					z
						.number({ error: () => m.offer_err_sdg({}, o) })
						.int({ error: () => m.offer_err_sdg({}, o) })
						.min(1, { error: () => m.offer_err_sdg({}, o) })
						.max(17, { error: () => m.offer_err_sdg({}, o) })
				)
				.max(17)
				.default([])
		})
		.superRefine((v, ctx) => {
			const add = (path: (string | number)[], message: string) =>
				ctx.addIssue({ code: 'custom', path, message });
			if (!v.institution.id && !v.institution.slug)
				add(['institution'], m.offer_err_institution({}, o));
			if (v.ageMin != null && v.ageMax != null && v.ageMin > v.ageMax) {
				add(['ageMax'], m.offer_err_age_order({}, o));
			}
			if (v.cost.type === 'paid' && v.cost.amountCents == null && !v.cost.note) {
				add(['cost', 'amountCents'], m.offer_err_amount_required({}, o));
			}
			if (!v.location.atInstitution) {
				if (!v.location.street) add(['location', 'street'], required());
				if (!v.location.postalCode) add(['location', 'postalCode'], required());
				if (!v.location.locality) add(['location', 'locality'], required());
				if (!v.location.district) add(['location', 'district', 'slug'], required());
			}
			const s = v.schedule;
			if (s.type === 'dates') {
				if (s.dates.length === 0) add(['schedule', 'dates'], m.offer_err_dates_required({}, o));
				s.dates.forEach((d, i) => {
					if (d.endsAt && Date.parse(d.endsAt) < Date.parse(d.startsAt)) {
						add(['schedule', 'dates', i, 'endsAt'], m.offer_err_end_before_start({}, o));
					}
				});
			}
			if (s.type === 'recurring') {
				if (!s.rrule) add(['schedule', 'rrule'], required());
				if (!s.start) add(['schedule', 'start'], required());
				if (s.start && s.until && Date.parse(s.until) < Date.parse(s.start)) {
					add(['schedule', 'until'], m.offer_err_end_before_start({}, o));
				}
			}
			if (
				v.registration.required &&
				!v.registration.url &&
				!v.registration.email &&
				!v.registration.phone
			) {
				add(['registration', 'url'], m.offer_err_registration_contact({}, o));
			}
		});
}

const schemas = new Map<InputLocale, ReturnType<typeof buildSchema>>();
export function offerInputSchema(locale: InputLocale = 'de') {
	let s = schemas.get(locale);
	if (!s) {
		s = buildSchema(locale);
		schemas.set(locale, s);
	}
	return s;
}

/** A valid write body (after defaults and trimming). */
export type TOfferInput = z.output<ReturnType<typeof buildSchema>>;
/** What a client may send. */
export type TOfferInputRaw = z.input<ReturnType<typeof buildSchema>>;

export type ParsedOfferInput =
	{ ok: true; data: TOfferInput } | { ok: false; issues: FieldIssue[] };

/** Validates a write body; every problem is listed with its dotted field path. */
export function parseOfferInput(raw: unknown, locale: InputLocale = 'de'): ParsedOfferInput {
	const parsed = offerInputSchema(locale).safeParse(raw);
	if (parsed.success) return { ok: true, data: parsed.data };
	const seen = new Set<string>();
	const issues: FieldIssue[] = [];
	for (const issue of parsed.error.issues) {
		const field = issue.path.join('.') || '(body)';
		const message =
			issue.code === 'unrecognized_keys' ? m.offer_err_text({}, { locale }) : issue.message;
		const key = `${field}\u0000${message}`;
		if (seen.has(key)) continue;
		seen.add(key);
		issues.push({ field, message });
	}
	return { ok: false, issues };
}

/** The write body of an existing offer (for the editor, diffs and round trips). */
export function offerToInput(offer: TOffer & { externalId?: string | null }): TOfferInput {
	return {
		institution: { id: offer.institution.id, slug: offer.institution.slug },
		externalId: offer.externalId ?? null,
		title: offer.title,
		summary: offer.summary,
		description: offer.description,
		translations: Object.fromEntries(
			Object.entries(offer.translations).map(([k, t]) => [
				k,
				{ title: t.title, summary: t.summary ?? null, description: t.description ?? null }
			])
		),
		format: offer.format,
		topics: offer.topics,
		lifePhases: offer.lifePhases,
		ageMin: offer.ageMin,
		ageMax: offer.ageMax,
		languages: offer.languages,
		cost: { ...offer.cost },
		butEligible: offer.butEligible,
		accessibility: { ...offer.accessibility },
		location: offer.location.atInstitution
			? {
					atInstitution: true,
					name: null,
					street: null,
					postalCode: null,
					locality: null,
					district: null,
					lat: null,
					lon: null
				}
			: {
					atInstitution: false,
					name: offer.location.name,
					street: offer.location.street,
					postalCode: offer.location.postalCode,
					locality: offer.location.locality,
					district: { slug: offer.location.district.slug },
					lat: offer.location.lat,
					lon: offer.location.lon
				},
		schedule: {
			type: offer.schedule.type,
			note: offer.schedule.note,
			rrule: offer.schedule.rrule,
			start: offer.schedule.start,
			until: offer.schedule.until,
			durationMinutes: offer.schedule.durationMinutes,
			exceptions: offer.schedule.exceptions,
			dates: offer.schedule.dates.map((d) => ({ ...d }))
		},
		registration: { ...offer.registration },
		sdgs: offer.sdgs
	};
}
