import { isStaffUser, requireUser } from '$lib/server/portal/guard';
import type { LayoutServerLoad } from './$types';

/** Every portal page needs a signed-in user (providers and staff); visitors go to the sign-in page. */
export const load: LayoutServerLoad = ({ locals }) => {
	const { user } = requireUser(locals);
	return {
		portal: {
			isStaff: isStaffUser(user),
			institutions: user.memberships.map((ms) => ({
				slug: ms.institutionSlug,
				name: ms.institutionName,
				role: ms.role
			}))
		}
	};
};
