import { fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { localizeHref } from '$lib/paraglide/runtime';
import { getApp } from '$lib/server/app';
import { SESSION_COOKIE, sessionCookieOptions, signIn } from '$lib/server/accounts';
import type { Actions, PageServerLoad } from './$types';

const ZForm = z.object({
	email: z.string().trim().min(1).max(254),
	password: z.string().min(1).max(256)
});

export const load: PageServerLoad = ({ locals, url }) => {
	if (locals.user) redirect(303, localizeHref('/portal'));
	// After a password reset (/passwort-neu/…) the page confirms the change.
	return { passwordChanged: url.searchParams.get('passwort') === 'geaendert' };
};

export const actions: Actions = {
	default: async ({ request, cookies, getClientAddress }) => {
		const form = await request.formData();
		const email = String(form.get('email') ?? '');
		const parsed = ZForm.safeParse({ email, password: form.get('password') ?? '' });
		if (!parsed.success) return fail(400, { email, message: m.signin_missing() });

		const { handle } = await getApp();
		const result = await signIn(handle.db, {
			input: parsed.data,
			context: {
				ip: getClientAddress(),
				userAgent: request.headers.get('user-agent'),
				currentToken: cookies.get(SESSION_COOKIE)
			}
		});
		if (!result.ok) {
			if (result.reason === 'locked') {
				const minutes = Math.max(1, Math.ceil(result.retryAfterSeconds / 60));
				return fail(429, { email, message: m.signin_locked({ minutes }) });
			}
			return fail(400, { email, message: m.signin_invalid() });
		}
		cookies.set(SESSION_COOKIE, result.token, sessionCookieOptions(result.expiresAt));
		redirect(303, localizeHref('/portal'));
	}
};
