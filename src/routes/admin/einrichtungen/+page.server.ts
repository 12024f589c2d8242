import { getApp } from '$lib/server/app';
import { requireStaff } from '$lib/server/http/admin-guard';
import {
	listInstitutionsForAdmin,
	ZAdminInstitutionFilter
} from '$lib/server/institutions/institution-admin';
import { institutionFormOptions } from '$lib/server/institutions/institution-form';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const actor = requireStaff(locals);
	const raw = {
		q: url.searchParams.get('q') ?? '',
		type: url.searchParams.get('type') ?? '',
		district: url.searchParams.get('district') ?? '',
		page: url.searchParams.get('page') ?? ''
	};
	const parsed = ZAdminInstitutionFilter.safeParse(raw);
	const filter = parsed.success ? parsed.data : ZAdminInstitutionFilter.parse({});
	const { handle } = await getApp();
	const result = await listInstitutionsForAdmin(handle.db, {
		actor,
		filter,
		locale: locals.locale
	});
	const options = institutionFormOptions(locals.locale);
	return {
		filter: { q: filter.q ?? '', type: filter.type ?? '', district: filter.district ?? '' },
		page: filter.page,
		invalid: !parsed.success,
		result,
		types: options.types,
		districtGroups: options.districtGroups
	};
};
