import { fail, redirect } from '@sveltejs/kit';
import { localizeHref } from '$lib/paraglide/runtime';
import { getApp } from '$lib/server/app';
import { getPasswordResetStatus, resetPassword, type ResetLinkStatus } from '$lib/server/accounts';
import { newPasswordErrors } from '$lib/server/accounts/form-messages';
import { isAppError } from '$lib/server/errors';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, setHeaders }) => {
	setHeaders({ 'cache-control': 'no-store' });
	const { handle } = await getApp();
	return await getPasswordResetStatus(handle.db, params.token);
};

export const actions: Actions = {
	default: async ({ request, params }) => {
		const form = await request.formData();
		const password = String(form.get('password') ?? '');
		const repeat = String(form.get('passwordRepeat') ?? '');
		const { handle } = await getApp();
		const link = await getPasswordResetStatus(handle.db, params.token);
		if (link.status !== 'valid') return fail(400, { linkStatus: link.status, errors: {} });

		const errors = newPasswordErrors(password, repeat, [link.email!]);
		if (Object.keys(errors).length > 0) return fail(400, { linkStatus: link.status, errors });
		try {
			await resetPassword(handle.db, { token: params.token, password });
		} catch (e) {
			if (!isAppError(e)) throw e;
			if (e.code === 'invalid_input') {
				return fail(400, { linkStatus: link.status, errors: { password: e.message } });
			}
			const status = (e.issues[0]?.message ?? 'unknown') as ResetLinkStatus;
			return fail(400, { linkStatus: status, errors: {} });
		}
		redirect(303, `${localizeHref('/anmelden')}?passwort=geaendert`);
	}
};
