import { fail, redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { localizeHref } from '$lib/paraglide/runtime';
import { getApp } from '$lib/server/app';
import { failFromError, requireStaff } from '$lib/server/http/admin-guard';
import { MEMBERSHIP_ROLES, type TMembershipRole, type TUserRole } from '$lib/server/accounts';
import { adminCreateUser, creatableRoles } from '$lib/server/accounts/user-admin';
import { listInstitutionChoices } from '$lib/server/institutions/institution-admin';
import type { Actions, PageServerLoad } from './$types';

interface NewUserValues {
	email: string;
	displayName: string;
	role: string;
	institutionSlug: string;
	membershipRole: string;
}

export const load: PageServerLoad = async ({ locals, url }) => {
	const actor = requireStaff(locals);
	const { handle } = await getApp();
	const institutions = await listInstitutionChoices(handle.db, { actor });
	const roles = creatableRoles(actor);
	const preselected = url.searchParams.get('einrichtung') ?? '';
	return {
		roles,
		institutions: institutions.map((i) => ({ slug: i.slug, name: i.name })),
		values: {
			email: '',
			displayName: '',
			role: roles.length === 1 || preselected ? 'provider' : '',
			institutionSlug: institutions.some((i) => i.slug === preselected) ? preselected : '',
			membershipRole: 'editor'
		} satisfies NewUserValues
	};
};

const text = (fd: FormData, name: string) => {
	const v = fd.get(name);
	return typeof v === 'string' ? v : '';
};

export const actions: Actions = {
	default: async ({ locals, request }) => {
		const actor = requireStaff(locals);
		const fd = await request.formData();
		const values: NewUserValues = {
			email: text(fd, 'email'),
			displayName: text(fd, 'displayName'),
			role: text(fd, 'role'),
			institutionSlug: text(fd, 'institutionSlug'),
			membershipRole: text(fd, 'membershipRole')
		};
		const password = text(fd, 'password');
		const allowed = creatableRoles(actor) as string[];
		if (!allowed.includes(values.role)) {
			const known = ['admin', 'coordinator', 'provider'].includes(values.role);
			const message = known ? m.manage_user_role_not_allowed() : m.manage_user_role_missing();
			return fail(known ? 403 : 400, {
				values,
				message,
				issues: [{ field: 'role', message }]
			});
		}
		const membershipRole = (MEMBERSHIP_ROLES as readonly string[]).includes(values.membershipRole)
			? (values.membershipRole as TMembershipRole)
			: 'editor';
		const { handle } = await getApp();
		let id: string;
		try {
			const created = await adminCreateUser(handle.db, {
				actor,
				input: {
					email: values.email,
					role: values.role as TUserRole,
					displayName: values.displayName.trim() || undefined,
					password: password === '' ? undefined : password,
					institutionSlug: values.institutionSlug || undefined,
					membershipRole
				}
			});
			id = created.id;
		} catch (e) {
			return failFromError(e, { values });
		}
		redirect(303, localizeHref(`/admin/benutzer/${id}?angelegt=1`));
	}
};
