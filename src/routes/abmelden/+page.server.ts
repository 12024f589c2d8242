import { redirect } from '@sveltejs/kit';
import { localizeHref } from '$lib/paraglide/runtime';
import { getApp } from '$lib/server/app';
import {
	SESSION_COOKIE,
	sessionCookieOptions,
	signOut,
	signOutEverywhere,
	userActor
} from '$lib/server/accounts';
import type { Actions, PageServerLoad } from './$types';

/** Signing out is a POST; a GET shows the two buttons (or goes to the sign-in page). */
export const load: PageServerLoad = ({ locals }) => {
	if (!locals.user) redirect(303, localizeHref('/anmelden'));
};

export const actions: Actions = {
	signout: async ({ cookies }) => {
		const { handle } = await getApp();
		await signOut(handle.db, { input: { token: cookies.get(SESSION_COOKIE) } });
		cookies.delete(SESSION_COOKIE, sessionCookieOptions());
		redirect(303, localizeHref('/anmelden'));
	},
	everywhere: async ({ cookies, locals }) => {
		const { handle } = await getApp();
		if (locals.user) await signOutEverywhere(handle.db, { actor: userActor(locals.user) });
		cookies.delete(SESSION_COOKIE, sessionCookieOptions());
		redirect(303, localizeHref('/anmelden'));
	}
};
