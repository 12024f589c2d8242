import { error, fail, redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { localizeHref } from '$lib/paraglide/runtime';
import { getApp } from '$lib/server/app';
import { changePassword, SESSION_COOKIE, userActor } from '$lib/server/accounts';
import { newPasswordErrors } from '$lib/server/accounts/form-messages';
import { isAppError } from '$lib/server/errors';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
	if (!locals.user) redirect(303, localizeHref('/anmelden'));
	const { email, displayName, role, memberships } = locals.user;
	return {
		account: { email, displayName, role, memberships },
		changed: url.searchParams.has('geaendert')
	};
};

export const actions: Actions = {
	password: async ({ request, locals, cookies }) => {
		if (!locals.user) redirect(303, localizeHref('/anmelden'));
		const form = await request.formData();
		const currentPassword = String(form.get('currentPassword') ?? '');
		const newPassword = String(form.get('newPassword') ?? '');
		const repeat = String(form.get('newPasswordRepeat') ?? '');
		const errors: Record<string, string> = {};
		if (!currentPassword) errors.currentPassword = m.account_current_password_missing();
		Object.assign(
			errors,
			newPasswordErrors(newPassword, repeat, [locals.user.email, locals.user.displayName], {
				password: 'newPassword',
				repeat: 'newPasswordRepeat'
			})
		);
		if (!errors.newPassword && currentPassword && newPassword === currentPassword) {
			errors.newPassword = m.account_password_same();
		}
		if (Object.keys(errors).length > 0) return fail(400, { errors });

		const { handle } = await getApp();
		try {
			await changePassword(handle.db, {
				actor: userActor(locals.user),
				input: { currentPassword, newPassword },
				currentToken: cookies.get(SESSION_COOKIE)
			});
		} catch (e) {
			if (!isAppError(e)) throw e;
			if (e.code === 'forbidden') {
				return fail(429, { errors: { currentPassword: m.account_password_locked() } });
			}
			if (e.code === 'unauthenticated') error(401, e.message);
			const field = e.issues[0]?.field ?? 'newPassword';
			const message = field === 'currentPassword' ? m.account_current_password_wrong() : e.message;
			return fail(400, { errors: { [field]: message } });
		}
		redirect(303, `${localizeHref('/portal/konto')}?geaendert`);
	}
};
