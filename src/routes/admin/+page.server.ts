import { getApp } from '$lib/server/app';
import { requireStaff } from '$lib/server/http/admin-guard';
import { backOfficeOverview } from '$lib/server/quality';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const actor = requireStaff(locals);
	const { handle } = await getApp();
	return { overview: await backOfficeOverview(handle.db, { actor, now: new Date() }) };
};
