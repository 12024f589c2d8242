import { error, fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { localizeHref } from '$lib/paraglide/runtime';
import { getApp } from '$lib/server/app';
import {
	inviteToInstitution,
	isStaff,
	listInstitutionOptions,
	listInvitations,
	revokeInvitation,
	userActor,
	ZEmail
} from '$lib/server/accounts';
import { isAppError } from '$lib/server/errors';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

const PAGE_SIZE = 50;

/** Staff only — this page does its own check; the admin layout is not enough for form actions. */
async function guard({ locals }: Pick<RequestEvent, 'locals'>) {
	if (!locals.user) redirect(303, localizeHref('/anmelden'));
	const actor = userActor(locals.user);
	if (!isStaff(actor)) error(403, m.invitations_forbidden());
	const { handle } = await getApp();
	return { db: handle.db, actor };
}

const ZQuery = z.object({
	einrichtung: z.string().trim().max(200).optional().catch(undefined),
	seite: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
	widerrufen: z.uuid().optional().catch(undefined)
});

export const load: PageServerLoad = async (event) => {
	const { db, actor } = await guard(event);
	const q = ZQuery.parse(Object.fromEntries(event.url.searchParams));
	const institutions = await listInstitutionOptions(db);
	const selected = institutions.find((i) => i.slug === q.einrichtung);
	const { total, items } = await listInvitations(db, {
		actor,
		institutionId: selected?.id,
		page: q.seite,
		pageSize: PAGE_SIZE
	});
	const revoke = items.find((i) => i.id === q.widerrufen);
	return {
		institutions,
		filter: selected?.slug ?? '',
		page: q.seite,
		pageSize: PAGE_SIZE,
		total,
		invitations: items,
		confirm: revoke ? { id: revoke.id, email: revoke.email } : null,
		notice: event.url.searchParams.get('ok')
	};
};

export const actions: Actions = {
	invite: async (event) => {
		const { db, actor } = await guard(event);
		const form = await event.request.formData();
		const email = String(form.get('email') ?? '')
			.trim()
			.slice(0, 300);
		const institutionId = String(form.get('institutionId') ?? '');
		const role = String(form.get('role') ?? '');
		const values = { email, institutionId, role };
		const errors: { email?: string; institutionId?: string; role?: string } = {};
		if (!ZEmail.safeParse(email).success) errors.email = m.account_email_invalid();
		if (!z.uuid().safeParse(institutionId).success) {
			errors.institutionId = m.invitations_institution_missing();
		}
		if (role !== 'editor' && role !== 'manager') errors.role = m.team_role_missing();
		if (Object.keys(errors).length > 0) return fail(400, { invite: { ...values, errors } });
		const path = localizeHref('/admin/einladungen');
		try {
			const r = await inviteToInstitution(db, {
				actor,
				input: { email, institutionId, role: role as 'editor' | 'manager' }
			});
			redirect(303, `${path}?ok=${r.mailed ? 'eingeladen' : 'nicht-versendet'}`);
		} catch (e) {
			if (!isAppError(e)) throw e;
			if (e.code === 'forbidden') error(403, m.invitations_forbidden());
			const field = e.code === 'not_found' ? 'institutionId' : 'email';
			const message = e.code === 'not_found' ? m.invitations_institution_missing() : e.message;
			return fail(e.status, { invite: { ...values, errors: { [field]: message } } });
		}
	},
	revoke: async (event) => {
		const { db, actor } = await guard(event);
		const form = await event.request.formData();
		try {
			await revokeInvitation(db, { actor, invitationId: String(form.get('invitationId') ?? '') });
		} catch (e) {
			if (!isAppError(e)) throw e;
			if (e.code === 'forbidden') error(403, m.invitations_forbidden());
			return fail(e.status, { actionError: e.code === 'not_found' ? m.team_gone() : e.message });
		}
		redirect(303, `${localizeHref('/admin/einladungen')}?ok=widerrufen`);
	}
};
