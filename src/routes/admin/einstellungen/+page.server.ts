/**
 * /admin/einstellungen: system settings (admins only; coordinators get 403).
 * Today: the freshness periods — when offers are marked stale, when providers
 * are reminded, when stale offers are hidden. Validated here with messages in
 * the user's language, then saved (and audited) by updateFreshnessSettings.
 */
import { error, fail, redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { localizeHref } from '$lib/paraglide/runtime';
import { getApp } from '$lib/server/app';
import { requireAdmin } from '$lib/server/http/admin-guard';
import { isAppError, ErrorCode } from '$lib/server/errors';
import { countOffersByFreshness, updateFreshnessSettings } from '$lib/server/freshness';
import { FRESHNESS_LIMITS, getSettings } from '$lib/server/settings';
import type { Actions, PageServerLoad } from './$types';

const FIELDS = ['staleAfterDays', 'reminderDaysBefore', 'graceDays'] as const;
type Field = (typeof FIELDS)[number];
type Values = Record<Field, string>;
type Errors = Partial<Record<Field, string>>;

/** Whole numbers in range, and the reminder before the offer goes stale. */
function validate(values: Values, locale: 'de' | 'en'): Errors {
	const errors: Errors = {};
	const n: Partial<Record<Field, number>> = {};
	for (const f of FIELDS) {
		const { min, max } = FRESHNESS_LIMITS[f];
		const v = /^\d{1,5}$/.test(values[f]) ? Number(values[f]) : NaN;
		if (Number.isInteger(v) && v >= min && v <= max) n[f] = v;
		else errors[f] = m.fresh_error_range({ min, max }, { locale });
	}
	if (
		n.staleAfterDays !== undefined &&
		n.reminderDaysBefore !== undefined &&
		n.reminderDaysBefore >= n.staleAfterDays
	) {
		errors.reminderDaysBefore = m.fresh_error_reminder({}, { locale });
	}
	return errors;
}

export const load: PageServerLoad = async ({ locals, url }) => {
	requireAdmin(locals, m.fresh_forbidden({}, { locale: locals.locale }));
	const { handle } = await getApp();
	const { freshness } = await getSettings(handle.db);
	const changed = Number(url.searchParams.get('geaendert'));
	return {
		freshness,
		limits: FRESHNESS_LIMITS,
		counts: await countOffersByFreshness(handle.db, freshness),
		saved: url.searchParams.has('gespeichert'),
		changedOffers: Number.isInteger(changed) && changed >= 0 ? changed : 0
	};
};

export const actions = {
	default: async ({ request, locals }) => {
		const actor = requireAdmin(locals, m.fresh_forbidden({}, { locale: locals.locale }));
		const form = await request.formData();
		const values = Object.fromEntries(
			FIELDS.map((f) => [
				f,
				String(form.get(f) ?? '')
					.trim()
					.slice(0, 20)
			])
		) as Values;
		const errors = validate(values, locals.locale);
		if (Object.keys(errors).length > 0) return fail(400, { values, errors, message: '' });

		const { handle } = await getApp();
		try {
			const { changedOffers } = await updateFreshnessSettings(handle.db, {
				actor,
				input: Object.fromEntries(FIELDS.map((f) => [f, Number(values[f])]))
			});
			redirect(303, localizeHref(`/admin/einstellungen?gespeichert=1&geaendert=${changedOffers}`));
		} catch (e) {
			if (!isAppError(e)) throw e;
			if (e.code === ErrorCode.Forbidden)
				error(403, m.fresh_forbidden({}, { locale: locals.locale }));
			const fieldErrors: Errors = {};
			for (const issue of e.issues) {
				if ((FIELDS as readonly string[]).includes(issue.field)) {
					fieldErrors[issue.field as Field] = issue.message;
				}
			}
			return fail(400, {
				values,
				errors: fieldErrors,
				message: m.fresh_error_save({ message: e.message }, { locale: locals.locale })
			});
		}
	}
} satisfies Actions;
