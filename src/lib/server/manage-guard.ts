/**
 * Guards and error mapping for the back-office management pages
 * (/admin/einrichtungen, /admin/benutzer, /admin/seiten). Every load and every
 * action calls requireStaff itself, so the pages are safe without the admin
 * layout; the use cases check their policies again.
 */
import { error, fail, redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { localizeHref } from '$lib/paraglide/runtime';
import { isAdmin, isStaff, userActor, type Actor, type SessionUser } from './accounts';
import { isAppError, type FieldIssue } from './errors';

/** The signed-in staff member as actor; redirects to sign-in or answers 403. */
export function requireStaff(
	locals: App.Locals,
	opts: { admin?: boolean } = {}
): Actor & { kind: 'user'; user: SessionUser } {
	if (!locals.user) redirect(303, localizeHref('/anmelden'));
	const actor = userActor(locals.user) as Actor & { kind: 'user'; user: SessionUser };
	if (opts.admin ? !isAdmin(actor) : !isStaff(actor)) {
		error(403, opts.admin ? m.manage_forbidden_admin() : m.manage_forbidden());
	}
	return actor;
}

export interface ActionProblem {
	message: string;
	issues: FieldIssue[];
}

/**
 * An expected failure (AppError) as the form's `fail()` with its message and
 * field issues; `not_found` without field issues as a 404 page. Anything else
 * is unexpected and rethrown.
 */
export function failFromError<T extends Record<string, unknown>>(e: unknown, extra: T = {} as T) {
	if (!isAppError(e)) throw e;
	if (e.code === 'not_found' && e.issues.length === 0) error(404, e.message);
	return fail(e.status, { message: e.message, issues: e.issues, ...extra });
}
