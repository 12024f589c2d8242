/** Shared by the import routes: sign-in guard and AppError → HTTP error. */
import { error, redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { localizeHref } from '$lib/paraglide/runtime';
import { userActor, type Actor } from '$lib/server/accounts';
import { isAppError } from '$lib/server/errors';

/** The signed-in user's actor, or a redirect to the sign-in page. */
export function requireActor(locals: App.Locals): Actor {
	if (!locals.user) redirect(303, localizeHref('/anmelden'));
	return userActor(locals.user);
}

/** Expected failures of a read become 403/404 pages; anything else is unexpected. */
export function rethrowAsHttp(e: unknown): never {
	if (isAppError(e)) {
		if (e.code === 'forbidden') error(403, m.import_forbidden_job());
		if (e.code === 'not_found') error(404, m.import_not_found());
	}
	throw e;
}
