import { fail, redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { localizeHref } from '$lib/paraglide/runtime';
import { getApp } from '$lib/server/app';
import {
	acceptInvitation,
	getInvitation,
	SESSION_COOKIE,
	sessionCookieOptions,
	type InvitationStatus
} from '$lib/server/accounts';
import { newPasswordErrors } from '$lib/server/accounts/form-messages';
import { isAppError } from '$lib/server/errors';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, setHeaders }) => {
	setHeaders({ 'cache-control': 'no-store' });
	const { handle } = await getApp();
	return await getInvitation(handle.db, params.token);
};

export const actions: Actions = {
	default: async ({ request, params, cookies }) => {
		const form = await request.formData();
		const displayName = String(form.get('displayName') ?? '')
			.trim()
			.slice(0, 500);
		const password = String(form.get('password') ?? '');
		const repeat = String(form.get('passwordRepeat') ?? '');
		const { handle } = await getApp();
		const view = await getInvitation(handle.db, params.token);
		if (view.status !== 'valid') return fail(400, { status: view.status, displayName, errors: {} });
		const inv = view.invitation!;

		const errors: Record<string, string> = {};
		if (inv.account === 'none') {
			if (!displayName) errors.displayName = m.invite_display_name_missing();
			else if (displayName.length > 120) errors.displayName = m.invite_display_name_too_long();
		}
		if (inv.account !== 'password') {
			Object.assign(errors, newPasswordErrors(password, repeat, [inv.email, displayName]));
		}
		if (Object.keys(errors).length > 0) {
			return fail(400, { status: view.status, displayName, errors });
		}
		let accepted;
		try {
			accepted = await acceptInvitation(handle.db, {
				token: params.token,
				input: { displayName, password },
				context: {
					userAgent: request.headers.get('user-agent'),
					currentToken: cookies.get(SESSION_COOKIE)
				}
			});
		} catch (e) {
			if (!isAppError(e)) throw e;
			if (e.code === 'invalid_input') {
				const field = e.issues[0]?.field ?? 'password';
				return fail(400, { status: view.status, displayName, errors: { [field]: e.message } });
			}
			const status = (e.issues[0]?.message ?? 'invalid') as InvitationStatus;
			return fail(400, { status, displayName, errors: {} });
		}
		cookies.set(
			SESSION_COOKIE,
			accepted.session.token,
			sessionCookieOptions(accepted.session.expiresAt)
		);
		redirect(303, localizeHref('/portal'));
	}
};
