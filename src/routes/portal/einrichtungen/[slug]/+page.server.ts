import { error, redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { localizeHref } from '$lib/paraglide/runtime';
import { getApp } from '$lib/server/app';
import { institutionRole, isStaff, type Actor } from '$lib/server/accounts';
import { cityConfig } from '$lib/server/config/city';
import { taxonomies } from '$lib/server/config/taxonomies';
import { getInstitutionBySlug, updateInstitution } from '$lib/server/institutions';
import { listInstitutionManagers } from '$lib/server/portal';
import { failFromAppError, forbidden, requireUser } from '$lib/server/portal/guard';
import {
	MAX_HOURS_ROWS,
	inputFromValues,
	valuesFromForm,
	valuesFromInstitution,
	withoutBlankRows,
	type ProfileValues
} from '$lib/server/portal/profile-form';
import type { Actions, PageServerLoad } from './$types';

async function institutionFor(actor: Actor, slug: string, locale: string) {
	const { handle } = await getApp();
	const institution = await getInstitutionBySlug(handle.db, slug, { locale });
	if (!institution) error(404, m.portal_institution_not_found());
	const role = institutionRole(actor, institution.id);
	if (!role) forbidden();
	return { db: handle.db, institution, role: role! };
}

export const load: PageServerLoad = async ({ params, locals, url }) => {
	const { actor } = requireUser(locals);
	const locale = locals.locale;
	const { db, institution, role } = await institutionFor(actor, params.slug, locale);
	const canEdit = role === 'manager';
	const label = (t: { de: string; en: string }) => (locale === 'en' ? t.en : t.de);
	const tax = taxonomies();
	const boroughs = [...new Set(cityConfig().districts.map((d) => d.borough))];
	return {
		institution: {
			id: institution.id,
			slug: institution.slug,
			name: institution.name,
			typeLabel: institution.typeLabel,
			districtName: institution.address.district.name
		},
		values: valuesFromInstitution(institution),
		canEdit,
		myRole: isStaff(actor) ? ('staff' as const) : role,
		managers: canEdit
			? []
			: (await listInstitutionManagers(db, { actor, institutionId: institution.id })).map(
					(u) => u.displayName
				),
		saved: url.searchParams.get('saved') === '1',
		maxHoursRows: MAX_HOURS_ROWS,
		options: {
			types: tax['institution-types'].map((t) => ({ value: t.code, label: label(t) })),
			languages: tax.languages.map((t) => ({ value: t.code, label: label(t) })),
			districtGroups: boroughs.map((borough) => ({
				borough,
				options: cityConfig()
					.districts.filter((d) => d.borough === borough)
					.sort((a, b) => a.name.localeCompare(b.name, 'de'))
					.map((d) => ({ value: d.slug, label: d.name }))
			}))
		}
	};
};

/** Only managers and staff may use the form; editors get 403 even when posting directly. */
async function editable(locals: App.Locals, slug: string) {
	const { actor } = requireUser(locals);
	const ctx = await institutionFor(actor, slug, locals.locale);
	if (ctx.role !== 'manager') error(403, m.portal_forbidden_manage());
	return { actor, ...ctx };
}

export const actions: Actions = {
	save: async ({ request, locals, params }) => {
		const { actor, db, institution } = await editable(locals, params.slug);
		const values = withoutBlankRows(valuesFromForm(await request.formData()));
		try {
			await updateInstitution(db, {
				actor,
				institutionId: institution.id,
				input: inputFromValues(values, institution)
			});
		} catch (e) {
			return failFromAppError(e, { values });
		}
		redirect(303, `${localizeHref(`/portal/einrichtungen/${institution.slug}`)}?saved=1`);
	},
	/** Adds an empty opening-hours row (no JavaScript needed); nothing is saved. */
	addHours: async ({ request, locals, params }) => {
		await editable(locals, params.slug);
		const values: ProfileValues = valuesFromForm(await request.formData());
		if (values.openingHours.length < MAX_HOURS_ROWS) {
			values.openingHours.push({ days: '', opens: '', closes: '', note: '' });
		}
		return { values };
	},
	/** Removes the row whose button was pressed; nothing is saved. */
	removeHours: async ({ request, locals, params }) => {
		await editable(locals, params.slug);
		const form = await request.formData();
		const values: ProfileValues = valuesFromForm(form);
		const row = Number(form.get('row'));
		if (Number.isInteger(row) && row >= 0) values.openingHours.splice(row, 1);
		return { values };
	}
};
