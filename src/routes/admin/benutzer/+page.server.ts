import { getApp } from '$lib/server/app';
import { requireStaff } from '$lib/server/http/admin-guard';
import { listUsers, ZUserListFilter } from '$lib/server/accounts/user-admin';
import { listInstitutionChoices } from '$lib/server/institutions/institution-admin';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const actor = requireStaff(locals);
	const raw = {
		q: url.searchParams.get('q') ?? '',
		role: url.searchParams.get('role') ?? '',
		institutionId: url.searchParams.get('institution') ?? '',
		status: url.searchParams.get('status') ?? '',
		page: url.searchParams.get('page') ?? ''
	};
	const parsed = ZUserListFilter.safeParse(raw);
	const filter = parsed.success ? parsed.data : ZUserListFilter.parse({});
	const { handle } = await getApp();
	const [result, institutions] = await Promise.all([
		listUsers(handle.db, { actor, filter }),
		listInstitutionChoices(handle.db, { actor })
	]);
	return {
		filter: {
			q: filter.q ?? '',
			role: filter.role ?? '',
			institution: filter.institutionId ?? '',
			status: filter.status ?? ''
		},
		invalid: !parsed.success,
		result,
		institutions: institutions.map((i) => ({ id: i.id, name: i.name }))
	};
};
