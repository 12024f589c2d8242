import { error, fail, redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { localizeHref } from '$lib/paraglide/runtime';
import { getApp } from '$lib/server/app';
import {
	canManageInstitution,
	inviteToInstitution,
	isStaff,
	listInvitations,
	listMembers,
	removeMembership,
	revokeInvitation,
	userActor,
	ZEmail
} from '$lib/server/accounts';
import { getInstitutionBySlug } from '$lib/server/institutions';
import { isAppError } from '$lib/server/errors';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

/** Signed in, the institution exists, and the user may manage it — or redirect / 404 / 403. */
async function guard({ locals, params }: Pick<RequestEvent, 'locals' | 'params'>) {
	if (!locals.user) redirect(303, localizeHref('/anmelden'));
	const { handle } = await getApp();
	const institution = await getInstitutionBySlug(handle.db, params.slug);
	if (!institution) error(404, m.team_not_found());
	const actor = userActor(locals.user);
	if (!canManageInstitution(actor, institution.id)) error(403, m.team_forbidden());
	const teamPath = localizeHref(`/portal/einrichtungen/${institution.slug}/team`);
	return { db: handle.db, institution, actor, user: locals.user, teamPath };
}

export const load: PageServerLoad = async (event) => {
	const { db, institution, actor, user } = await guard(event);
	const members = await listMembers(db, { actor, institutionId: institution.id });
	const { items: invitations } = await listInvitations(db, {
		actor,
		institutionId: institution.id,
		pageSize: 200
	});
	const q = event.url.searchParams;
	const revoke = invitations.find((i) => i.id === q.get('widerrufen'));
	const remove = members.find((mb) => mb.userId === q.get('entfernen'));
	return {
		institution: { id: institution.id, slug: institution.slug, name: institution.name },
		members,
		invitations,
		selfId: user.id,
		confirm: revoke
			? { kind: 'revoke' as const, id: revoke.id, email: revoke.email }
			: remove
				? {
						kind: 'remove' as const,
						id: remove.userId,
						email: remove.email,
						name: remove.displayName
					}
				: null,
		notice: q.get('ok')
	};
};

export const actions: Actions = {
	invite: async (event) => {
		const { db, institution, actor, teamPath } = await guard(event);
		const form = await event.request.formData();
		const email = String(form.get('email') ?? '')
			.trim()
			.slice(0, 300);
		const role = String(form.get('role') ?? '');
		const errors: { email?: string; role?: string } = {};
		if (!ZEmail.safeParse(email).success) errors.email = m.account_email_invalid();
		if (role !== 'editor' && role !== 'manager') errors.role = m.team_role_missing();
		if (Object.keys(errors).length > 0) return fail(400, { invite: { email, role, errors } });
		try {
			const r = await inviteToInstitution(db, {
				actor,
				input: { email, institutionId: institution.id, role: role as 'editor' | 'manager' }
			});
			redirect(303, `${teamPath}?ok=${r.mailed ? 'eingeladen' : 'nicht-versendet'}`);
		} catch (e) {
			if (!isAppError(e)) throw e;
			if (e.code === 'forbidden') error(403, m.team_forbidden());
			const failed: typeof errors = { email: e.message };
			return fail(e.status, { invite: { email, role, errors: failed } });
		}
	},
	revoke: async (event) => {
		const { db, actor, teamPath } = await guard(event);
		const form = await event.request.formData();
		try {
			await revokeInvitation(db, { actor, invitationId: String(form.get('invitationId') ?? '') });
		} catch (e) {
			if (!isAppError(e)) throw e;
			if (e.code === 'forbidden') error(403, m.team_forbidden());
			return fail(e.status, { actionError: e.code === 'not_found' ? m.team_gone() : e.message });
		}
		redirect(303, `${teamPath}?ok=widerrufen`);
	},
	remove: async (event) => {
		const { db, institution, actor, teamPath } = await guard(event);
		const form = await event.request.formData();
		const userId = String(form.get('userId') ?? '');
		try {
			await removeMembership(db, { actor, input: { institutionId: institution.id, userId } });
		} catch (e) {
			if (!isAppError(e)) throw e;
			if (e.code === 'forbidden') error(403, m.team_forbidden());
			const message =
				e.code === 'not_found'
					? m.team_gone()
					: e.code === 'conflict'
						? m.team_last_manager()
						: e.message;
			return fail(e.status, { actionError: message });
		}
		// Whoever removed themselves can no longer open this page.
		if (userId === event.locals.user?.id && !isStaff(actor)) redirect(303, localizeHref('/portal'));
		redirect(303, `${teamPath}?ok=entfernt`);
	}
};
