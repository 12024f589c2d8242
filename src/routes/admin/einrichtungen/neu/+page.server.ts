import { fail, redirect } from '@sveltejs/kit';
import { localizeHref } from '$lib/paraglide/runtime';
import { getApp } from '$lib/server/app';
import { requireStaff } from '$lib/server/http/admin-guard';
import { createInstitution } from '$lib/server/institutions';
import {
	emptyInstitutionForm,
	institutionFormOptions,
	MAX_OPENING_HOURS,
	submitInstitutionForm
} from '$lib/server/institutions/institution-form';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => {
	requireStaff(locals);
	return {
		values: emptyInstitutionForm(),
		options: institutionFormOptions(locals.locale),
		maxHours: MAX_OPENING_HOURS
	};
};

export const actions: Actions = {
	default: async ({ locals, request }) => {
		const actor = requireStaff(locals);
		const { handle } = await getApp();
		const outcome = await submitInstitutionForm(await request.formData(), (input) =>
			createInstitution(handle.db, { actor, input })
		);
		if (outcome.status === 'edited') return { values: outcome.values };
		if (outcome.status === 'invalid') {
			const { httpStatus, values, message, issues } = outcome;
			return fail(httpStatus, { values, message, issues });
		}
		redirect(303, localizeHref(`/admin/einrichtungen/${outcome.result.slug}?angelegt=1`));
	}
};
