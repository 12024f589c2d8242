import { redirect } from '@sveltejs/kit';
import { localizeHref } from '$lib/paraglide/runtime';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => {
	if (!locals.user) redirect(303, localizeHref('/anmelden'));
	const { displayName, role, memberships } = locals.user;
	return {
		user: {
			displayName,
			role,
			memberships: memberships.map((ms) => ({ slug: ms.institutionSlug, name: ms.institutionName }))
		}
	};
};
