/**
 * Access to the back office (/admin) for loads and form actions alike: form
 * actions run without the layout's load, so every action calls these too.
 * Not signed in → the sign-in page; signed in without the role → 403.
 */
import { error, redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { localizeHref } from '$lib/paraglide/runtime';
import { userActor, type Actor, type SessionUser } from '../accounts';
import { fail } from '@sveltejs/kit';
import { AppError, isAppError, statusOf, type FieldIssue } from '../errors';

export type StaffActor = Actor & { kind: 'user'; user: SessionUser };

/** Coordinators and admins. */
export function requireStaff(locals: App.Locals): StaffActor {
	const user = locals.user;
	if (!user) redirect(303, localizeHref('/anmelden'));
	if (user.role !== 'admin' && user.role !== 'coordinator') error(403, m.admin_forbidden());
	return userActor(user) as StaffActor;
}

/** Admins only (system settings, the outbox). */
export function requireAdmin(locals: App.Locals, message = m.admin_forbidden()): StaffActor {
	const actor = requireStaff(locals);
	if (actor.user.role !== 'admin') error(403, message);
	return actor;
}

/** Turns an expected failure of a read into the matching error page; rethrows the rest. */
export function errorPage(e: unknown, notFoundMessage?: string): never {
	if (e instanceof AppError) {
		const status = statusOf[e.code];
		error(status, status === 404 && notFoundMessage ? notFoundMessage : e.message);
	}
	throw e;
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
