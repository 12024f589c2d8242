/**
 * Route helpers for the portal pages. The layout's guard does not run for form
 * actions, so every load and every action asks here itself.
 */
import { error, fail, redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { localizeHref } from '$lib/paraglide/runtime';
import { isStaff, userActor, type Actor, type SessionUser } from '$lib/server/accounts';
import { isAppError } from '$lib/server/errors';

/** The signed-in user and actor; visitors go to the sign-in page (303). */
export function requireUser(locals: App.Locals): { user: SessionUser; actor: Actor } {
	if (!locals.user) redirect(303, localizeHref('/anmelden'));
	return { user: locals.user, actor: userActor(locals.user) };
}

export const isStaffUser = (user: SessionUser): boolean => isStaff(userActor(user));

/**
 * Turns an expected failure of a use case into the page's answer: 403 and 404
 * as error pages, invalid input and conflicts as `fail()` with field messages.
 */
export function failFromAppError<T extends Record<string, unknown>>(e: unknown, extra: T) {
	if (!isAppError(e)) throw e;
	if (e.code === 'forbidden' || e.code === 'unauthenticated') error(403, e.message);
	if (e.code === 'not_found') error(404, e.message);
	return fail(e.code === 'conflict' ? 409 : 400, {
		...extra,
		message: e.message,
		issues: e.issues
	});
}

export const forbidden = (): never => error(403, m.portal_forbidden());
