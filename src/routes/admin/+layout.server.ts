import { requireStaff } from '$lib/server/http/admin-guard';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ locals }) => {
	const actor = requireStaff(locals);
	return { isAdmin: actor.user.role === 'admin' };
};
