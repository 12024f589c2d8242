import { error, fail, redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { localizeHref } from '$lib/paraglide/runtime';
import { getApp } from '$lib/server/app';
import { failFromError, requireStaff } from '$lib/server/http/admin-guard';
import { USER_ROLES } from '$lib/server/accounts';
import {
	addMembership,
	adminRemoveMembership,
	canChangeRoles,
	canSetDisabled,
	getUserForAdmin,
	setMembershipRole,
	setUserDisabled,
	updateUserRole
} from '$lib/server/accounts/user-admin';
import { listInstitutionChoices } from '$lib/server/institutions/institution-admin';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const actor = requireStaff(locals);
	const { handle } = await getApp();
	const user = await getUserForAdmin(handle.db, { actor, userId: params.id });
	if (!user) error(404, m.manage_user_not_found());
	const institutions = await listInstitutionChoices(handle.db, { actor });
	const memberOf = new Set(user.memberships.map((ms) => ms.institutionId));
	const confirm = url.searchParams.get('bestaetigen');
	const removeId = url.searchParams.get('entfernen');
	return {
		user,
		isSelf: user.id === actor.user.id,
		canChangeRoles: canChangeRoles(actor),
		canSetDisabled: canSetDisabled(actor, user),
		roles: USER_ROLES,
		addable: institutions
			.filter((i) => !memberOf.has(i.id))
			.map((i) => ({ id: i.id, name: i.name })),
		confirm: confirm === 'sperren' || confirm === 'entsperren' ? confirm : null,
		removing: user.memberships.find((ms) => ms.institutionId === removeId) ?? null,
		done: url.searchParams.get('erledigt'),
		created: url.searchParams.has('angelegt')
	};
};

const text = (fd: FormData, name: string) => {
	const v = fd.get(name);
	return typeof v === 'string' ? v : '';
};

/** Runs one use case for the user in the URL and redirects with a note of what was done. */
async function perform(
	locals: App.Locals,
	userId: string,
	done: string,
	run: (ctx: {
		db: Awaited<ReturnType<typeof getApp>>['handle']['db'];
		actor: ReturnType<typeof requireStaff>;
	}) => Promise<unknown>,
	form: string
) {
	const actor = requireStaff(locals);
	const { handle } = await getApp();
	try {
		await run({ db: handle.db, actor });
	} catch (e) {
		return failFromError(e, { form });
	}
	redirect(303, localizeHref(`/admin/benutzer/${userId}?erledigt=${done}`));
}

export const actions: Actions = {
	role: async ({ locals, params, request }) => {
		const role = text(await request.formData(), 'role');
		return perform(
			locals,
			params.id,
			'rolle',
			({ db, actor }) => updateUserRole(db, { actor, userId: params.id, role }),
			'role'
		);
	},
	disable: async ({ locals, params }) =>
		perform(
			locals,
			params.id,
			'gesperrt',
			({ db, actor }) => setUserDisabled(db, { actor, userId: params.id, disabled: true }),
			'status'
		),
	enable: async ({ locals, params }) =>
		perform(
			locals,
			params.id,
			'entsperrt',
			({ db, actor }) => setUserDisabled(db, { actor, userId: params.id, disabled: false }),
			'status'
		),
	addMembership: async ({ locals, params, request }) => {
		const fd = await request.formData();
		const institutionId = text(fd, 'institutionId');
		if (!institutionId) {
			requireStaff(locals);
			const message = m.manage_user_membership_choose();
			return fail(400, {
				form: 'membership-add',
				message,
				issues: [{ field: 'institutionId', message }]
			});
		}
		return perform(
			locals,
			params.id,
			'mitgliedschaft-neu',
			({ db, actor }) =>
				addMembership(db, {
					actor,
					userId: params.id,
					institutionId,
					role: text(fd, 'membershipRole')
				}),
			'membership-add'
		);
	},
	membershipRole: async ({ locals, params, request }) => {
		const fd = await request.formData();
		return perform(
			locals,
			params.id,
			'mitgliedschaft-rolle',
			({ db, actor }) =>
				setMembershipRole(db, {
					actor,
					userId: params.id,
					institutionId: text(fd, 'institutionId'),
					role: text(fd, 'membershipRole')
				}),
			'membership-role'
		);
	},
	removeMembership: async ({ locals, params, request }) => {
		const fd = await request.formData();
		return perform(
			locals,
			params.id,
			'mitgliedschaft-entfernt',
			({ db, actor }) =>
				adminRemoveMembership(db, {
					actor,
					userId: params.id,
					institutionId: text(fd, 'institutionId')
				}),
			'membership-remove'
		);
	}
};
