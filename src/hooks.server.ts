/**
 * Request pipeline: request id + logger → locale (Paraglide) → session → security headers,
 * CORS for the read API, compression. Unexpected errors are logged with the
 * request id and shown as a friendly page.
 */
import { randomUUID } from 'node:crypto';
import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { paraglideMiddleware } from '$lib/paraglide/server';
import { closeApp, getApp, initApp } from '$lib/server/app';
import { SESSION_COOKIE, sessionCookieOptions, validateSession } from '$lib/server/accounts';
import { env } from '$lib/server/env';
import { getSettings } from '$lib/server/settings';
import { logger } from '$lib/server/logger';
import { compress } from '$lib/server/http/compress';
import { securityHeaders } from '$lib/server/http/security-headers';
import { pageCache } from '$lib/server/http/page-cache';

export const init: ServerInit = async () => {
	// adapter-node emits this after its graceful shutdown (SIGTERM/SIGINT) has closed the HTTP server.
	(process as NodeJS.EventEmitter).once('sveltekit:shutdown', () => {
		closeApp().catch((err: unknown) => logger.error({ err }, 'closing the database failed'));
	});
	await initApp();
};

const RTL = new Set(['ar', 'fa', 'he', 'ur']);

const requestContext: Handle = async ({ event, resolve }) => {
	const incoming = event.request.headers.get('x-request-id');
	event.locals.requestId = incoming && /^[\w.-]{1,64}$/.test(incoming) ? incoming : randomUUID();
	event.locals.log = logger.child({ requestId: event.locals.requestId });
	const started = performance.now();
	const response = await resolve(event);
	response.headers.set('x-request-id', event.locals.requestId);
	event.locals.log.info(
		{
			method: event.request.method,
			path: event.url.pathname,
			status: response.status,
			ms: Math.round((performance.now() - started) * 10) / 10
		},
		'request'
	);
	return response;
};

const i18n: Handle = ({ event, resolve }) =>
	paraglideMiddleware(event.request, ({ request, locale }) => {
		event.request = request;
		event.locals.locale = locale;
		return resolve(event, {
			transformPageChunk: ({ html }) =>
				html.replace('%lang%', locale).replace('%dir%', RTL.has(locale) ? 'rtl' : 'ltr')
		});
	});

/** Reads the session cookie: `locals.user` is the signed-in user or null. */
const session: Handle = async ({ event, resolve }) => {
	event.locals.user = null;
	const token = event.cookies.get(SESSION_COOKIE);
	if (token) {
		const { handle } = await getApp();
		const valid = await validateSession(handle.db, token);
		if (valid) {
			event.locals.user = valid.user;
			if (valid.renewed) {
				event.cookies.set(SESSION_COOKIE, token, sessionCookieOptions(valid.expiresAt));
			}
		} else {
			event.cookies.delete(SESSION_COOKIE, sessionCookieOptions());
		}
	}
	return resolve(event);
};

const headers: Handle = async ({ event, resolve }) => {
	const isApi = event.url.pathname === '/api' || event.url.pathname.startsWith('/api/');
	if (isApi && event.request.method === 'OPTIONS') {
		return new Response(null, {
			status: 204,
			headers: {
				'access-control-allow-origin': '*',
				'access-control-allow-methods': 'GET, OPTIONS',
				'access-control-allow-headers': 'Accept, Accept-Language, Content-Type',
				'access-control-max-age': '86400'
			}
		});
	}
	const response = await resolve(event);
	securityHeaders(response.headers, env.TILE_URL);
	if (isApi && (event.request.method === 'GET' || event.request.method === 'HEAD')) {
		response.headers.set('access-control-allow-origin', '*');
	}
	return compress(event.request, response);
};

/** Finder pages for visitors, kept while the index is unchanged (see page-cache.ts). */
const finderPages = pageCache({
	sessionCookie: SESSION_COOKIE,
	// The settings decide which offers count as stale or hidden: part of what a page shows.
	version: async () => {
		const { search, handle } = await getApp();
		return `${search.version}:${JSON.stringify(await getSettings(handle.db))}`;
	}
});

export const handle: Handle = sequence(requestContext, i18n, session, finderPages, headers);

export const handleError: HandleServerError = ({ error, event, status, message }) => {
	const requestId = event.locals.requestId ?? randomUUID();
	if (status >= 500) {
		(event.locals.log ?? logger).error(
			{ err: error, requestId, path: event.url.pathname },
			'unexpected error'
		);
	}
	const en = event.locals.locale === 'en';
	return {
		message:
			status === 404
				? en
					? 'Page not found'
					: 'Seite nicht gefunden'
				: status >= 500
					? en
						? 'Something went wrong on our side. Please try again later.'
						: 'Bei uns ist etwas schiefgegangen. Bitte versuchen Sie es später noch einmal.'
					: message,
		requestId
	};
};
