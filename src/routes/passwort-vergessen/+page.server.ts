import { fail, redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { localizeHref } from '$lib/paraglide/runtime';
import { getApp } from '$lib/server/app';
import { requestPasswordReset, ZEmail } from '$lib/server/accounts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url }) => ({ sent: url.searchParams.has('gesendet') });

export const actions: Actions = {
	default: async ({ request, getClientAddress }) => {
		const form = await request.formData();
		const email = String(form.get('email') ?? '').slice(0, 300);
		const parsed = ZEmail.safeParse(email);
		if (!parsed.success) return fail(400, { email, errors: { email: m.account_email_invalid() } });
		const { handle } = await getApp();
		// The same answer whether or not the account exists (see password-reset.ts).
		await requestPasswordReset(handle.db, { email: parsed.data, ip: getClientAddress() });
		redirect(303, `${localizeHref('/passwort-vergessen')}?gesendet`);
	}
};
